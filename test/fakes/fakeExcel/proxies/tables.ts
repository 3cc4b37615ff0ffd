import { parseRangeAddress, type Rect } from "../address";
import { FakeOfficeError, itemNotFound } from "../officeError";
import type { FakeWorkbookState } from "../state";
import { FakeClientObject, instantiated, unknownProperty } from "./base";
import { FakeCollection } from "./collection";
import type { FakeRange } from "./range";
import { FakeWorksheet } from "./worksheet";

/** A table, by id. */
export class FakeTable extends FakeClientObject<number> {
  private sheetProxy: FakeWorksheet | undefined;

  protected defaultProps(): string[] {
    return ["name", "style", "id"];
  }

  read(st: FakeWorkbookState, id: number, props: string[]): Record<string, unknown> {
    const t = st.tableById(id);
    const out: Record<string, unknown> = {};
    const sheetProps: string[] = [];
    for (const p of props) {
      if (p === "name") out.name = t.name;
      else if (p === "style") out.style = t.style;
      else if (p === "id") out.id = String(t.id);
      else if (p.startsWith("worksheet/")) sheetProps.push(p.slice("worksheet/".length));
      else throw unknownProperty(p, "Table");
    }
    if (sheetProps.length) {
      const sheet = new FakeWorksheet(this.context, `${this.path}.worksheet`, () => ({ sheetId: t.sheetId }));
      out.worksheet = sheet.read(st, { sheetId: t.sheetId }, sheetProps);
    }
    return out;
  }

  override acceptLoaded(data: Record<string, unknown>): void {
    const { worksheet, ...rest } = data;
    super.acceptLoaded(rest);
    if (worksheet) {
      this.sheetProxy ??= new FakeWorksheet(this.context, `${this.path}.worksheet`, () => {
        throw new FakeOfficeError("InvalidObjectPath", "table worksheet");
      });
      this.sheetProxy.acceptLoaded(worksheet as Record<string, unknown>);
    }
  }

  /** The table's sheet (ExcelApi 1.2); its properties load through "worksheet/name". */
  get worksheet(): FakeWorksheet {
    this.sheetProxy ??= new FakeWorksheet(this.context, `${this.path}.worksheet`, () => {
      throw new FakeOfficeError("InvalidObjectPath", "table worksheet");
    });
    return this.sheetProxy;
  }

  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.command("name", v, (st, id) => st.renameTable(st.tableById(id), v));
  }
  get style(): string {
    return this.prop("style");
  }
  set style(v: string) {
    this.command("style", v, (st, id) => {
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(v) && v !== "")
        throw new FakeOfficeError("InvalidArgument", `Unknown table style ${v}`);
      st.tableById(id).style = v;
    });
  }

  delete(): void {
    this.command("delete", null, (st, id) => {
      // Deleting a table removes it with its cells' contents and formats.
      const t = st.tableById(id);
      st.clearCells(st.sheetById(t.sheetId), t.rect, "All");
      st.tables = st.tables.filter((x) => x.id !== id);
    });
  }
}

/** Tables of one sheet (scope = sheet id) or of the workbook (scope = 0). */
export class FakeTableCollection extends FakeCollection<number, FakeTable> {
  protected keys(st: FakeWorkbookState, scope: number): number[] {
    return st.tables.filter((t) => scope === 0 || t.sheetId === scope).map((t) => t.id);
  }

  protected item(id: number): FakeTable {
    return new FakeTable(this.context, `${this.path}[${id}]`, () => id, false).bind(id);
  }

  private find(st: FakeWorkbookState, name: string): number | null {
    const scope = this.resolve(st);
    const t = st.findTable(name);
    return t && scope !== null && (scope === 0 || t.sheetId === scope) ? t.id : null;
  }

  getItem(name: string): FakeTable {
    return instantiated(
      new FakeTable(
        this.context,
        `${this.path}.getItem(${name})`,
        (st) => {
          const id = this.find(st, name);
          if (id === null) throw itemNotFound(`table ${name}`);
          return id;
        },
        false,
      ),
    );
  }

  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.context, `${this.path}.getItemOrNullObject(${name})`, (st) => this.find(st, name), true);
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    const table = new FakeTable(
      this.context,
      `${this.path}.add`,
      () => {
        throw new FakeOfficeError("InvalidObjectPath", "table used before it was added");
      },
      false,
    );
    this.command("add", [typeof address === "string" ? address : address.path, hasHeaders], (st, scope) => {
      let sheetId: number;
      let rect: Rect;
      if (typeof address === "string") {
        const bang = address.lastIndexOf("!");
        const sheet =
          bang >= 0
            ? st.findSheet(address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"))
            : scope
              ? st.sheetById(scope)
              : undefined;
        if (!sheet) throw new FakeOfficeError("InvalidArgument", `Table address ${address} needs a sheet`);
        sheetId = sheet.id;
        rect = parseRangeAddress(address);
      } else {
        const k = address.keyFor(st);
        sheetId = k.sheetId;
        rect = k.rect;
      }
      if (scope !== 0 && scope !== sheetId) throw new FakeOfficeError("InvalidArgument", "The table range is on another sheet.");
      table.bind(st.addTable(st.sheetById(sheetId), rect, hasHeaders).id);
    });
    return table;
  }
}
