import { MAX_COLS, MAX_ROWS, parseRangeAddress, rectA1, type Rect } from "../address";
import { FakeOfficeError } from "../officeError";
import type { FakeWorkbookState } from "../state";
import { FakeClientObject, instantiated, unknownProperty, type FakeContextLike } from "./base";
import { FakePageBreakCollection, FakePageLayout } from "./pageLayout";
import { FakeRange, type RangeKey } from "./range";
import { FakeTableCollection } from "./tables";

export interface SheetKey {
  sheetId: number;
}

function rectOf(address: string): Rect {
  try {
    return parseRangeAddress(address);
  } catch {
    throw new FakeOfficeError("InvalidArgument", `The address '${address}' is not valid.`);
  }
}

export class FakeWorksheetFreezePanes {
  constructor(private readonly sheet: FakeWorksheet) {}
  freezeRows(count = 1): void {
    this.sheet.write("freezePanes.freezeRows", count, (st, k) => (st.sheetById(k.sheetId).freeze = { rows: count, cols: 0 }));
  }
  freezeColumns(count = 1): void {
    this.sheet.write("freezePanes.freezeColumns", count, (st, k) => (st.sheetById(k.sheetId).freeze = { rows: 0, cols: count }));
  }
  freezeAt(frozen: FakeRange | string): void {
    this.sheet.write("freezePanes.freezeAt", typeof frozen === "string" ? frozen : frozen.path, (st, k) => {
      const r = typeof frozen === "string" ? rectOf(frozen) : frozen.keyFor(st).rect;
      st.sheetById(k.sheetId).freeze = { rows: r.row + r.rows, cols: r.col + r.cols };
    });
  }
  unfreeze(): void {
    this.sheet.write("freezePanes.unfreeze", null, (st, k) => (st.sheetById(k.sheetId).freeze = { rows: 0, cols: 0 }));
  }
}

export class FakeWorksheet extends FakeClientObject<SheetKey> {
  readonly freezePanes = new FakeWorksheetFreezePanes(this);
  readonly tables: FakeTableCollection;
  readonly pageLayout = new FakePageLayout(this);
  readonly horizontalPageBreaks = new FakePageBreakCollection(this);

  constructor(context: FakeContextLike, path: string, resolver: (st: FakeWorkbookState) => SheetKey | null, orNull = false) {
    super(context, path, resolver, orNull);
    this.tables = new FakeTableCollection(context, `${path}.tables`, (st) => {
      const k = this.resolve(st);
      return k === null ? null : k.sheetId;
    });
  }

  write(name: string, args: unknown, apply: (st: FakeWorkbookState, key: SheetKey) => void): void {
    this.command(name, args, apply);
  }

  protected defaultProps(): string[] {
    return ["name", "position", "visibility", "id"];
  }

  read(st: FakeWorkbookState, key: SheetKey, props: string[]): Record<string, unknown> {
    const sheet = st.sheetById(key.sheetId);
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === "name") out.name = sheet.name;
      else if (p === "position") out.position = st.sheets.indexOf(sheet);
      else if (p === "visibility") out.visibility = sheet.visibility;
      else if (p === "id") out.id = `{sheet-${sheet.id}}`;
      else throw unknownProperty(p, "Worksheet");
    }
    return out;
  }

  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.command("name", v, (st, k) => {
      const other = st.findSheet(v);
      if (other && other.id !== k.sheetId) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${v}' already exists.`);
      st.sheetById(k.sheetId).name = v;
    });
  }
  get position(): number {
    return this.prop("position");
  }
  /** Moves the sheet to this place among the tabs (0 first), as Excel does. */
  set position(v: number) {
    this.command("position", v, (st, k) => {
      const sheet = st.sheetById(k.sheetId);
      if (!Number.isInteger(v) || v < 0 || v >= st.sheets.length) throw new FakeOfficeError("InvalidArgument", `position ${v}`);
      st.sheets.splice(st.sheets.indexOf(sheet), 1);
      st.sheets.splice(v, 0, sheet);
    });
  }
  get visibility(): string {
    return this.prop("visibility");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this.command("visibility", v, (st, k) => (st.sheetById(k.sheetId).visibility = v));
  }

  private range(label: string, rect: (st: FakeWorkbookState, sheetId: number) => Rect | null, orNull = false): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.${label}`,
      (st): RangeKey | null => {
        const k = this.resolve(st);
        if (k === null && !this.context.queue.limits.nullPropagates) {
          throw new FakeOfficeError("InvalidObjectPath", "The object path isn't working for what you're trying to do.");
        }
        if (k === null) return null;
        const r = rect(st, k.sheetId);
        return r === null ? null : { sheetId: k.sheetId, rect: r };
      },
      orNull,
    );
  }

  /** A bad address fails the sync it is queued in (InvalidArgument), not the call, as in Excel. */
  getRange(address?: string): FakeRange {
    const label = `getRange(${address ?? ""})`;
    if (address === undefined) return this.range(label, () => ({ row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }));
    try {
      const rect = rectOf(address);
      return this.range(label, () => rect);
    } catch (e) {
      return instantiated(
        this.range(label, () => {
          throw e;
        }),
      );
    }
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLS) {
      throw new FakeOfficeError("InvalidArgument", `getRangeByIndexes(${row}, ${col}, ${rows}, ${cols})`);
    }
    const rect = { row, col, rows, cols };
    return this.range(`getRange(${rectA1(rect)})`, () => rect);
  }

  getCell(row: number, col: number): FakeRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }

  /** An empty sheet's used range is A1 (or a null object with the OrNullObject variant). */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range(
      `getUsedRange(${valuesOnly})`,
      (st, id) => st.usedRect(st.sheetById(id), valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range(`getUsedRangeOrNullObject(${valuesOnly})`, (st, id) => st.usedRect(st.sheetById(id), valuesOnly) ?? null, true);
  }

  activate(): void {
    this.command("activate", null, (st, k) => {
      const s = st.sheetById(k.sheetId);
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      st.activeSheetId = k.sheetId;
    });
  }

  delete(): void {
    this.command("delete", null, (st, k) => st.deleteSheet(k.sheetId));
  }
}
