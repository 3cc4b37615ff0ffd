import type { CellValue } from "../cellValue";

/**
 * Everything a command will write, computed before anything is written.
 * Coordinates are 0-based (row 0 = Excel row 1, col 0 = column A).
 */
export interface RangeRef {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** What kind of add-in-owned sheet this is; the ownership marker records it. */
export type OwnedKind =
  | "issues"
  | "budgetReview"
  | "daisSeating"
  | "tableTents"
  | "tableAssignment"
  | "tableChart"
  | "roomAllocation"
  | "checklist"
  | "minutes"
  | "notice"
  /** 参会回执 / Reply Form, the notice's attachment. */
  | "replySlip"
  | "signIn"
  | "badges"
  /** 证件卡片 / Badge Cards: the badges laid out eight to an A4 page, to print and cut. */
  | "badgeCards"
  /** A hidden sheet recording what Huiwu wrote into the planner's sheets (桌号, 座位), so a re-run replaces only that. */
  | "planRecord";

export interface ValueBlock {
  row: number;
  col: number;
  /** Rectangular. Strings are always written as text, never as formulas or numbers. */
  values: CellValue[][];
}

export interface FormulaBlock {
  row: number;
  col: number;
  /** Rectangular; each entry a formula beginning with "=" (English function names, comma separators). */
  formulas: string[][];
}

export interface FormatSpec {
  range: RangeRef;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  /** A typeface by the name Excel shows ("仿宋", "黑体"); a host without it substitutes its nearest. */
  fontName?: string;
  /**
   * Text turned by this many degrees, -90 … 90: 90 reads upwards (bottom to top), -90 downwards.
   * A folded table tent carries its two copies of a name turned +90 and -90.
   */
  rotation?: number;
  /** "#RRGGBB" */
  fill?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  /** Thin border around every cell of the range. */
  border?: boolean;
}

export interface ColumnWidth {
  col: number;
  /** In characters of the default font (Excel's column width unit). */
  width: number;
}

export interface RowHeight {
  row: number;
  /** In points (Excel's row height unit; the default row is 15 pt at Calibri 11). */
  height: number;
}

export interface ListValidation {
  range: RangeRef;
  list: string[];
  /** Reject values outside the list (true) or only warn (false). */
  strict: boolean;
}

/** A cell that links somewhere inside the workbook. */
export interface InternalLink {
  row: number;
  col: number;
  sheet: string;
  /** "C7" */
  cell: string;
  text: string;
  /** A web or mail address the cell links to instead (a planner's link kept on a re-run); sheet and cell are then "". */
  address?: string;
}

export interface TableSpec {
  name: string;
  /** Header row included. */
  range: RangeRef;
  style?: string;
}

/** Paper sizes a planner chooses between (the Event sheet's 纸张). */
export type PaperSize = "A4" | "A3" | "Letter";

/** Page margins in millimetres (what a Chinese office measures them in); header and footer from the edge. */
export interface PageMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

/**
 * The three parts of a printed page's footer, in Excel's header/footer codes: "&P" the page,
 * "&N" the pages, "&&" an ampersand (see core/plan/printSetup.ts, which escapes planners' text).
 */
export interface PageFooter {
  left?: string;
  center?: string;
  right?: string;
}

/** How the sheet prints. Office applies it from ExcelApi 1.9 on; older hosts print with Excel's defaults. */
export interface PageSetup {
  paper?: PaperSize;
  margins?: PageMargins;
  footer?: PageFooter;
  orientation?: "portrait" | "landscape";
  /**
   * Scale so every column fits on one page width (pages run as tall as needed). Excel then
   * ignores `breaksBefore`: a sheet with page breaks must fit the page at 100 % instead.
   */
  fitToWidth?: boolean;
  /**
   * Print at this percentage (10–400) instead of fitting: a sheet with page breaks that is wider
   * than the paper works out its own scale, and its breaks still hold. Not with `fitToWidth`.
   */
  scale?: number;
  /** What prints; everything used when absent. */
  printArea?: RangeRef;
  /** Rows repeated at the top of every printed page, 0-based inclusive (a header row). */
  titleRows?: { first: number; last: number };
  /** A new page starts at each of these rows (0-based): one table tent or one group per page. */
  breaksBefore?: number[];
  centerHorizontally?: boolean;
}

export interface SheetWrite {
  /** The sheet's name in the workbook. */
  name: string;
  /**
   * "create": the sheet must not exist yet (input sheets written by `init`).
   * "replace": an add-in-owned sheet; its previous contents and formats are cleared first.
   * "update": a sheet of the planner's (the roster); only the given cells change, nothing is
   *   cleared, and it is never owned. Use `expect` so a co-author's edit cannot misdirect it.
   */
  mode: "create" | "replace" | "update";
  /**
   * Cells that must still hold these values (as the read saw them) for the write to go ahead:
   * a row inserted, deleted or sorted by a co-author since the read stops the whole plan before
   * anything is written, rather than putting values on the wrong rows.
   */
  expect?: ValueBlock[];
  /** Present for add-in-owned output sheets; recorded so the sheet is recognised next time. */
  owner?: OwnedKind;
  /**
   * State of the ownership marker before this write, from the read snapshot:
   * "current" marks this very sheet; "stale" exists but points at a deleted sheet (replace it);
   * "none" does not exist (add it).
   */
  marker?: "none" | "stale" | "current";
  /** True when the sheet already exists in the workbook (known from the read before). */
  exists: boolean;
  values: ValueBlock[];
  formulas?: FormulaBlock[];
  formats?: FormatSpec[];
  columnWidths?: ColumnWidth[];
  rowHeights?: RowHeight[];
  validations?: ListValidation[];
  links?: InternalLink[];
  tables?: TableSpec[];
  /**
   * Cells holding TRUE/FALSE to show as checkboxes. Only in plans for a gateway that
   * `supports("checkboxes")` (Office from ExcelApi 1.18); elsewhere the cells stay booleans.
   */
  checkboxes?: RangeRef[];
  /** Print settings; a "replace" sets them afresh (old page breaks go). */
  page?: PageSetup;
  /**
   * Ranges each merged into one cell (its value is the top-left cell's): a title across a
   * table's width, a long note under it, a badge's face. Never overlapping.
   */
  merges?: RangeRef[];
  /** Rows and columns to freeze at the top/left. */
  freeze?: { rows: number; cols: number };
  /** Make this the active sheet after writing. */
  activate?: boolean;
  /** Hide the sheet (the plan record: the add-in's memory, not for printing). */
  hidden?: boolean;
}

export interface WritePlan {
  sheets: SheetWrite[];
}

export function emptySheetWrite(name: string, mode: SheetWrite["mode"], exists: boolean, owner?: OwnedKind): SheetWrite {
  return { name, mode, owner, exists, values: [] };
}
