import { MAX_REQUEST_BYTES } from "../../../src/workbook/chunk";
import type { FixtureWorkbook, InspectedWorkbook } from "../../workbook/gatewayHarness";
import { parseRangeAddress } from "./address";
import { FakeRequestContext } from "./context";
import { inspectState, mergedAreas, printedPage } from "./inspect";
import type { FakeLimits, FakeStats } from "./request";
import { seedFixture } from "./seed";
import { FakeWorkbookState, type FakeCell, type FakeSelection, type FakeSheet } from "./state";

export { FakeRequestContext } from "./context";
export { FakeOfficeError } from "./officeError";
export type { FakeCell, FakeSelection, FakeSheet } from "./state";
export type { FakeStats } from "./request";

export interface FakeExcelOptions {
  /** Request and response limit in bytes (default 5 MB, like Excel on the web). */
  payloadLimit?: number;
  /** Highest ExcelApi 1.x the host supports (default 9, i.e. 1.9). */
  apiMinor?: number;
  /** Whether a range got from a null worksheet is a null object (default) or an error. */
  nullPropagates?: boolean;
  /** Whether a failed sync's error lists the trace messages reached (default true, like Office). */
  reportsTraces?: boolean;
}

/**
 * An in-memory Excel behind an `Excel.run` look-alike. Proxies queue commands until
 * `context.sync()`, which runs them in order and stops at the first that fails, keeping what
 * ran before it (Excel does not undo a half-run request); lookups (getItem) fail where they
 * are queued, as Office instantiates objects when they are got; unloaded reads throw
 * PropertyNotLoaded; a request over the payload limit fails with
 * RequestPayloadSizeLimitExceeded and changes nothing; strings assigned to values are typed as
 * Excel types them.
 */
export class FakeExcel {
  readonly state = new FakeWorkbookState();
  readonly stats: FakeStats = {
    syncs: 0,
    failedSyncs: 0,
    requestBytes: [],
    responseBytes: [],
    errors: [],
    screenUpdatingSuspensions: 0,
    runs: 0,
    delayedForCellEdit: 0,
  };
  readonly limits: FakeLimits;

  constructor(options: FakeExcelOptions = {}) {
    this.limits = {
      payloadLimit: options.payloadLimit ?? MAX_REQUEST_BYTES,
      apiMinor: options.apiMinor ?? 9,
      nullPropagates: options.nullPropagates ?? true,
      reportsTraces: options.reportsTraces ?? true,
    };
  }

  /** Same shape as Excel.run(batch) and Excel.run(options, batch); like Office, commands still queued at the end are synced. */
  readonly run = async <T>(
    first: ((context: FakeRequestContext) => Promise<T>) | { delayForCellEdit?: boolean },
    second?: (context: FakeRequestContext) => Promise<T>,
  ): Promise<T> => {
    const batch = typeof first === "function" ? first : second!;
    if (typeof first !== "function" && first.delayForCellEdit) this.stats.delayedForCellEdit++;
    this.stats.runs++;
    const context = new FakeRequestContext(this.state, this.stats, this.limits);
    const result = await batch(context);
    if (context.queue.pending > 0) await context.sync();
    return result;
  };

  resetStats(): void {
    Object.assign(this.stats, {
      syncs: 0,
      failedSyncs: 0,
      requestBytes: [],
      responseBytes: [],
      errors: [],
      screenUpdatingSuspensions: 0,
      runs: 0,
      delayedForCellEdit: 0,
    });
  }

  sheet(name: string): FakeSheet | undefined {
    return this.state.findSheet(name);
  }

  /** The stored cell at "C7" of a sheet, if any. */
  cell(sheetName: string, address: string): FakeCell | undefined {
    const sheet = this.sheet(sheetName);
    if (!sheet) return undefined;
    const r = parseRangeAddress(address);
    return this.state.peek(sheet, r.row, r.col);
  }

  /** A sheet's merged areas, "A1:F1" …, top to bottom (undefined when there is no such sheet). */
  mergedAreas(sheetName: string): string[] | undefined {
    const sheet = this.sheet(sheetName);
    return sheet && mergedAreas(sheet);
  }

  /** A sheet's paper size, margins in points and footer parts. */
  printedPage(sheetName: string): ReturnType<typeof printedPage> | undefined {
    const sheet = this.sheet(sheetName);
    return sheet && printedPage(sheet);
  }

  activeSheetName(): string | undefined {
    return this.state.sheets.find((s) => s.id === this.state.activeSheetId)?.name;
  }

  /** The active sheet's selection ("'参会人员'!B2"); undefined until a range there was selected. */
  selectedAddress(): string | undefined {
    return this.state.selectedAddress();
  }

  /** Every Range.select() that took effect, oldest first. */
  selections(): FakeSelection[] {
    return this.state.selections.map((s) => ({ ...s }));
  }

  inspect(): InspectedWorkbook {
    return inspectState(this.state);
  }
}

export function createFakeExcel(fixture?: FixtureWorkbook, options?: FakeExcelOptions): FakeExcel {
  const fake = new FakeExcel(options);
  if (fixture) seedFixture(fake.state, fixture);
  return fake;
}
