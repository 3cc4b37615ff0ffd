import { MAX_COLS, parseRangeAddress, type Rect } from "../address";
import { FakeOfficeError, invalidArgument, notLoaded } from "../officeError";
import type { FakeHeadersFooters, FakeMargins, FakePage, FakeWorkbookState } from "../state";
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

/** Excel.PaperType's values, as @types/office-js lists them. */
const PAPER_TYPES = new Set([
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
  "Paper10x14",
  "Paper11x17",
  "Note",
  "Envelope9",
  "Envelope10",
  "Envelope11",
  "Envelope12",
  "Envelope14",
  "Csheet",
  "Dsheet",
  "Esheet",
  "EnvelopeDL",
  "EnvelopeC5",
  "EnvelopeC3",
  "EnvelopeC4",
  "EnvelopeC6",
  "EnvelopeC65",
  "EnvelopeB4",
  "EnvelopeB5",
  "EnvelopeB6",
  "EnvelopeItaly",
  "EnvelopeMonarch",
  "EnvelopePersonal",
  "FanfoldUS",
  "FanfoldStdGerman",
  "FanfoldLegalGerman",
]);

/** The longest text Excel takes in one part of a header or footer. */
const HEADER_FOOTER_PART_MAX = 255;

/** One header/footer (defaultForAllPages): six parts, each a string of at most 255 characters. */
export class FakeHeaderFooter {
  constructor(
    private readonly sheet: FakeWorksheet,
    private readonly path: string,
  ) {}

  get leftHeader(): string {
    throw notLoaded("leftHeader");
  }
  set leftHeader(v: string) {
    this.setPart("leftHeader", v);
  }
  get centerHeader(): string {
    throw notLoaded("centerHeader");
  }
  set centerHeader(v: string) {
    this.setPart("centerHeader", v);
  }
  get rightHeader(): string {
    throw notLoaded("rightHeader");
  }
  set rightHeader(v: string) {
    this.setPart("rightHeader", v);
  }
  get leftFooter(): string {
    throw notLoaded("leftFooter");
  }
  set leftFooter(v: string) {
    this.setPart("leftFooter", v);
  }
  get centerFooter(): string {
    throw notLoaded("centerFooter");
  }
  set centerFooter(v: string) {
    this.setPart("centerFooter", v);
  }
  get rightFooter(): string {
    throw notLoaded("rightFooter");
  }
  set rightFooter(v: string) {
    this.setPart("rightFooter", v);
  }

  private setPart(part: keyof FakeHeadersFooters, v: string): void {
    pageCommand(this.sheet, `${this.path}.${part}`, v, (page) => {
      if (typeof v !== "string") throw invalidArgument(`${part} ${String(v)}`);
      if (v.length > HEADER_FOOTER_PART_MAX) throw invalidArgument(`${part} is longer than ${HEADER_FOOTER_PART_MAX} characters.`);
      page.headersFooters = { ...page.headersFooters, [part]: v };
    });
  }
}

/** PageLayout.headersFooters: only the header/footer used for all pages is modelled. */
export class FakeHeaderFooterGroup {
  readonly defaultForAllPages: FakeHeaderFooter;
  constructor(sheet: FakeWorksheet) {
    this.defaultForAllPages = new FakeHeaderFooter(sheet, "pageLayout.headersFooters.defaultForAllPages");
  }
}

export class FakePageLayout {
  readonly headersFooters: FakeHeaderFooterGroup;

  constructor(private readonly sheet: FakeWorksheet) {
    this.headersFooters = new FakeHeaderFooterGroup(sheet);
  }

  get topMargin(): number {
    throw notLoaded("topMargin");
  }
  set topMargin(points: number) {
    this.setMargin("topMargin", "top", points);
  }
  get bottomMargin(): number {
    throw notLoaded("bottomMargin");
  }
  set bottomMargin(points: number) {
    this.setMargin("bottomMargin", "bottom", points);
  }
  get leftMargin(): number {
    throw notLoaded("leftMargin");
  }
  set leftMargin(points: number) {
    this.setMargin("leftMargin", "left", points);
  }
  get rightMargin(): number {
    throw notLoaded("rightMargin");
  }
  set rightMargin(points: number) {
    this.setMargin("rightMargin", "right", points);
  }
  get headerMargin(): number {
    throw notLoaded("headerMargin");
  }
  set headerMargin(points: number) {
    this.setMargin("headerMargin", "header", points);
  }
  get footerMargin(): number {
    throw notLoaded("footerMargin");
  }
  set footerMargin(points: number) {
    this.setMargin("footerMargin", "footer", points);
  }

  /** In points, 0 or more. */
  private setMargin(prop: string, side: keyof FakeMargins, points: number): void {
    pageCommand(this.sheet, `pageLayout.${prop}`, points, (page) => {
      if (typeof points !== "number" || !Number.isFinite(points) || points < 0) throw invalidArgument(`${prop} ${String(points)}`);
      page.margins = { ...page.margins, [side]: points };
    });
  }

  get paperSize(): string {
    throw notLoaded("paperSize");
  }
  set paperSize(v: string) {
    pageCommand(this.sheet, "pageLayout.paperSize", v, (page) => {
      if (!PAPER_TYPES.has(v)) throw invalidArgument(`paperSize ${String(v)}`);
      page.paperSize = v;
    });
  }

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
