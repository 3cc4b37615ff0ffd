import type { CellValue } from "../../../src/core/cellValue";
import { cellKey, keyCol, keyRow, MAX_COLS, overlaps, rectA1, sheetRef, type Rect } from "./address";
import { FakeOfficeError, itemNotFound } from "./officeError";
import { evaluateConstant, typeInput } from "./typing";

/** One stored cell. `type` mirrors Range.valueTypes ("Empty" cells are simply absent or have value ""). */
export interface FakeCell {
  type: "String" | "Double" | "Boolean" | "Error" | "Empty";
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  /** Degrees (Range.format.textOrientation): -90 … 90, or 180 for stacked text. */
  textOrientation?: number;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  /** Edges with a border: "EdgeTop", "InsideHorizontal", … */
  borders?: string[];
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string };
  validation?: { source: string; inCellDropDown: boolean; alertStyle?: string; showAlert?: boolean };
  /** A cell control (ExcelApi 1.18). */
  control?: "Checkbox";
}

export interface FakeTable {
  id: number;
  name: string;
  sheetId: number;
  rect: Rect;
  style: string;
  hasHeaders: boolean;
}

/** Page margins in points, as Office.js gives them. */
export interface FakeMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

/** The header and footer every page prints (PageLayout.headersFooters.defaultForAllPages). */
export interface FakeHeadersFooters {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** A sheet's print settings as Excel stores them (the defaults of a new sheet in newPage()). */
export interface FakePage {
  orientation: "Portrait" | "Landscape";
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  /** An Excel.PaperType value ("Letter", "A4", …). */
  paperSize: string;
  margins: FakeMargins;
  headersFooters: FakeHeadersFooters;
  printArea?: Rect;
  titleRows?: { first: number; last: number };
  /** Rows a manual page break goes before, ascending. */
  breaks: number[];
}

/**
 * A new sheet as Excel (en-US) makes it: Letter paper, the "Normal" margins (0.75" top and
 * bottom, 0.7" left and right, 0.3" header and footer), no header or footer.
 */
export function newPage(): FakePage {
  return {
    orientation: "Portrait",
    zoom: { scale: 100 },
    centerHorizontally: false,
    paperSize: "Letter",
    margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
    headersFooters: { leftHeader: "", centerHeader: "", rightHeader: "", leftFooter: "", centerFooter: "", rightFooter: "" },
    breaks: [],
  };
}

export interface FakeSheet {
  id: number;
  name: string;
  cells: Map<number, FakeCell>;
  /** Column widths that were set, in points. */
  columnWidths: Map<number, number>;
  /** Row heights that were set, in points; rows not here have the standard height. */
  rowHeights: Map<number, number>;
  hiddenColumns: Set<number>;
  freeze: { rows: number; cols: number };
  visibility: "Visible" | "Hidden" | "VeryHidden";
  page: FakePage;
  /** Merged areas (Range.merge), none overlapping another, in the order they were made. */
  merges: Rect[];
  /** What Range.select() last selected here; each sheet keeps its own, as in Excel (never selected: undefined). */
  selection?: Rect;
}

/** One Range.select() that took effect: the sheet's name at the time and the range ("B2", "C3:D4"). */
export interface FakeSelection {
  sheet: string;
  address: string;
}

/** A workbook-scoped defined name: a reference to a sheet's range, or a literal formula. */
export interface FakeName {
  name: string;
  sheetId?: number;
  rect?: Rect;
  /** Used when the name does not point at a live sheet (e.g. "=#REF!$A$1"). */
  literal?: string;
  comment?: string;
}

const FORMAT_KEYS = [
  "numberFormat",
  "fill",
  "bold",
  "italic",
  "fontColor",
  "fontSize",
  "fontName",
  "textOrientation",
  "wrap",
  "horizontal",
  "vertical",
  "borders",
] as const;

export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  tables: FakeTable[] = [];
  activeSheetId: number | undefined;
  /** Every selection made, oldest first. */
  selections: FakeSelection[] = [];
  private nextId = 1;

