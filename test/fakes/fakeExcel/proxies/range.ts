import { parseRangeAddress, rectA1, sheetRef, type Rect } from "../address";
import { FakeOfficeError } from "../officeError";
import type { FakeWorkbookState } from "../state";
import { itemNotFound } from "../officeError";
import { checkShape, FakeClientObject, instantiated, requireApi, unknownProperty, type FakeContextLike } from "./base";
import { FakeDataValidation } from "./dataValidation";
import { FakeRangeFormat } from "./format";

export interface RangeKey {
  sheetId: number;
  rect: Rect;
}

type ClearKind = "All" | "Contents" | "Formats" | "Hyperlinks" | "RemoveHyperlinks";

/** Cells past which Excel returns `values: null`. */
const VALUES_LIMIT = 5_000_000;

export class FakeRange extends FakeClientObject<RangeKey> {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;

  constructor(context: FakeContextLike, path: string, resolver: (st: FakeWorkbookState) => RangeKey | null, orNull = false) {
    super(context, path, resolver, orNull);
    this.format = new FakeRangeFormat(this);
    this.dataValidation = new FakeDataValidation(this);
  }

  protected override get keepsReference(): boolean {
    return true;
  }

  /** Queues a write on this range (used by its format and data validation objects too). */
  write(name: string, args: unknown, apply: (st: FakeWorkbookState, key: RangeKey) => void): void {
    this.command(name, args, apply);
  }

  /** The range key for a command running now (sub-objects resolve through their range). */
  keyFor(st: FakeWorkbookState): RangeKey {
    return this.required(st);
  }

