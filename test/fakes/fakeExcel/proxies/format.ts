import { FakeOfficeError, notLoaded } from "../officeError";
import type { FakeCell, FakeWorkbookState } from "../state";
import { requireApi } from "./base";
import type { FakeRange, RangeKey } from "./range";

/**
 * Range formatting: write-only in this fake (reading a format property always reports it
 * as not loaded; the tests inspect the stored state instead).
 */
function eachCell(range: FakeRange, name: string, value: unknown, f: (c: FakeCell) => void): void {
  range.write(name, value, (st: FakeWorkbookState, k: RangeKey) => st.forEachCell(st.sheetById(k.sheetId), k.rect, f));
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;

function color(v: string): string {
  if (!COLOR.test(v)) throw new FakeOfficeError("InvalidArgument", `Not a colour: ${v}`);
  return v.toUpperCase();
}

export class FakeRangeFill {
  constructor(private readonly range: FakeRange) {}
  get color(): string {
    throw notLoaded("color");
  }
  set color(v: string) {
    eachCell(this.range, "format.fill.color", v, (c) => (c.fill = color(v)));
  }
  clear(): void {
    eachCell(this.range, "format.fill.clear", null, (c) => delete c.fill);
  }
}

export class FakeRangeFont {
  constructor(private readonly range: FakeRange) {}
  get bold(): boolean {
    throw notLoaded("bold");
  }
  set bold(v: boolean) {
    eachCell(this.range, "format.font.bold", v, (c) => (c.bold = v));
  }
  get italic(): boolean {
    throw notLoaded("italic");
  }
  set italic(v: boolean) {
    eachCell(this.range, "format.font.italic", v, (c) => (c.italic = v));
  }
  get color(): string {
    throw notLoaded("color");
  }
  set color(v: string) {
    eachCell(this.range, "format.font.color", v, (c) => (c.fontColor = color(v)));
  }
  get size(): number {
    throw notLoaded("size");
  }
  set size(v: number) {
    eachCell(this.range, "format.font.size", v, (c) => (c.fontSize = v));
  }
  get name(): string {
    throw notLoaded("name");
  }
  /** Any non-empty name is kept (Excel shows a typeface it lacks in its nearest one). */
  set name(v: string) {
    this.range.write("format.font.name", v, (st, k) => {
      if (typeof v !== "string" || v === "") throw new FakeOfficeError("InvalidArgument", `Not a font name: ${String(v)}`);
      st.forEachCell(st.sheetById(k.sheetId), k.rect, (c) => (c.fontName = v));
    });
  }
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];

let borderSerial = 0;

export class FakeRangeBorder {
  /** Office.js makes a new object for every getItem. */
  private readonly serial = ++borderSerial;

  constructor(
    private readonly range: FakeRange,
    private readonly edge: string,
  ) {}
  get style(): string {
    throw notLoaded("style");
  }
  set style(v: string) {
    eachCell(this.range, `format.borders.getItem(${this.edge})#${this.serial}.style`, v, (c) => {
      const set = new Set(c.borders ?? []);
      if (v === "None") set.delete(this.edge);
      else set.add(this.edge);
      c.borders = [...set].sort();
      if (c.borders.length === 0) delete c.borders;
    });
  }
  set weight(v: string) {
    this.range.write(`format.borders.getItem(${this.edge})#${this.serial}.weight`, v, () => undefined);
  }
  set color(v: string) {
    this.range.write(`format.borders.getItem(${this.edge})#${this.serial}.color`, v, () => void color(v));
  }
}

export class FakeRangeBorderCollection {
  constructor(private readonly range: FakeRange) {}
  getItem(edge: string): FakeRangeBorder {
    if (!EDGES.includes(edge)) throw new FakeOfficeError("InvalidArgument", `No border ${edge}`);
    return new FakeRangeBorder(this.range, edge);
  }
}

export class FakeRangeFormat {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorderCollection;

  constructor(private readonly range: FakeRange) {
    this.fill = new FakeRangeFill(range);
    this.font = new FakeRangeFont(range);
    this.borders = new FakeRangeBorderCollection(range);
  }

  get wrapText(): boolean {
    throw notLoaded("format.wrapText");
  }
  set wrapText(v: boolean) {
    eachCell(this.range, "format.wrapText", v, (c) => (c.wrap = v));
  }
  get horizontalAlignment(): string {
    throw notLoaded("format.horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    if (!["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"].includes(v)) {
      throw new FakeOfficeError("InvalidArgument", `horizontalAlignment ${v}`);
    }
    eachCell(this.range, "format.horizontalAlignment", v, (c) => (c.horizontal = v));
  }
  get verticalAlignment(): string {
    throw notLoaded("format.verticalAlignment");
  }
  set verticalAlignment(v: string) {
    if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(v))
      throw new FakeOfficeError("InvalidArgument", `verticalAlignment ${v}`);
    eachCell(this.range, "format.verticalAlignment", v, (c) => (c.vertical = v));
  }
  get textOrientation(): number {
    throw notLoaded("format.textOrientation");
  }
  /** ExcelApi 1.7: whole degrees from -90 to 90, or 180 for stacked text. */
  set textOrientation(v: number) {
    this.range.write("format.textOrientation", v, (st, k) => {
      requireApi(this.range.context, 7, "RangeFormat.textOrientation");
      if (!(Number.isInteger(v) && ((v >= -90 && v <= 90) || v === 180))) {
        throw new FakeOfficeError("InvalidArgument", `textOrientation ${String(v)}`);
      }
      st.forEachCell(st.sheetById(k.sheetId), k.rect, (c) => (c.textOrientation = v));
    });
  }
  get columnWidth(): number {
    throw notLoaded("format.columnWidth");
  }
  /** In points, for every column of the range. */
  set columnWidth(points: number) {
    this.range.write("format.columnWidth", points, (st, k) => {
      if (!(points >= 0 && points <= 255 * 7.5)) throw new FakeOfficeError("InvalidArgument", `columnWidth ${points}`);
      const sheet = st.sheetById(k.sheetId);
      for (let j = 0; j < k.rect.cols; j++) sheet.columnWidths.set(k.rect.col + j, points);
    });
  }
  get rowHeight(): number {
    throw notLoaded("format.rowHeight");
  }
  /**
   * In points, for every row of the range. Like Range.clear(), nothing else (clearing cells,
   * rewriting values) changes a row height once set.
   */
  set rowHeight(points: number) {
    this.range.write("format.rowHeight", points, (st, k) => {
      if (!(points >= 0 && points <= 409)) throw new FakeOfficeError("InvalidArgument", `rowHeight ${points}`);
      const sheet = st.sheetById(k.sheetId);
      for (let i = 0; i < k.rect.rows; i++) sheet.rowHeights.set(k.rect.row + i, points);
    });
  }
  get useStandardHeight(): boolean {
    throw notLoaded("format.useStandardHeight");
  }
  /** true puts every row of the range back to the standard height; false does nothing, as in Excel. */
  set useStandardHeight(v: boolean) {
    this.range.write("format.useStandardHeight", v, (st, k) => {
      if (!v) return;
      const sheet = st.sheetById(k.sheetId);
      for (const row of [...sheet.rowHeights.keys()]) {
        if (row >= k.rect.row && row < k.rect.row + k.rect.rows) sheet.rowHeights.delete(row);
      }
    });
  }
}
