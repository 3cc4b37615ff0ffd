import { MAX_COLS, parseRangeAddress, type Rect } from "../address";
import { FakeOfficeError, invalidArgument, notLoaded } from "../officeError";
import type { FakePage, FakeWorkbookState } from "../state";
import type { FakeRange } from "./range";
import type { FakeWorksheet, SheetKey } from "./worksheet";

/**
 * Print settings (Worksheet.pageLayout, Worksheet.horizontalPageBreaks), ExcelApi 1.9. Like
 * Office, the objects exist in the library on any host; on a host below 1.9 the batch fails
 * with ApiNotFound when it reaches them, so a missing feature detection fails the write.
 * Write-only here: tests inspect the stored state.
 */
function pageCommand(
  sheet: FakeWorksheet,
  name: string,
  args: unknown,
  apply: (page: FakePage, st: FakeWorkbookState, k: SheetKey) => void,
): void {
  sheet.write(name, args, (st, k) => {
    if (sheet.context.queue.limits.apiMinor < 9) {
      throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found (ExcelApi 1.9).");
    }
    apply(st.sheetById(k.sheetId).page, st, k);
  });
}

function rectOf(st: FakeWorkbookState, k: SheetKey, target: FakeRange | string): Rect {
  if (typeof target !== "string") {
    const key = target.keyFor(st);
    if (key.sheetId !== k.sheetId) throw invalidArgument("The range is on another worksheet.");
    return key.rect;
  }
  try {
    return parseRangeAddress(target);
  } catch {
    throw invalidArgument(`The address '${target}' is not valid.`);
  }
}

function pathOf(target: FakeRange | string): string {
  return typeof target === "string" ? target : target.path;
}

export class FakePageLayout {
  constructor(private readonly sheet: FakeWorksheet) {}

  get orientation(): string {
    throw notLoaded("orientation");
  }
  set orientation(v: "Portrait" | "Landscape") {
    pageCommand(this.sheet, "pageLayout.orientation", v, (page) => {
      if (v !== "Portrait" && v !== "Landscape") throw invalidArgument(`orientation ${String(v)}`);
      page.orientation = v;
    });
  }

  get centerHorizontally(): boolean {
    throw notLoaded("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    pageCommand(this.sheet, "pageLayout.centerHorizontally", v, (page) => (page.centerHorizontally = v));
  }

  get zoom(): FakePage["zoom"] {
    throw notLoaded("zoom");
  }
  /** Either a scale (10–400) or pages wide/tall (0 tall: as many as needed). */
  set zoom(v: FakePage["zoom"]) {
    const zoom = { ...v };
    pageCommand(this.sheet, "pageLayout.zoom", zoom, (page) => {
      const fit = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
      if (zoom.scale !== undefined && (fit || zoom.scale < 10 || zoom.scale > 400)) throw invalidArgument(`zoom ${JSON.stringify(zoom)}`);
      if (!fit && zoom.scale === undefined) throw invalidArgument("zoom without a scale or pages");
      if ([zoom.horizontalFitToPages, zoom.verticalFitToPages].some((n) => n !== undefined && (!Number.isInteger(n) || n < 0))) {
        throw invalidArgument(`zoom ${JSON.stringify(zoom)}`);
      }
      page.zoom = zoom;
    });
  }

  setPrintArea(area: FakeRange | string): void {
    pageCommand(this.sheet, "pageLayout.setPrintArea", pathOf(area), (page, st, k) => (page.printArea = rectOf(st, k, area)));
  }

  /** The range must span entire rows, as Office documents. */
  setPrintTitleRows(rows: FakeRange | string): void {
    pageCommand(this.sheet, "pageLayout.setPrintTitleRows", pathOf(rows), (page, st, k) => {
      const r = rectOf(st, k, rows);
      if (r.col !== 0 || r.cols !== MAX_COLS) throw invalidArgument("The print title rows must span entire rows.");
      page.titleRows = { first: r.row, last: r.row + r.rows - 1 };
    });
  }
}

/** Manual horizontal page breaks: a break before the top row of the range added. */
export class FakePageBreakCollection {
  constructor(private readonly sheet: FakeWorksheet) {}

  add(before: FakeRange | string): void {
    pageCommand(this.sheet, "horizontalPageBreaks.add", pathOf(before), (page, st, k) => {
      const row = rectOf(st, k, before).row;
      if (row === 0) throw invalidArgument("A page break cannot go before the first row.");
      if (!page.breaks.includes(row)) page.breaks = [...page.breaks, row].sort((a, b) => a - b);
    });
  }

  removePageBreaks(): void {
    pageCommand(this.sheet, "horizontalPageBreaks.removePageBreaks", null, (page) => (page.breaks = []));
  }
}
