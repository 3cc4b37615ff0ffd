import { rectA1, sheetRef } from "../address";
import { FakeOfficeError, notLoaded } from "../officeError";
import type { FakeRange } from "./range";

interface ListRule {
  list?: { inCellDropDown?: boolean; source: string | FakeRange };
}

/** Excel refuses a list source longer than this. */
export const LIST_SOURCE_MAX = 255;

/** List data validation (ExcelApi 1.8). Other rule types are not modelled. */
export class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}

  get rule(): unknown {
    throw notLoaded("rule");
  }
  set rule(rule: ListRule) {
    if (!rule.list) throw new Error("fake Excel models list validation only");
    const list = rule.list;
    this.range.write(
      "dataValidation.rule",
      { list: { ...list, source: typeof list.source === "string" ? list.source : "<range>" } },
      (st, k) => {
        let source: string;
        if (typeof list.source === "string") source = list.source;
        else {
          const src = list.source.keyFor(st);
          const srcSheet = st.sheetById(src.sheetId);
          source = src.sheetId === k.sheetId ? `=${rectA1(src.rect, true)}` : `=${sheetRef(srcSheet.name)}!${rectA1(src.rect, true)}`;
        }
        if (source.length === 0 || source.length > LIST_SOURCE_MAX) {
          throw new FakeOfficeError(
            "InvalidArgument",
            `The list source must be 1 to ${LIST_SOURCE_MAX} characters (got ${source.length}).`,
          );
        }
        const sheet = st.sheetById(k.sheetId);
        const existing = [...st.cellsIn(sheet, k.rect)].map(([, , c]) => c.validation?.source).filter((s) => s !== undefined);
        if (existing.some((s) => s !== source)) {
          throw new FakeOfficeError("InvalidOperation", "The range already has a different data validation; clear it first.");
        }
        st.forEachCell(
          sheet,
          k.rect,
          (c) => (c.validation = { source, inCellDropDown: list.inCellDropDown ?? true, showAlert: true, alertStyle: "Stop" }),
        );
      },
    );
  }

  get errorAlert(): unknown {
    throw notLoaded("errorAlert");
  }
  set errorAlert(alert: { showAlert?: boolean; style?: string; title?: string; message?: string }) {
    this.range.write("dataValidation.errorAlert", alert, (st, k) => {
      for (const [, , c] of st.cellsIn(st.sheetById(k.sheetId), k.rect)) {
        if (!c.validation) continue;
        if (alert.showAlert !== undefined) c.validation.showAlert = alert.showAlert;
        if (alert.style !== undefined) c.validation.alertStyle = alert.style;
      }
    });
  }

  set ignoreBlanks(_v: boolean) {
    this.range.write("dataValidation.ignoreBlanks", _v, () => undefined);
  }

  clear(): void {
    this.range.write("dataValidation.clear", null, (st, k) => {
      const sheet = st.sheetById(k.sheetId);
      for (const [, , c] of [...st.cellsIn(sheet, k.rect)]) delete c.validation;
    });
  }
}
