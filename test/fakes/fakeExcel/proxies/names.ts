import { FakeOfficeError, itemNotFound } from "../officeError";
import type { FakeWorkbookState } from "../state";
import { FakeClientObject, instantiated, unknownProperty } from "./base";
import { FakeCollection } from "./collection";
import { FakeRange } from "./range";

/** A workbook-scoped defined name, by (case-insensitive) name. */
export class FakeNamedItem extends FakeClientObject<string> {
  protected defaultProps(): string[] {
    return ["name", "formula", "type", "visible", "comment"];
  }

  read(st: FakeWorkbookState, key: string, props: string[]): Record<string, unknown> {
    const n = st.findName(key);
    if (!n) throw itemNotFound(`name ${key}`);
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === "name") out.name = n.name;
      else if (p === "formula") out.formula = st.nameFormula(n);
      else if (p === "type") out.type = n.sheetId !== undefined ? "Range" : "Error";
      else if (p === "visible") out.visible = true;
      else if (p === "comment") out.comment = n.comment ?? "";
      else throw unknownProperty(p, "NamedItem");
    }
    return out;
  }

  get name(): string {
    return this.prop("name");
  }
  get formula(): string {
    return this.prop("formula");
  }
  get type(): string {
    return this.prop("type");
  }
  get comment(): string {
    return this.prop("comment");
  }
  /** Queued like any property set. */
  set comment(text: string) {
    this.command("setComment", text, (st, key) => {
      const n = st.findName(key);
      if (!n) throw itemNotFound(`name ${key}`);
      n.comment = text;
    });
  }

  delete(): void {
    this.command("delete", null, (st, key) => st.deleteName(key));
  }

  /** The range the name refers to, or a null object when it is none (a #REF! or a constant) or the name is a null object. */
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getRangeOrNullObject()`,
      (st) => {
        const key = this.resolve(st);
        if (key === null && !this.context.queue.limits.nullPropagates) {
          throw new FakeOfficeError("InvalidObjectPath", "The object path isn't working for what you're trying to do.");
        }
        const n = key === null ? undefined : st.findName(key);
        if (!n || n.sheetId === undefined || !n.rect || !st.sheets.some((s) => s.id === n.sheetId)) return null;
        return { sheetId: n.sheetId, rect: n.rect };
      },
      true,
    );
  }

  /** The range the name refers to; fails when the name is not a range (e.g. #REF! after its sheet was deleted). */
  getRange(): FakeRange {
    return instantiated(
      new FakeRange(this.context, `${this.path}.getRange()`, (st) => {
        const n = st.findName(this.required(st));
        if (!n) throw itemNotFound(`name ${this.path}`);
        if (n.sheetId === undefined || !n.rect || !st.sheets.some((s) => s.id === n.sheetId)) {
          throw new FakeOfficeError("InvalidReference", `The name '${n.name}' does not refer to a range.`);
        }
        return { sheetId: n.sheetId, rect: n.rect };
      }),
    );
  }
}

export class FakeNamedItemCollection extends FakeCollection<string, FakeNamedItem> {
  protected keys(st: FakeWorkbookState): string[] {
    return st.names.map((n) => n.name);
  }

  protected item(key: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this.path}[${key}]`, () => key, false).bind(key);
  }

  getItem(name: string): FakeNamedItem {
    return instantiated(
      new FakeNamedItem(
        this.context,
        `${this.path}.getItem(${name})`,
        (st) => {
          const n = st.findName(name);
          if (!n) throw itemNotFound(`name ${name}`);
          return n.name;
        },
        false,
      ),
    );
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this.path}.getItemOrNullObject(${name})`, (st) => st.findName(name)?.name ?? null, true);
  }

  /** `reference` is a Range or a formula such as "=Sheet1!$A$1". */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    const item = new FakeNamedItem(this.context, `${this.path}.add(${name})`, () => name, false);
    this.command("add", [name, typeof reference === "string" ? reference : reference.path, comment ?? ""], (st) => {
      if (typeof reference === "string") {
        if (!reference.startsWith("=")) throw new FakeOfficeError("InvalidArgument", "A name's reference must start with '='.");
        const n = st.addName(name, { literal: reference });
        if (comment) n.comment = comment;
      } else {
        const k = reference.keyFor(st);
        const n = st.addName(name, { sheetId: k.sheetId, rect: k.rect });
        if (comment) n.comment = comment;
      }
      item.bind(name);
    });
    return item;
  }
}
