import { a1 } from "../../../../src/core/cellAddress";
import { readActionItems } from "../../../../src/core/documents/minutes";
import { localToSerial } from "../../../../src/core/schema/normalize/serial";
import { build, conference, rowOf, snapshotOf, type } from "./minutesHarness";

/** The sheet as a recorder leaves it: three action items, the dates as Excel shows them (serials). */
function recorded() {
  const s = snapshotOf(build(conference()));
  const h = rowOf(s, "序号");
  const fill = (i: number, item: string, owner: string, due: string | number, status = "") => {
    type(s, h + i, 1, item);
    type(s, h + i, 2, owner);
    type(s, h + i, 3, due);
    type(s, h + i, 4, status);
  };
  fill(1, "印发会议纪要", "周敏", localToSerial("2026-12-15"));
  fill(2, "报送年度总结", "李娜", localToSerial("2026-12-20", "17:00"), "进行中");
  fill(3, "整理会议照片", "", "");
  return { s, h };
}

describe("reading the action items back", () => {
  it("gives one TaskItem per filled item, keyed by its 序号, for after the meeting", () => {
    const { s, h } = recorded();
    const read = readActionItems(s, "zh");
    expect(read.findings).toEqual([]);
    expect(read.tasks).toEqual([
      { key: "HW-M1", phase: "post", task: "印发会议纪要", owner: "周敏", due: { date: "2026-12-15" }, notes: "会议纪要" },
      { key: "HW-M2", phase: "post", task: "报送年度总结", owner: "李娜", due: { date: "2026-12-20", time: "17:00" }, notes: "会议纪要" },
      { key: "HW-M3", phase: "post", task: "整理会议照片", notes: "会议纪要" },
    ]);
    expect(read.items[1]).toMatchObject({ status: "inProgress" });
    expect(read.items.map((i) => i.cell)).toEqual([a1(h + 1, 1), a1(h + 2, 1), a1(h + 3, 1)]);
  });

  it("gives the same keys after the sheet is generated again", () => {
    const { s } = recorded();
    const again = snapshotOf(build(conference(), s));
    expect(readActionItems(again, "zh").tasks).toEqual(readActionItems(s, "zh").tasks);
  });

  it("reads items added below the table, numbering those without a 序号 after the highest", () => {
    const { s, h } = recorded();
    type(s, h + 11, 1, "归档会议材料");
    type(s, h + 13, 0, 15);
    type(s, h + 13, 1, "回访参会单位");
    type(s, h + 14, 1, "结算会议经费");
    const keys = readActionItems(s, "zh").tasks.map((t) => `${t.key} ${t.task}`);
    expect(keys.slice(3)).toEqual(["HW-M16 归档会议材料", "HW-M15 回访参会单位", "HW-M17 结算会议经费"]);
    // The sheet writes those numbers in, so later rows cannot take them.
    const again = snapshotOf(build(conference(), s));
    expect(readActionItems(again, "zh").tasks.map((t) => t.key)).toEqual(readActionItems(s, "zh").tasks.map((t) => t.key));
  });

  it("gives a repeated 序号 a new number, so no two items share a key", () => {
    const { s, h } = recorded();
    type(s, h + 4, 0, 2);
    type(s, h + 4, 1, "复制的一行");
    const keys = readActionItems(s, "zh").tasks.map((t) => t.key);
    expect(keys).toEqual(["HW-M1", "HW-M2", "HW-M3", "HW-M4"]);
    const again = build(conference(), s).values[0].values;
    expect(again[h + 4].slice(0, 2)).toEqual([4, "复制的一行"]);
  });

  it("names the sheet and cell of an unreadable due date and still takes the item, without a due", () => {
    const { s, h } = recorded();
    type(s, h + 1, 3, "下周");
    const read = readActionItems(s, "zh");
    expect(read.tasks[0]).toEqual({ key: "HW-M1", phase: "post", task: "印发会议纪要", owner: "周敏", notes: "会议纪要" });
    expect(read.findings).toHaveLength(1);
    expect(read.findings[0]).toMatchObject({ id: "minutes.due-invalid", sheet: "会议纪要", cell: a1(h + 1, 3) });
  });

  it("reads a due date typed as text and a status typed in English", () => {
    const { s, h } = recorded();
    type(s, h + 3, 3, "2026-12-31");
    type(s, h + 3, 4, "Done");
    const read = readActionItems(s, "en");
    expect(read.tasks[2]).toMatchObject({ due: { date: "2026-12-31" }, notes: "From the minutes" });
    expect(read.items[2].status).toBe("done");
  });

  it("reads a sheet made in English", () => {
    const s = snapshotOf(build(conference(), undefined, "en"));
    const h = rowOf(s, "No.");
    type(s, h + 1, 1, "Circulate the minutes");
    type(s, h + 1, 3, localToSerial("2026-12-15"));
    expect(readActionItems(s, "en").tasks).toEqual([
      { key: "HW-M1", phase: "post", task: "Circulate the minutes", due: { date: "2026-12-15" }, notes: "From the minutes" },
    ]);
  });

  it("says so when the sheet has no action items table", () => {
    const read = readActionItems({ name: "会议纪要", top: 0, left: 0, values: [["随手记"]] }, "zh");
    expect(read.tasks).toEqual([]);
    expect(read.findings.map((f) => `${f.id} ${f.sheet}!${f.cell}`)).toEqual(["minutes.no-actions 会议纪要!A1"]);
  });

  it("gives nothing for the untouched template", () => {
    expect(readActionItems(snapshotOf(build(conference())), "zh")).toEqual({ items: [], tasks: [], findings: [] });
  });
});
