import { FakeOfficeError } from "../officeError";
import { type FakeRequestQueue, type FakeStats } from "../request";
import { FakeNamedItemCollection } from "./names";
import { FakeTableCollection } from "./tables";
import { FakeWorksheetCollection } from "./worksheets";

export class FakeApplication {
  constructor(
    private readonly queue: FakeRequestQueue,
    private readonly stats: FakeStats,
  ) {}

  /** ExcelApi 1.9: a host below that reports ApiNotFound when the batch runs. */
  suspendScreenUpdatingUntilNextSync(): void {
    this.queue.enqueue({
      bytes: this.queue.actionBytes("SuspendScreenUpdatingUntilNextSync"),
      run: () => {
        if (this.queue.limits.apiMinor < 9) {
          throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found (ExcelApi 1.9).");
        }
        this.stats.screenUpdatingSuspensions++;
      },
    });
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;

  constructor(context: { queue: FakeRequestQueue }, stats: FakeStats) {
    this.worksheets = new FakeWorksheetCollection(context, "worksheets", () => 0);
    this.names = new FakeNamedItemCollection(context, "names", () => 0);
    this.tables = new FakeTableCollection(context, "tables", () => 0);
    this.application = new FakeApplication(context.queue, stats);
  }
}
