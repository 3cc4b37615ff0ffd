import { readPreviousChecklist } from "../../../../src/core/documents/checklist/previousChecklist";
import type { SheetSnapshot } from "../../../../src/workbook/gateway";

describe("reading the previous checklist", () => {
  test("finds the columns by header, wherever the table starts and however the columns were moved", () => {
    const snap: SheetSnapshot = {
      name: "会务清单",
      top: 2,
      left: 1,
      values: [
        ["会务清单 — 年会", "", "", "", ""],
        ["状态", "编号", "步骤", "负责人", "按会期计算"],
        ["已完成", "HW-B08", "印发会议通知", "王芳", 46359],
        ["", "", "", "", ""],
        ["", "", "联系电视台", "", ""],
      ],
    };
    const rows = readPreviousChecklist(snap);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      id: "HW-B08",
      status: "已完成",
      step: "印发会议通知",
      owner: "王芳",
      computed: 46359,
      due: "",
      notes: "",
    });
    expect(rows[1]).toMatchObject({ id: "", step: "联系电视台" });
  });

  test("nothing to read: no sheet, or a sheet that is not a checklist table", () => {
    expect(readPreviousChecklist(undefined)).toEqual([]);
    expect(
      readPreviousChecklist({
        name: "x",
        top: 0,
        left: 0,
        values: [
          ["备注", "说明"],
          ["a", "b"],
        ],
      }),
    ).toEqual([]);
  });
});
