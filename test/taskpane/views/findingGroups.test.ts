import type { Severity } from "../../../src/core/finding";
import { paneStrings } from "../../../src/taskpane/strings";
import { familyOf, groupFindings, matchesFilter, type FindingFilter } from "../../../src/taskpane/views/findingGroups";
import { FINDINGS, RULES, ROSTER, finding } from "../paneFixtures";

const ALL: FindingFilter = { severities: new Set(), family: "", sheet: "", text: "" };
const filter = (over: Partial<FindingFilter>): FindingFilter => ({ ...ALL, ...over });
const cells = (f: FindingFilter, lang: "zh" | "en" = "en") => FINDINGS.filter((x) => matchesFilter(x, f, lang)).map((x) => x.cell);

describe("familyOf", () => {
  test("a rule's family comes from its id", () => {
    expect(FINDINGS.map(familyOf)).toEqual(["roster", "roster", "budget", "other", "roster", "tasks", "other", "other"]);
    for (const family of ["roster", "travel", "budget", "tasks", "notice", "hygiene"])
      expect(familyOf(finding(`${family}.x`, "info", "S", "A1", { zh: "", en: "" }))).toBe(family);
  });

  test("what reading and the settings report, or any id it does not know, is “other”", () => {
    for (const id of ["parse.date", "settings.invalid", "rules.failed", "minutes.due-invalid", "rosterish.x"])
      expect(familyOf(finding(id, "info", "S", "A1", { zh: "", en: "" }))).toBe("other");
  });
});

describe("matchesFilter", () => {
  test("no filter: everything", () => {
    expect(cells(ALL)).toHaveLength(FINDINGS.length);
  });

  test("by severity: any of those ticked", () => {
    expect(cells(filter({ severities: new Set<Severity>(["error"]) }))).toEqual(["D5", "D9", "D12", "H3"]);
    expect(cells(filter({ severities: new Set<Severity>(["warning", "info"]) }))).toEqual(["F7", "E4", "B2:C2", "B30"]);
  });

  test("by family and by sheet, together with the rest", () => {
    expect(cells(filter({ family: "roster" }))).toEqual(["D5", "D9", "F7"]);
    expect(cells(filter({ family: "other" }))).toEqual(["H3", "B2:C2", "B30"]);
    expect(cells(filter({ sheet: "Tasks" }))).toEqual(["E4"]);
    expect(cells(filter({ sheet: ROSTER, family: "other" }))).toEqual(["H3", "B2:C2"]);
    expect(cells(filter({ sheet: ROSTER, severities: new Set<Severity>(["warning"]) }))).toEqual(["F7", "B2:C2"]);
  });

  test("the text is looked for in the message in the pane's language, case and surrounding spaces aside", () => {
    expect(cells(filter({ text: "  li na " }))).toEqual(["D9"]);
    expect(cells(filter({ text: "OVERDUE" }))).toEqual(["E4"]);
    expect(cells(filter({ text: "逾期" }), "zh")).toEqual(["E4"]);
    expect(cells(filter({ text: "逾期" }), "en")).toEqual([]);
    expect(cells(filter({ text: "overdue" }), "zh")).toEqual([]);
  });

  test("…in the fix it suggests", () => {
    expect(cells(filter({ text: "11-digit" }))).toEqual(["F7"]);
    expect(cells(filter({ text: "11 位" }), "zh")).toEqual(["F7"]);
  });

  test("…and in the cell, as the pane shows it (the sheet quoted when it must be) or as typed", () => {
    expect(cells(filter({ text: "d9" }))).toEqual(["D9"]);
    expect(cells(filter({ text: "Tasks!E4" }))).toEqual(["E4"]);
    expect(cells(filter({ text: "Roster 2026!F7" }))).toEqual(["F7"]);
    expect(cells(filter({ text: "'Roster 2026'!F7" }))).toEqual(["F7"]);
    expect(cells(filter({ text: "B2:C2" }))).toEqual(["B2:C2"]);
  });
});

describe("groupFindings", () => {
  const en = paneStrings("en");
  const zh = paneStrings("zh");

  test("one group per rule under its title, what reading and the settings report together; errors first, then the larger", () => {
    const groups = groupFindings(FINDINGS, RULES, "en", en);
    expect(groups.map((g) => [g.title, g.findings.length])).toEqual([
      ["Reading and settings", 3],
      ["VIP or rostrum member unconfirmed", 2],
      ["Costs above the approved total", 1],
      ["Invalid phone number", 1],
      ["Task overdue", 1],
    ]);
    expect(groups.map((g) => g.key)).toEqual([
      "other",
      "roster.vip-unconfirmed",
      "budget.total-over",
      "roster.invalid-phone",
      "tasks.overdue",
    ]);
    // Within a group, the findings keep their order.
    expect(groups[0].findings.map((f) => f.id)).toEqual(["parse.date", "parse.enum", "settings.unknown-rule"]);
  });

  test("titles in the pane's language", () => {
    const groups = groupFindings(FINDINGS, RULES, "zh", zh);
    expect(Object.fromEntries(groups.map((g) => [g.key, g.title]))).toEqual({
      other: "读取与设置",
      "roster.vip-unconfirmed": "VIP或主席台成员未确认",
      "budget.total-over": "费用超出预算总额",
      "roster.invalid-phone": "电话号码无效",
      "tasks.overdue": "任务逾期未完成",
    });
    expect(groups.slice(0, 3).map((g) => g.key)).toEqual(["other", "roster.vip-unconfirmed", "budget.total-over"]);
  });

  test("a finding of a rule the pane does not know goes with the others; no findings, no groups", () => {
    const stray = finding("minutes.due-invalid", "warning", "Minutes", "D29", { zh: "", en: "" });
    const groups = groupFindings([stray, FINDINGS[5]], RULES, "en", en);
    expect(groups.map((g) => [g.title, g.findings.length])).toEqual([
      ["Reading and settings", 1],
      ["Task overdue", 1],
    ]);
    expect(groupFindings([], RULES, "en", en)).toEqual([]);
  });

  test("a warning-only group with more findings comes before a smaller one; an error group before both", () => {
    const w = (id: string, cell: string) => finding(id, "warning", "Tasks", cell, { zh: "", en: "" });
    const groups = groupFindings(
      [w("tasks.overdue", "E4"), w("roster.invalid-phone", "F7"), w("roster.invalid-phone", "F8"), FINDINGS[2]],
      RULES,
      "en",
      en,
    );
    expect(groups.map((g) => g.title)).toEqual(["Costs above the approved total", "Invalid phone number", "Task overdue"]);
  });
});
