import type { CellValue } from "../core/cellValue";
import type {
  ColumnWidth,
  RangeRef,
  FormatSpec,
  InternalLink,
  ListValidation,
  OwnedKind,
  PageSetup,
  TableSpec,
} from "../core/plan/writePlan";

/** One step of a write, small enough to cost a known share of a request. */
export type ChunkOp =
  /** The sheet the plan found must still be there (a lookup that changes nothing). */
  | { kind: "expectSheet"; sheet: string }
  /** The ownership marker the plan found must still be there (a lookup that changes nothing). */
  | { kind: "expectMarker"; sheet: string; owner: OwnedKind; state: "current" | "stale" }
  | { kind: "addSheet"; sheet: string }
  | { kind: "clearSheet"; sheet: string }
  /** Adds the marker (replacing a stale one), or for a current one renews its stamp: what A1 will hold. */
  | { kind: "marker"; sheet: string; owner: OwnedKind; state: "none" | "stale" | "current"; stamp: string }
  | { kind: "values"; sheet: string; row: number; col: number; values: CellValue[][] }
  | { kind: "formulas"; sheet: string; row: number; col: number; formulas: string[][] }
  /** One range merged into one cell (Office: Range.merge(false), ExcelApi 1.2), after the values it keeps. */
  | { kind: "merge"; sheet: string; range: RangeRef }
  | { kind: "format"; sheet: string; format: FormatSpec }
  | { kind: "columnWidth"; sheet: string; width: ColumnWidth }
  /** Rows row … row + rows - 1 all get this height, in points. */
  | { kind: "rowHeight"; sheet: string; row: number; rows: number; height: number }
  | { kind: "validation"; sheet: string; validation: ListValidation }
  | { kind: "link"; sheet: string; link: InternalLink }
  | { kind: "table"; sheet: string; table: TableSpec }
  | { kind: "freeze"; sheet: string; rows: number; cols: number }
  /** Boolean cells shown as checkboxes (Office: ExcelApi 1.18). */
  | { kind: "checkbox"; sheet: string; range: RangeRef }
  /**
   * How the sheet prints. `fresh`: the sheet is being replaced, so settings the plan leaves out
   * go back to Excel's defaults and its old page breaks go.
   */
  | { kind: "page"; sheet: string; page: PageSetup; fresh: boolean }
  | { kind: "activate"; sheet: string }
  | { kind: "hide"; sheet: string };

/** The operations of one request. */
export interface Chunk {
  ops: ChunkOp[];
  /** Estimated serialized size of the request. */
  bytes: number;
}
