import { itemNotFound } from "../officeError";
import type { FakeWorkbookState } from "../state";
import { instantiated } from "./base";
import { FakeCollection } from "./collection";
import { FakeWorksheet, type SheetKey } from "./worksheet";

export class FakeWorksheetCollection extends FakeCollection<SheetKey, FakeWorksheet> {
  protected keys(st: FakeWorkbookState): SheetKey[] {
    return st.sheets.map((s) => ({ sheetId: s.id }));
  }

  protected item(key: SheetKey): FakeWorksheet {
    return new FakeWorksheet(this.context, `ws#${key.sheetId}`, () => key).bind(key);
  }

  /** Sheet names are case-insensitive, as in Excel. */
  getItem(name: string): FakeWorksheet {
    return instantiated(
      new FakeWorksheet(this.context, `ws[${name}]`, (st) => {
        const s = st.findSheet(name);
        if (!s) throw itemNotFound(`worksheet ${name}`);
        return { sheetId: s.id };
      }),
    );
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `ws?[${name}]`,
      (st) => {
        const s = st.findSheet(name);
        return s ? { sheetId: s.id } : null;
      },
      true,
    );
  }

  add(name?: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.context, `ws+[${name ?? ""}]`, () => {
      throw itemNotFound("worksheet used before it was added");
    });
    this.command("add", name ?? null, (st) => {
      sheet.bind({ sheetId: st.addSheet(name).id });
    });
    return sheet;
  }
}