  protected defaultProps(): string[] {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "formulas", "numberFormat"];
  }

  read(st: FakeWorkbookState, key: RangeKey, props: string[]): Record<string, unknown> {
    const sheet = st.sheetById(key.sheetId);
    const r = key.rect;
    const out: Record<string, unknown> = {};
    const grid = (f: (row: number, col: number) => unknown) =>
      Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => f(r.row + i, r.col + j)));
    for (const p of props) {
      switch (p) {
        case "values":
          // Excel gives no values for a range past 5,000,000 cells (documented; seen on Mac): null, not an error.
          out.values = r.rows * r.cols > VALUES_LIMIT ? null : st.values(sheet, r);
          break;
        case "formulas":
          out.formulas = grid((row, col) => {
            const c = st.peek(sheet, row, col);
            return c?.formula ?? c?.value ?? "";
          });
          break;
        case "numberFormat":
          out.numberFormat = grid((row, col) => st.peek(sheet, row, col)?.numberFormat ?? "General");
          break;
        case "valueTypes":
          out.valueTypes = grid((row, col) => {
            const c = st.peek(sheet, row, col);
            return c && c.value !== "" ? c.type : "Empty";
          });
          break;
        case "text":
          out.text = grid((row, col) => String(st.peek(sheet, row, col)?.value ?? ""));
          break;
        case "address":
          out.address = `${sheetRef(sheet.name)}!${rectA1(r)}`;
          break;
        case "rowIndex":
          out.rowIndex = r.row;
          break;
        case "columnIndex":
          out.columnIndex = r.col;
          break;
        case "rowCount":
          out.rowCount = r.rows;
          break;
        case "columnCount":
          out.columnCount = r.cols;
          break;
        case "cellCount":
          out.cellCount = r.rows * r.cols;
          break;
        case "columnHidden": {
          const hidden = Array.from({ length: r.cols }, (_, j) => sheet.hiddenColumns.has(r.col + j));
          out.columnHidden = hidden.every(Boolean) ? true : hidden.some(Boolean) ? null : false;
          break;
        }
        default:
          throw unknownProperty(p, "Range");
      }
    }
    return out;
  }

  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(v: unknown[][]) {
    this.assignGrid("values", v);
  }
  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  set formulas(v: unknown[][]) {
    this.assignGrid("formulas", v);
  }
  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.command("numberFormat", v, (st, k) => {
      const g = checkShape(v, k.rect.rows, k.rect.cols, "numberFormat");
      st.forEachCell(st.sheetById(k.sheetId), k.rect, (c, row, col) => {
        const f = g[row - k.rect.row][col - k.rect.col];
        if (f === null) return;
        if (typeof f !== "string") throw new FakeOfficeError("InvalidArgument", "numberFormat must be text");
        c.numberFormat = f;
      });
    });
  }
  get valueTypes(): string[][] {
    return this.prop("valueTypes");
  }
  get text(): string[][] {
    return this.prop("text");
  }
  get address(): string {
    return this.prop("address");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get cellCount(): number {
    return this.prop("cellCount");
  }
  get columnHidden(): boolean {
    return this.prop("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.command("columnHidden", hidden, (st, k) => {
      const sheet = st.sheetById(k.sheetId);
      for (let j = 0; j < k.rect.cols; j++) {
        if (hidden) sheet.hiddenColumns.add(k.rect.col + j);
        else sheet.hiddenColumns.delete(k.rect.col + j);
      }
    });
  }

  /** ExcelApi 1.18 cell controls; only a checkbox, and only over cells that hold booleans or nothing, as Excel shows them. */
  set control(control: { type: string }) {
    this.command("control", control, (st, k) => {
      if (this.context.queue.limits.apiMinor < 18) {
        throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found (ExcelApi 1.18).");
      }
      if (control.type !== "Checkbox") throw new FakeOfficeError("InvalidArgument", `Unknown cell control ${control.type}.`);
      const sheet = st.sheetById(k.sheetId);
      for (let r = k.rect.row; r < k.rect.row + k.rect.rows; r++)
        for (let c = k.rect.col; c < k.rect.col + k.rect.cols; c++) st.cell(sheet, r, c).control = "Checkbox";
    });
  }

  /**
   * Per-cell properties (ExcelApi 1.9): only `hyperlink` is known here, as Excel reports it
   * (null for a cell without one). The result's value is there after the next sync.
   */
  getCellProperties(spec: { hyperlink?: boolean }): { readonly value: { hyperlink?: unknown }[][] } {
    let value: { hyperlink?: unknown }[][] | undefined;
    const minor = this.context.queue.limits.apiMinor;
    this.context.queue.enqueue({
      bytes: this.context.queue.actionBytes("getCellProperties", [spec]),
      run: (st) => {
        if (minor < 9) throw new FakeOfficeError("ApiNotFound", "Range.getCellProperties needs ExcelApi 1.9.");
        const k = this.required(st);
        const sheet = st.sheetById(k.sheetId);
        const grid = Array.from({ length: k.rect.rows }, (_, i) =>
          Array.from({ length: k.rect.cols }, (_, j) => {
            const link = st.peek(sheet, k.rect.row + i, k.rect.col + j)?.hyperlink;
            return spec.hyperlink ? { hyperlink: link ? { ...link } : null } : {};
          }),
        );
        return { payload: grid, commit: () => (value = grid) };
      },
    });
    return {
      get value() {
        if (value === undefined)
          throw new FakeOfficeError("PropertyNotLoaded", "The value of a ClientResult is there after context.sync().");
        return value;
      },
    };
  }

  get hyperlink(): unknown {
    return this.prop("hyperlink");
  }
  set hyperlink(link: { address?: string; documentReference?: string; textToDisplay?: string; screenTip?: string }) {
    this.command("hyperlink", link, (st, k) => {
      if (k.rect.rows * k.rect.cols !== 1) throw new FakeOfficeError("InvalidArgument", "A hyperlink is set on one cell at a time.");
      if (link.documentReference !== undefined) parseRangeAddress(link.documentReference); // must be a reference
      const c = st.cell(st.sheetById(k.sheetId), k.rect.row, k.rect.col);
      c.hyperlink = { ...link };
      // The display text is stored as it is, not parsed.
      if (link.textToDisplay !== undefined) {
        Object.assign(c, { type: "String", value: link.textToDisplay });
        delete c.formula;
      }
    });
  }

  /** One cell of the range, by 0-based row and column; a null object's cell is a null object (where nulls propagate). */
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.context, `${this.path}.getCell(${row},${col})`, (st) => {
      const k = this.resolve(st);
      if (k === null) {
        if (!this.context.queue.limits.nullPropagates)
          throw new FakeOfficeError("InvalidObjectPath", "The object path isn't working for what you're trying to do.");
        return null;
      }
      return { sheetId: k.sheetId, rect: { row: k.rect.row + row, col: k.rect.col + col, rows: 1, cols: 1 } };
    });
  }

  /** The rectangle both ranges cover; fails when they do not meet (or lie on different sheets). */
  getIntersection(other: FakeRange | string): FakeRange {
    const label = typeof other === "string" ? other : other.path;
    return instantiated(
      new FakeRange(this.context, `${this.path}.getIntersection(${label})`, (st) => {
        const a = this.keyFor(st);
        const b = typeof other === "string" ? { sheetId: a.sheetId, rect: parseRangeAddress(other) } : other.keyFor(st);
        if (a.sheetId !== b.sheetId) throw new FakeOfficeError("InvalidArgument", "The ranges are on different worksheets.");
        const row = Math.max(a.rect.row, b.rect.row);
        const col = Math.max(a.rect.col, b.rect.col);
        const rows = Math.min(a.rect.row + a.rect.rows, b.rect.row + b.rect.rows) - row;
        const cols = Math.min(a.rect.col + a.rect.cols, b.rect.col + b.rect.cols) - col;
        if (rows < 1 || cols < 1) throw itemNotFound("intersection of the ranges");
        return { sheetId: a.sheetId, rect: { row, col, rows, cols } };
      }),
    );
  }

  /** Queued like any command: at sync it activates the range's sheet and selects the range. */
  select(): void {
    this.command("select", null, (st, k) => st.select(k.sheetId, k.rect));
  }

  /** ExcelApi 1.2. The cells other than the top-left lose their values (see FakeWorkbookState.merge). */
  merge(across = false): void {
    this.command("merge", [across], (st, k) => {
      requireApi(this.context, 2, "Range.merge");
      st.merge(st.sheetById(k.sheetId), k.rect, across);
    });
  }

  /** ExcelApi 1.2. Every merged area the range touches goes, wherever it reaches. */
  unmerge(): void {
    this.command("unmerge", null, (st, k) => {
      requireApi(this.context, 2, "Range.unmerge");
      st.unmerge(st.sheetById(k.sheetId), k.rect);
    });
  }

  /** Clears what it says; merged areas stay merged (only unmerge() takes them away). */
  clear(applyTo: ClearKind = "All"): void {
    this.command("clear", applyTo, (st, k) => st.clearCells(st.sheetById(k.sheetId), k.rect, applyTo));
  }

  /** Values and formulas take the same input; a string starting with "=" is a formula in both. */
  private assignGrid(name: string, v: unknown[][]): void {
    this.command(name, v, (st, k) => {
      const g = checkShape(v, k.rect.rows, k.rect.cols, name);
      const sheet = st.sheetById(k.sheetId);
      for (let i = 0; i < k.rect.rows; i++)
        for (let j = 0; j < k.rect.cols; j++) {
          const x = g[i][j];
          if (x === null) continue;
          if (x === "" && !st.peek(sheet, k.rect.row + i, k.rect.col + j)) continue;
          st.assign(st.cell(sheet, k.rect.row + i, k.rect.col + j), x);
        }
    });
  }
}