  // ---- sheets ----

  findSheet(name: string): FakeSheet | undefined {
    const k = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === k);
  }

  sheetById(id: number): FakeSheet {
    const s = this.sheets.find((x) => x.id === id);
    if (!s)
      throw new FakeOfficeError(
        "InvalidObjectPath",
        "The object path isn't working for what you're trying to do (the worksheet was deleted).",
      );
    return s;
  }

  addSheet(name?: string): FakeSheet {
    let n = name;
    if (n === undefined) for (let i = 1; !n || this.findSheet(n); i++) n = `Sheet${i}`;
    if (n.length === 0 || n.length > 31 || /[[\]:*?/\\]/.test(n) || n.startsWith("'") || n.endsWith("'")) {
      throw new FakeOfficeError("InvalidArgument", `The sheet name '${n}' is not valid.`);
    }
    if (this.findSheet(n)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${n}' already exists.`);
    const sheet: FakeSheet = {
      id: this.nextId++,
      name: n,
      cells: new Map(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      hiddenColumns: new Set(),
      freeze: { rows: 0, cols: 0 },
      visibility: "Visible",
      page: newPage(),
      merges: [],
    };
    this.sheets.push(sheet);
    if (this.activeSheetId === undefined) this.activeSheetId = sheet.id;
    return sheet;
  }

  deleteSheet(id: number): void {
    const sheet = this.sheetById(id);
    if (this.sheets.filter((s) => s.visibility === "Visible").length <= 1 && sheet.visibility === "Visible") {
      throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    for (const n of this.names) {
      if (n.sheetId === id) {
        n.literal = `=#REF!${rectA1(n.rect ?? { row: 0, col: 0, rows: 1, cols: 1 }, true)}`;
        n.sheetId = undefined;
      }
    }
    this.tables = this.tables.filter((t) => t.sheetId !== id);
    this.sheets = this.sheets.filter((s) => s.id !== id);
    if (this.activeSheetId === id) this.activeSheetId = this.sheets[0]?.id;
  }

  /** Range.select(): activates the range's sheet and selects the range on it. */
  select(sheetId: number, rect: Rect): void {
    const sheet = this.sheetById(sheetId);
    if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A range on a hidden sheet cannot be selected.");
    this.activeSheetId = sheetId;
    sheet.selection = { ...rect };
    this.selections.push({ sheet: sheet.name, address: rectA1(rect) });
  }

  /** The active sheet's selection, as "Sheet!A1" or "'My sheet'!B2:C3". */
  selectedAddress(): string | undefined {
    const sheet = this.sheets.find((s) => s.id === this.activeSheetId);
    return sheet?.selection ? `${sheetRef(sheet.name)}!${rectA1(sheet.selection)}` : undefined;
  }

  // ---- cells ----

  cell(sheet: FakeSheet, row: number, col: number): FakeCell {
    const k = cellKey(row, col);
    let c = sheet.cells.get(k);
    if (!c) {
      c = { type: "Empty", value: "" };
      sheet.cells.set(k, c);
    }
    return c;
  }

  peek(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
    return sheet.cells.get(cellKey(row, col));
  }

  /** Every stored cell inside `r`, without creating any (ranges may be the whole sheet). */
  *cellsIn(sheet: FakeSheet, r: Rect): Iterable<[number, number, FakeCell]> {
    const area = r.rows * r.cols;
    if (area <= sheet.cells.size) {
      for (let i = 0; i < r.rows; i++)
        for (let j = 0; j < r.cols; j++) {
          const c = sheet.cells.get(cellKey(r.row + i, r.col + j));
          if (c) yield [r.row + i, r.col + j, c];
        }
      return;
    }
    for (const [k, c] of sheet.cells) {
      const row = keyRow(k);
      const col = keyCol(k);
      if (row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols) yield [row, col, c];
    }
  }

  /** Runs `f` on every cell of `r`, creating them; refuses areas no real format call would need. */
  forEachCell(sheet: FakeSheet, r: Rect, f: (c: FakeCell, row: number, col: number) => void): void {
    if (r.rows * r.cols > 5_000_000) throw new Error(`fake Excel does not model formatting ${r.rows * r.cols} cells at once`);
    for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) f(this.cell(sheet, r.row + i, r.col + j), r.row + i, r.col + j);
  }

  /** Stores what Excel would store for a value assigned through Range.values or Range.formulas. */
  assign(c: FakeCell, input: unknown): void {
    if (input === null || input === undefined) return; // null leaves the cell as it is
    delete c.formula;
    if (typeof input === "number") return set(c, "Double", input);
    if (typeof input === "boolean") return set(c, "Boolean", input);
    if (typeof input !== "string") throw new FakeOfficeError("InvalidArgument", `Unsupported cell value ${String(input)}`);
    const t = typeInput(input);
    switch (t.kind) {
      case "empty":
        return set(c, "Empty", "");
      case "text":
        return set(c, "String", t.text);
      case "boolean":
        return set(c, "Boolean", t.value);
      case "error":
        return set(c, "Error", t.value);
      case "number":
        set(c, "Double", t.value);
        if (t.numberFormat && (c.numberFormat === undefined || c.numberFormat === "General")) c.numberFormat = t.numberFormat;
        return;
      case "formula": {
        const v = evaluateConstant(t.formula);
        c.formula = t.formula;
        if (v === undefined) set(c, "Empty", "");
        else set(c, "Double", v);
        return;
      }
    }
  }

  clearCells(sheet: FakeSheet, r: Rect, what: "All" | "Contents" | "Formats" | "Hyperlinks" | "RemoveHyperlinks"): void {
    for (const [row, col, c] of [...this.cellsIn(sheet, r)]) {
      if (what === "All" || what === "Contents") {
        c.type = "Empty";
        c.value = "";
        delete c.formula;
      }
      if (what === "All" || what === "Formats" || what === "RemoveHyperlinks") for (const k of FORMAT_KEYS) delete c[k];
      if (what === "All" || what === "Hyperlinks" || what === "RemoveHyperlinks") delete c.hyperlink;
      if (isBare(c)) sheet.cells.delete(cellKey(row, col));
    }
  }

  // ---- merged cells ----

  /**
   * Range.merge(across): the range becomes one merged area (across: one per row). A merged
   * area it partly covers is taken in, the result growing to the bounding area of both, as
   * Excel does; merging a single cell does nothing. Only the top-left cell keeps its value.
   * Cells of a table cannot be merged.
   */
  merge(sheet: FakeSheet, r: Rect, across: boolean): void {
    if (this.tables.some((t) => t.sheetId === sheet.id && overlaps(t.rect, r))) {
      throw new FakeOfficeError("InvalidOperation", "Cells in a table can't be merged.");
    }
    const areas = across ? Array.from({ length: r.rows }, (_, i) => ({ ...r, row: r.row + i, rows: 1 })) : [r];
    for (const area of areas) {
      if (area.rows * area.cols === 1) continue;
      let bound = area;
      for (;;) {
        const touched = sheet.merges.filter((m) => overlaps(m, bound));
        const grown = touched.reduce(boundingRect, bound);
        if (grown.row === bound.row && grown.col === bound.col && grown.rows === bound.rows && grown.cols === bound.cols) break;
        bound = grown;
      }
      sheet.merges = [...sheet.merges.filter((m) => !overlaps(m, bound)), bound];
      for (const [row, col, c] of [...this.cellsIn(sheet, bound)]) {
        if (row === bound.row && col === bound.col) continue;
        c.type = "Empty";
        c.value = "";
        delete c.formula;
        if (isBare(c)) sheet.cells.delete(cellKey(row, col));
      }
    }
  }

  /** Range.unmerge(): every merged area the range touches is split into its cells again. */
  unmerge(sheet: FakeSheet, r: Rect): void {
    sheet.merges = sheet.merges.filter((m) => !overlaps(m, r));
  }

  /** Bounding box of cells with a value (valuesOnly) or with anything at all. */
  usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | undefined {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const [k, c] of sheet.cells) {
      const hasValue = c.value !== "" || c.formula !== undefined;
      if (valuesOnly ? !hasValue : isBare(c)) continue;
      const row = keyRow(k);
      const col = keyCol(k);
      if (row < r1) r1 = row;
      if (row > r2) r2 = row;
      if (col < c1) c1 = col;
      if (col > c2) c2 = col;
    }
    return r2 < 0 ? undefined : { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  }

  values(sheet: FakeSheet, r: Rect): CellValue[][] {
    const out: CellValue[][] = [];
    for (let i = 0; i < r.rows; i++) {
      const row: CellValue[] = new Array(r.cols);
      for (let j = 0; j < r.cols; j++) row[j] = sheet.cells.get(cellKey(r.row + i, r.col + j))?.value ?? "";
      out.push(row);
    }
    return out;
  }

  // ---- names ----

  findName(name: string): FakeName | undefined {
    const k = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === k);
  }

  nameFormula(n: FakeName): string {
    if (n.sheetId !== undefined && n.rect) {
      const sheet = this.sheets.find((s) => s.id === n.sheetId);
      if (sheet) return `=${sheetRef(sheet.name)}!${rectA1(n.rect, true)}`;
    }
    return n.literal ?? "=#REF!";
  }

  addName(name: string, target: { sheetId: number; rect: Rect } | { literal: string }): FakeName {
    if (!/^[A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\\\u0080-\uFFFF]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new FakeOfficeError("InvalidArgument", `The name '${name}' is not valid.`);
    }
    if (this.findName(name)) throw new FakeOfficeError("ItemAlreadyExists", `The name '${name}' already exists.`);
    const n: FakeName = { name, ...target };
    this.names.push(n);
    return n;
  }

  deleteName(name: string): void {
    const n = this.findName(name);
    if (!n) throw itemNotFound(`name ${name}`);
    this.names = this.names.filter((x) => x !== n);
  }

  // ---- tables ----

  findTable(name: string): FakeTable | undefined {
    const k = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === k);
  }

  tableById(id: number): FakeTable {
    const t = this.tables.find((x) => x.id === id);
    if (!t) throw itemNotFound(`table ${id}`);
    return t;
  }

  addTable(sheet: FakeSheet, rect: Rect, hasHeaders: boolean): FakeTable {
    if (rect.cols > MAX_COLS) throw new FakeOfficeError("InvalidArgument", "bad table range");
    if (this.tables.some((t) => t.sheetId === sheet.id && overlaps(t.rect, rect))) {
      throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
    }
    let i = 1;
    while (this.findTable(`Table${i}`)) i++;
    const t: FakeTable = { id: this.nextId++, name: `Table${i}`, sheetId: sheet.id, rect, style: "TableStyleMedium2", hasHeaders };
    this.tables.push(t);
    return t;
  }

  renameTable(t: FakeTable, name: string): void {
    if (!/^[A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\\\u0080-\uFFFF]*$/.test(name))
      throw new FakeOfficeError("InvalidArgument", `Bad table name ${name}`);
    const other = this.findTable(name);
    if ((other && other !== t) || this.findName(name)) throw new FakeOfficeError("ItemAlreadyExists", `The name '${name}' already exists.`);
    t.name = name;
  }
}

function boundingRect(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  const rows = Math.max(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.max(a.col + a.cols, b.col + b.cols) - col;
  return { row, col, rows, cols };
}

function set(c: FakeCell, type: FakeCell["type"], value: CellValue): void {
  c.type = type;
  c.value = value;
}

function isBare(c: FakeCell): boolean {
  if (c.value !== "" || c.formula !== undefined || c.hyperlink || c.validation) return false;
  return FORMAT_KEYS.every((k) => c[k] === undefined);
}
