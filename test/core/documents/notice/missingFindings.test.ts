import { missingElementFindings, signOffFindings } from "../../../../src/core/documents/notice/missingFindings";
import { FULL_EVENT, withRow } from "../../rules/notice/eventFixture";
import { eventOf } from "./noticeFixture";

describe("missingElementFindings", () => {
  it("points at the key cell of a row left empty, with a fix to fill it in", () => {
    const event = eventOf([["项目", "内容"], ...withRow(FULL_EVENT, "报到时间", "")]);
    const [f] = missingElementFindings(event, ["checkInTime"], "zh");
    expect(f).toMatchObject({ id: "notice.placeholder", severity: "warning", sheet: "会议信息", cell: "A7" });
    expect(f.fix!.zh).toBe("在“会议信息”表“报到时间”一行填写内容，然后重新生成会议通知。");
    expect(f.message.en).toBe('The notice\'s "Check-in" item is still a placeholder.');
  });

  it("points at A1 and says which row to add when the Event sheet has no row for it", () => {
    const event = eventOf(withRow(FULL_EVENT, "着装"));
    const [f] = missingElementFindings(event, ["dressCode"], "zh");
    expect(f.cell).toBe("A1");
    expect(f.fix).toEqual({
      zh: "在“会议信息”表添加“着装”一行并填写，然后重新生成会议通知。",
      en: 'Add a row "Dress code" to the "会议信息" sheet and fill it in, then regenerate the notice.',
    });
  });

  it("asks for the start when the dates are missing, and for the end once the start is there", () => {
    const noStart = eventOf(withRow(withRow(FULL_EVENT, "开始时间"), "结束时间"));
    expect(missingElementFindings(noStart, ["duration"], "zh")[0].fix!.zh).toContain("添加“开始时间”一行");
    const noEnd = eventOf(withRow(FULL_EVENT, "结束时间", ""));
    const [f] = missingElementFindings(noEnd, ["duration"], "zh");
    expect(f.cell).toBe("A5");
    expect(f.fix!.zh).toContain("“结束时间（或会期）”一行填写");
  });

  it("names the Event sheet in the workbook's language when there is none", () => {
    const event = eventOf([]);
    expect(missingElementFindings({ ...event, sheet: null }, ["name"], "en")[0]).toMatchObject({ sheet: "Event", cell: "A1" });
  });
});

describe("signOffFindings", () => {
  it("asks for the 发文单位 and 发文日期 rows at A1 when the Event sheet has none", () => {
    const findings = signOffFindings(eventOf(FULL_EVENT), ["organiser", "date"], "zh");
    expect(findings.map((f) => [f.id, f.severity, f.sheet, f.cell])).toEqual([
      ["notice.placeholder", "warning", "会议信息", "A1"],
      ["notice.placeholder", "warning", "会议信息", "A1"],
    ]);
    expect(findings.map((f) => f.message.zh)).toEqual([
      "会议通知落款的“发文单位”仍是待填写的占位文字。",
      "会议通知落款的“发文日期”仍是待填写的占位文字。",
    ]);
    expect(findings[0].fix!.zh).toBe("在“会议信息”表添加“发文单位”一行并填写，然后重新生成会议通知。");
    expect(findings[0].fix!.en).toBe('Add a row "Issued by" to the "会议信息" sheet and fill it in, then regenerate the notice.');
    expect(findings[1].message.en).toBe('The notice\'s sign-off still shows a placeholder for "Notice date".');
  });

  it("points at the row's own cell when the row is there but cannot be read, under any of its names", () => {
    const [f] = signOffFindings(eventOf([...FULL_EVENT, ["通知日期", "下周一"]]), ["date"], "zh");
    expect(f.cell).toBe("B13");
    expect(f.fix).toEqual({
      zh: "在“会议信息”表 B13 填写发文日期，然后重新生成会议通知。",
      en: 'Fill in B13 on the "会议信息" sheet, then regenerate the notice.',
    });
  });

  it("points at the empty cell beside a 发文单位 row left blank, not at A1", () => {
    const [f] = signOffFindings(eventOf([...FULL_EVENT, ["发文单位"]]), ["organiser"], "zh");
    expect(f.cell).toBe("B13");
    expect(f.fix!.zh).toBe("在“会议信息”表 B13 填写发文单位，然后重新生成会议通知。");
  });

  it("speaks of the English rows on an English workbook, and reports nothing when nothing is missing", () => {
    const event = eventOf([["Event name", "X"]], "en");
    const [f] = signOffFindings(event, ["organiser"], "en");
    expect(f).toMatchObject({ sheet: "Event", cell: "A1" });
    expect(f.fix!.en).toMatch(/^Add a row "Issued by" to the "Event" sheet/);
    expect(signOffFindings(event, [], "en")).toEqual([]);
  });
});
