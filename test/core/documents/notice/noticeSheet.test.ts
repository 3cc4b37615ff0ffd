import { generateConference } from "../../../../samples/generator";
import { noticeSheet } from "../../../../src/core/documents/notice";
import { FULL_EVENT, withRow } from "../../rules/notice/eventFixture";
import { workbook } from "../../rules/ruleHarness";
import { edit, eventOf, linesOf, snapshotOf, TARGET } from "./noticeFixture";

const run = (rows: Parameters<typeof eventOf>[0], previous?: Parameters<typeof noticeSheet>[0]["previous"]) =>
  noticeSheet({ target: TARGET, lang: "zh", event: eventOf(rows), previous });

describe("noticeSheet", () => {
  it("lays the notice out one item per row with a key and a generated copy beside it", () => {
    const { sheet, missing } = run(FULL_EVENT);
    expect(missing).toEqual([]);
    const lines = linesOf(sheet);
    expect([...lines.keys()]).toEqual([
      "title",
      "salutation",
      "opening",
      "name",
      "content",
      "attendeesScope",
      "checkInTime",
      "duration",
      "venue",
      "dressCode",
      "notes",
      "contact",
      "contactPhone",
      "signOff",
      "date",
    ]);
    expect(lines.get("venue")).toMatchObject({
      label: "六、会址",
      text: "市行政中心3号楼6楼第一会议室",
      copy: "市行政中心3号楼6楼第一会议室",
    });
    expect(sheet.values[0].values[0].slice(2)).toEqual(["自动生成", "键"]);
  });

  it("prints columns A–B only, portrait and fitted to the page width", () => {
    const { sheet } = run(FULL_EVENT);
    const rows = sheet.values[0].values.length;
    expect(sheet.page).toEqual({
      orientation: "portrait",
      fitToWidth: true,
      printArea: { row: 1, col: 0, rows: rows - 1, cols: 2 },
      centerHorizontally: true,
    });
  });

  it("highlights each placeholder and gives tall rows to long text", () => {
    const { sheet, missing, findings } = run(withRow(withRow(FULL_EVENT, "着装", ""), "注意事项", "甲".repeat(120)));
    expect(missing).toEqual(["dressCode"]);
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.id}`)).toEqual(["会议信息!A9 notice.placeholder"]);
    const dress = linesOf(sheet).get("dressCode")!;
    expect(dress.text).toBe("【待填写：着装要求】");
    const fills = (sheet.formats ?? []).filter((f) => f.fill === "#FFF2CC" && f.range.col === 1).map((f) => f.range.row);
    // The sign-off and date are placeholders too until the notice goes out.
    expect(fills).toEqual([dress.row, linesOf(sheet).get("signOff")!.row, linesOf(sheet).get("date")!.row]);
    const notes = linesOf(sheet).get("notes")!.row;
    const height = (r: number) => sheet.rowHeights!.find((h) => h.row === r)!.height;
    expect(height(notes)).toBeGreaterThanOrEqual(4 * 15);
    expect(height(linesOf(sheet).get("venue")!.row)).toBeLessThan(25);
  });

  it("gives the same sheet when run again over its own output", () => {
    const first = run(FULL_EVENT);
    const second = run(FULL_EVENT, snapshotOf(first.sheet));
    expect(second).toEqual(first);
  });

  it("keeps the text a planner edited, and lets untouched text follow the Event sheet", () => {
    const first = run(FULL_EVENT);
    const venueRow = linesOf(first.sheet).get("venue")!.row;
    const edited = edit(snapshotOf(first.sheet), venueRow, 1, "市行政中心3号楼6楼第一会议室（东侧电梯上楼）");
    const changed = withRow(withRow(FULL_EVENT, "会议地点", "市行政中心5号楼2楼报告厅"), "着装", "便装");
    const second = run(changed, edited);
    const lines = linesOf(second.sheet);
    expect(lines.get("venue")).toMatchObject({ text: "市行政中心3号楼6楼第一会议室（东侧电梯上楼）", copy: "市行政中心5号楼2楼报告厅" });
    expect(lines.get("dressCode")).toMatchObject({ text: "便装", copy: "便装" });
    // And the edit stays on every later run.
    expect(run(changed, snapshotOf(second.sheet))).toEqual(second);
  });

  it("no longer reports a placeholder the planner filled in on the notice itself", () => {
    const first = run(withRow(FULL_EVENT, "着装"));
    expect(first.missing).toEqual(["dressCode"]);
    const row = linesOf(first.sheet).get("dressCode")!.row;
    const second = run(withRow(FULL_EVENT, "着装"), edit(snapshotOf(first.sheet), row, 1, "深色正装"));
    expect(second.missing).toEqual([]);
    expect(second.findings).toEqual([]);
  });

  it("keeps rows the planner added, below the line they followed", () => {
    const first = run(FULL_EVENT);
    const snap = snapshotOf(first.sheet);
    const notesRow = linesOf(first.sheet).get("notes")!.row;
    const values = snap.values.map((r) => [...r]);
    values.splice(notesRow + 1, 0, ["九、其他", "请各单位于12月5日前报送发言材料。", "", ""]);
    values.push(["", "", "", ""], ["", "附件：参会回执", "", ""]);
    const second = run(withRow(FULL_EVENT, "着装", "便装"), { ...snap, values });
    const grid = second.sheet.values[0].values;
    const at = linesOf(second.sheet).get("notes")!.row;
    expect(grid[at + 1].slice(0, 2)).toEqual(["九、其他", "请各单位于12月5日前报送发言材料。"]);
    expect(grid[grid.length - 1].slice(0, 2)).toEqual(["", "附件：参会回执"]);
    expect(linesOf(second.sheet).get("dressCode")!.text).toBe("便装");
    expect(second.sheet.page!.printArea!.rows).toBe(grid.length - 1);
  });

  it("finds the previous rows by key even when the used range starts below row 1", () => {
    const first = run(FULL_EVENT);
    const snap = snapshotOf(first.sheet);
    const row = linesOf(first.sheet).get("notes")!.row;
    const shifted = { ...edit(snap, row, 1, "改过的注意事项"), top: 1, values: edit(snap, row, 1, "改过的注意事项").values.slice(1) };
    expect(linesOf(run(FULL_EVENT, shifted).sheet).get("notes")!.text).toBe("改过的注意事项");
  });

  it.each(["zh", "en"] as const)("drafts the generated %s sample's notice with nothing missing", (lang) => {
    const book = generateConference({ lang, attendees: 60, seed: 3 });
    const wb = workbook(Object.fromEntries(book.sheets.map((s) => [s.name, s.rows])));
    const { sheet, missing } = noticeSheet({ target: TARGET, lang, event: wb.event });
    expect(missing).toEqual([]);
    const duration = String(linesOf(sheet).get("duration")!.text);
    expect(duration).toContain(
      lang === "zh" ? "2026年12月10日（星期四）09:00 至 2026年12月11日（星期五）17:30" : "Thursday, 10 December 2026, 09:00 to Friday",
    );
    expect(String(linesOf(sheet).get("checkInTime")!.text)).toContain(
      lang === "zh" ? "（星期三）14:00" : "Wednesday, 9 December 2026, 14:00",
    );
  });
});
