import { localToSerial } from "../../../../src/core/schema/normalize/serial";
import { build, conference, grid, insertRow, rowOf, snapshotOf, type, valueOf } from "./minutesHarness";

const DUE = localToSerial("2026-12-20");

/** The first run's sheet, read back, with a recorder's notes, decisions and two action items. */
function filledIn() {
  const first = build(conference());
  const s = snapshotOf(first);
  const d = rowOf(s, "会议讨论");
  type(s, d + 1, 1, "与会代表一致认为全年目标已完成。");
  type(s, d + 2, 1, "建议明年加强基层调研。");
  type(s, rowOf(s, "会议决定（会议明确）") + 1, 1, "会议明确由办公室牵头制定明年计划。");
  const header = rowOf(s, "序号");
  type(s, header + 1, 1, "印发会议纪要");
  type(s, header + 1, 2, "周敏");
  type(s, header + 1, 3, DUE);
  type(s, header + 2, 1, "报送年度总结");
  type(s, header + 2, 4, "进行中");
  return { first, s };
}

describe("re-running the minutes over the previous sheet", () => {
  it("gives the same sheet when nothing changed", () => {
    const first = build(conference());
    expect(build(conference(), snapshotOf(first))).toEqual(first);
  });

  it("gives the same sheet again after the recorder's edits are carried over", () => {
    const { s } = filledIn();
    const second = build(conference(), s);
    expect(build(conference(), snapshotOf(second))).toEqual(second);
  });

  it("keeps the discussion, the decisions and the action items the recorder wrote", () => {
    const { s } = filledIn();
    const w = build(conference(), s);
    const rows = grid(w);
    const d = rowOf(w, "会议讨论");
    expect(rows[d + 1][1]).toBe("与会代表一致认为全年目标已完成。");
    expect(rows[d + 2][1]).toBe("建议明年加强基层调研。");
    expect(rows[rowOf(w, "会议决定（会议明确）") + 1][1]).toBe("会议明确由办公室牵头制定明年计划。");
    const header = rowOf(w, "序号");
    expect(rows[header + 1].slice(0, 5)).toEqual([1, "印发会议纪要", "周敏", DUE, ""]);
    expect(rows[header + 2].slice(0, 5)).toEqual([2, "报送年度总结", "", "", "进行中"]);
    expect(rows.slice(header + 1).map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("keeps every discussion row when the recorder inserted more than there were, with a blank row to go on", () => {
    const s = snapshotOf(build(conference()));
    const d = rowOf(s, "会议讨论");
    for (let i = 0; i < 3; i++) insertRow(s, d + 1);
    for (let i = 1; i <= 8; i++) type(s, d + i, 1, `要点${i}`);
    const w = build(conference(), s);
    const rows = grid(w);
    const body = rows.slice(rowOf(w, "会议讨论") + 1, rowOf(w, "会议决定（会议明确）") - 1).map((r) => r[1]);
    expect(body).toEqual(["要点1", "要点2", "要点3", "要点4", "要点5", "要点6", "要点7", "要点8", ""]);
  });

  it("keeps action items added below the numbered rows and numbers them after the highest", () => {
    const s = snapshotOf(build(conference()));
    const last = rowOf(s, "序号") + 10;
    type(s, last + 1, 1, "整理会议照片");
    type(s, last + 3, 1, "归档会议材料");
    const w = build(conference(), s);
    const rows = grid(w);
    const header = rowOf(w, "序号");
    expect(rows.slice(header + 11).map((r) => r.slice(0, 2))).toEqual([
      [11, "整理会议照片"],
      ["", ""],
      [12, "归档会议材料"],
    ]);
    expect(w.page!.printArea!.rows).toBe(rows.length - 1);
    expect(w.validations![0].range.rows).toBe(13 + 20);
  });

  it("keeps a prefilled value the recorder changed, with the new generated value beside it in grey", () => {
    const s = snapshotOf(build(conference()));
    type(s, rowOf(s, "主持人"), 1, "李娜（代）");
    const w = build(conference({ 主持人: "王主任" }), s);
    expect(valueOf(w, "主持人")).toBe("李娜（代）");
    expect(grid(w)[rowOf(w, "主持人")][6]).toBe("王主任");
  });

  it("brings untouched prefilled values up to date with the Event sheet and the roster", () => {
    const s = snapshotOf(build(conference()));
    const w = build(
      conference({ 会议地点: "市会议中心二楼", 会议名称: "2026年度总结会议" }, [
        ["张伟", "出席", "已确认", 1],
        ["李娜", "出席", "请假", 2],
      ]),
      s,
    );
    expect(valueOf(w, "地点")).toBe("市会议中心二楼");
    expect(grid(w)[1][0]).toBe("2026年度总结会议纪要");
    expect(valueOf(w, "出席")).toBe("共 1 人：张伟");
    expect(valueOf(w, "请假")).toBe("共 1 人：李娜");
    expect(valueOf(w, "列席")).toBe("无");
  });

  it("keeps a row the recorder inserted among the fields, under the field it followed", () => {
    const s = snapshotOf(build(conference()));
    const r = rowOf(s, "请假") + 1;
    insertRow(s, r);
    type(s, r, 0, "应到");
    type(s, r, 1, "9 人，实到 6 人");
    const w = build(conference(), s);
    const rows = grid(w);
    expect(rows[rowOf(w, "请假") + 1].slice(0, 2)).toEqual(["应到", "9 人，实到 6 人"]);
    expect(rowOf(w, "待确认")).toBe(rowOf(w, "请假") + 2);
  });

  it("finds the recorder's entries by their labels after the workbook switched language", () => {
    const { s } = filledIn();
    const w = build(conference(), s, "en");
    const rows = grid(w);
    expect(rows[rowOf(w, "Discussion") + 1][1]).toBe("与会代表一致认为全年目标已完成。");
    expect(rows[rowOf(w, "No.") + 1].slice(0, 4)).toEqual([1, "印发会议纪要", "周敏", DUE]);
    expect(valueOf(w, "Chair")).toBe("张伟");
    expect(valueOf(w, "Present")).toBe("3: 张伟, 李娜, 吴刚");
    expect(valueOf(w, "Unconfirmed")).toBe("1: 王芳");
  });
});
