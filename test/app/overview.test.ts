import { check, type CheckResult } from "../../src/app/check";
import {
  COUNTED_RULES,
  MAX_CELLS,
  overview,
  type OverviewCount,
  type OverviewCountKey,
  type OverviewSummary,
} from "../../src/app/overview";
import { summarize } from "../../src/app/summarizeWorkbook";
import { parseA1 } from "../../src/core/cellAddress";
import type { CellValue } from "../../src/core/cellValue";
import type { Finding } from "../../src/core/finding";
import { budgetReview } from "../../src/core/report/budgetReview";
import { T } from "../../src/core/report/budgetReview/labels";
import { ALL_RULES } from "../../src/core/rules/registry";
import { listedPeople } from "../../src/core/schema/roster/people";
import { localToSerial } from "../../src/core/schema/normalize/serial";
import { generateConference } from "../../samples/generator";
import { SAMPLE_FILES } from "../../samples/sampleFiles";
import { MemoryGateway } from "../fakes/memoryGateway";
import { rowOf } from "../core/report/budgetReview/support/readBack";

/** The day the samples describe: four days before their 2026-12-10 meeting. */
const TODAY = "2026-12-06";
const ORDER: OverviewCountKey[] = ["confirmed", "pending", "onLeave", "vipUnconfirmed", "hotelMissing", "tasksOverdue"];
const day = (date: string) => localToSerial(date);

/** A real check (read → parse → every rule, as the pane runs it), without writing, and the Overview of it. */
async function checked(
  sheets: Record<string, CellValue[][]>,
  today = TODAY,
): Promise<{ r: CheckResult; o: OverviewSummary; g: MemoryGateway }> {
  const g = new MemoryGateway(sheets);
  const r = await check(g, { today, dryRun: true });
  return { r, o: overview(r.parsed, r.findings, today), g };
}

/** The sample workbook the generator makes with the bundled options. */
function sample(lang: "zh" | "en"): Record<string, CellValue[][]> {
  const { options } = SAMPLE_FILES.find((s) => s.options.lang === lang)!;
  return Object.fromEntries(generateConference(options).sheets.map((s) => [s.name, s.rows]));
}

function count(o: OverviewSummary, key: OverviewCountKey): OverviewCount | undefined {
  return o.counts.find((c) => c.key === key);
}

function keys(o: OverviewSummary): OverviewCountKey[] {
  return o.counts.map((c) => c.key);
}

/** Top to bottom, then left to right: where a planner meets the cells. */
function sheetOrder(fs: readonly Finding[]): string[] {
  const pos = (f: Finding) => parseA1(f.cell.split(":")[0])!;
  return [...fs].sort((a, b) => pos(a).row - pos(b).row || pos(a).col - pos(b).col).map((f) => f.cell);
}

function event(rows: CellValue[][] = []): CellValue[][] {
  return [
    ["Setting", "Value"],
    ["Event name", "Spring Forum"],
    ["Start", day("2026-12-10")],
    ["End", day("2026-12-11")],
    ["Venue", "Riverside Conference Centre, Building 3, Level 6, Hall 1"],
    ...rows,
  ];
}

const ROSTER: CellValue[][] = [
  ["Name", "Organisation", "VIP", "Status", "Needs hotel", "Hotel"],
  ["Alice Chen", "Finance Bureau", "Yes", "Pending", "Yes", ""],
  ["Bob Li", "Planning Office", "No", "Confirmed", "Yes", "Riverside Hotel"],
  ["Carol Wu", "City Council", "Yes", "", "No", ""],
  ["Dan Ho", "Port Authority", "No", "On leave", "No", ""],
  ["Eve Ma", "Water Board", "No", "Cancelled", "Yes", ""],
  ["Fay Lo", "Water Board", "No", "Confirmed", "Yes", ""],
];

const TASKS: CellValue[][] = [
  ["ID", "Phase", "Task", "Owner", "Due", "Status"],
  ["T01", "Before", "Send the meeting notice", "Mia Wong", day("2026-12-01"), "Not started"],
  ["T02", "Before", "Print the badges", "Sam Lee", day("2026-12-20"), "Not started"],
  ["T03", "Before", "Book the hall", "Sam Lee", day("2026-11-20"), "Done"],
  ["T04", "Before", "Order the flowers", "Sam Lee", day("2026-12-03"), "Blocked"],
];

const BUDGET: CellValue[][] = [
  ["Category", "Item", "Budget", "Committed", "Actual"],
  ["Venue hire", "Main hall", 12000, 12000, 9000],
  ["Catering", "Working lunch", 9000, 9500, ""],
  ["", "Sundries", 500, "", 100],
  ["Venue hire", "Side room", 2000, "", ""],
  ["Contingency", "Reserve", 1500, "", ""],
];

function book(eventRows: CellValue[][] = []): Record<string, CellValue[][]> {
  return { Event: event(eventRows), Roster: ROSTER, Tasks: TASKS, Budget: BUDGET };
}

describe("the Overview", () => {
  it("counts replies as the pane's summary does, and the rules' counts as their findings in the Check list", async () => {
    const { r, o } = await checked(book());
    expect(keys(o)).toEqual(ORDER);
    const value = (k: OverviewCountKey) => count(o, k)!.value;
    // Alice pending, Carol blank (pending), Bob and Fay confirmed, Dan on leave; Eve cancelled is not listed.
    expect([value("confirmed"), value("pending"), value("onLeave")]).toEqual([2, 2, 1]);
    // Each person's own status cell, a blank one included; the link selects the whole status column.
    expect(count(o, "pending")!.cells.map((c) => c.cell)).toEqual(["D2", "D4"]);
    expect(count(o, "pending")!.link).toEqual({ sheet: "Roster", cell: "D2:D7" });
    const attendees = summarize(r.parsed).attendees;
    expect([value("confirmed"), value("pending")]).toEqual([attendees.confirmed, attendees.pending]);
    for (const { key, rule } of COUNTED_RULES) expect(value(key)).toBe(r.findings.filter((f) => f.id === rule.id).length);
    // Alice and Carol (VIPs, not confirmed); Alice and Fay (no hotel); T01 and T04 (blocked is late too).
    expect([value("vipUnconfirmed"), value("hotelMissing"), value("tasksOverdue")]).toEqual([2, 2, 2]);
    expect(count(o, "tasksOverdue")!.cells).toEqual([
      { sheet: "Tasks", cell: "F2" },
      { sheet: "Tasks", cell: "F5" },
    ]);
  });

  it("takes its rule counts from the registry's rules, by their ids", () => {
    const ids = COUNTED_RULES.map((c) => c.rule.id);
    expect(ids).toEqual(["roster.vip-unconfirmed", "travel.missing-hotel", "tasks.overdue"]);
    for (const id of ids) expect(ALL_RULES.map((rule) => rule.id)).toContain(id);
  });

  it("leaves out the count of a rule switched off on the Event sheet, and keeps the others", async () => {
    const { r, o } = await checked(book([["Rules switched off", "roster.vip-unconfirmed, tasks.overdue"]]));
    expect(r.findings.some((f) => f.id === "roster.vip-unconfirmed" || f.id === "tasks.overdue")).toBe(false);
    expect(keys(o)).toEqual(["confirmed", "pending", "onLeave", "hotelMissing"]);
  });

  it("has no reply counts without a roster status column, and none of the rules that need the missing columns", async () => {
    const roster = ROSTER.map((row) => [row[0], row[1], row[2]]);
    const { o } = await checked({ Event: event(), Roster: roster, Tasks: TASKS });
    // No status: no replies, and the VIP rule cannot run; no hotel columns: no hotel count.
    expect(keys(o)).toEqual(["tasksOverdue"]);
  });

  it("has no task count without a Tasks sheet, nor one whose status column is missing", async () => {
    expect(keys((await checked({ Event: event(), Roster: ROSTER })).o)).not.toContain("tasksOverdue");
    const tasks = TASKS.map((row) => row.slice(0, 5));
    expect(keys((await checked({ Event: event(), Roster: ROSTER, Tasks: tasks })).o)).not.toContain("tasksOverdue");
  });

  it("counts 0 for a rule that ran and found nothing, with no link", async () => {
    const tasks = TASKS.map((row, i) => (i === 0 ? row : [...row.slice(0, 5), "Done"]));
    const c = count((await checked({ Event: event(), Roster: ROSTER, Tasks: tasks })).o, "tasksOverdue");
    expect(c).toEqual({ key: "tasksOverdue", value: 0, cells: [] });
  });

  it("links each count to a real cell of the right sheet: the first finding's, or the status column for the replies", async () => {
    const { r, o, g } = await checked(sample("zh"));
    const sheetOf: Record<string, string | null> = {
      vipUnconfirmed: r.parsed.roster.sheet,
      hotelMissing: r.parsed.roster.sheet,
      tasksOverdue: r.parsed.tasks.sheet,
    };
    for (const { key, rule } of COUNTED_RULES) {
      const c = count(o, key)!;
      const own = r.findings.filter((f) => f.id === rule.id);
      expect(c.value).toBe(own.length);
      expect(c.value).toBeGreaterThan(0); // the samples plant one of each
      expect(c.link).toEqual({ sheet: sheetOf[key], cell: sheetOrder(own)[0] });
      expect(c.cells.map((x) => x.cell)).toEqual(sheetOrder(own).slice(0, MAX_CELLS));
      const at = parseA1(c.link!.cell)!;
      const rows = g.sheets.get(c.link!.sheet)!;
      expect(at.row).toBeLessThan(rows.length);
      expect(at.col).toBeLessThan(rows[0].length);
    }
    const status = r.parsed.roster.columns.get("status")!.col;
    const letter = String.fromCharCode(65 + status);
    for (const key of ["confirmed", "pending", "onLeave"] as const) {
      const c = count(o, key)!;
      expect(c.link).toEqual({ sheet: "参会人员", cell: `${letter}2:${letter}${g.sheets.get("参会人员")!.length}` });
      expect(c.cells.length).toBe(Math.min(c.value, MAX_CELLS));
      const rows = c.cells.map((x) => parseA1(x.cell)!);
      expect(rows.every((p) => p.col === status)).toBe(true);
      expect(rows.map((p) => p.row)).toEqual([...rows.map((p) => p.row)].sort((a, b) => a - b));
    }
    // Each confirmed cell does say confirmed.
    const confirmedWords = new Set(["已确认", "确认", "参加", "参会"]);
    for (const x of count(o, "confirmed")!.cells) {
      const at = parseA1(x.cell)!;
      expect(confirmedWords).toContain(String(g.sheets.get("参会人员")![at.row][at.col]).trim());
    }
  });

  it("counts the days to go before, on and after the start, and knows when the meeting is on", async () => {
    const facts = async (today: string) => (await checked(book(), today)).o.event;
    expect(await facts("2026-12-06")).toMatchObject({ daysToGo: 4, underway: false });
    expect(await facts("2026-12-10")).toMatchObject({ daysToGo: 0, underway: true });
    expect(await facts("2026-12-11")).toMatchObject({ daysToGo: -1, underway: true });
    expect(await facts("2026-12-12")).toMatchObject({ daysToGo: -2, underway: false });
    expect(await facts("2026-12-06")).toEqual({
      name: "Spring Forum",
      start: "2026-12-10",
      end: "2026-12-11",
      venue: "Riverside Conference Centre, Building 3, Level 6, Hall 1",
      daysToGo: 4,
      underway: false,
      link: { sheet: "Event", cell: "B2" },
    });
  });

  it("takes a meeting without an end as the start day alone, as the travel rules do", async () => {
    const oneDay = { ...book(), Event: event().filter((row) => row[0] !== "End") };
    const on = async (today: string) => (await checked(oneDay, today)).o.event;
    expect(await on("2026-12-10")).toMatchObject({ daysToGo: 0, underway: true });
    expect(await on("2026-12-11")).toMatchObject({ daysToGo: -1, underway: false });
    expect((await on("2026-12-10")).end).toBeUndefined();
  });

  it("has no days to go without a start date, and links the Event sheet's first key without a name", async () => {
    const rows = [
      ["Setting", "Value"],
      ["Venue", "Hall 1"],
      ["Total budget", 50000],
    ];
    const { o } = await checked({ Event: rows, Roster: ROSTER });
    expect(o.event).toEqual({ venue: "Hall 1", underway: false, link: { sheet: "Event", cell: "A2" } });
  });

  it("gives the budget by category and in total as the Budget Review computes it", async () => {
    const { r, o } = await checked(book([["Currency", "GBP"]]));
    expect(o.budget).toEqual({
      planned: 25000,
      used: 12000 + 9500 + 100,
      currency: "GBP",
      categories: [
        { name: "Venue hire", planned: 14000, used: 12000, link: { sheet: "Budget", cell: "A2" } },
        { name: "Catering", planned: 9000, used: 9500, link: { sheet: "Budget", cell: "A3" } },
        { name: "Contingency", planned: 1500, used: 0, link: { sheet: "Budget", cell: "A6" } },
        { name: T.uncategorised.en, uncategorised: true, planned: 500, used: 100, link: { sheet: "Budget", cell: "A4" } },
      ],
      link: { sheet: "Budget", cell: "A1:E1" },
    });
    expect(reviewTotals(r)).toEqual({ planned: o.budget!.planned, used: o.budget!.used });
  });

  it.each(["zh", "en"] as const)("matches the Budget Review's totals and categories on the %s sample", async (lang) => {
    const { r, o } = await checked(sample(lang));
    const totals = reviewTotals(r);
    expect(totals.planned).toBeGreaterThan(0);
    expect({ planned: o.budget!.planned, used: o.budget!.used }).toEqual(totals);
    const sum = (pick: (c: { planned: number; used: number }) => number) => o.budget!.categories.reduce((s, c) => s + pick(c), 0);
    expect(sum((c) => c.planned)).toBe(o.budget!.planned);
    expect(sum((c) => c.used)).toBe(o.budget!.used);
    expect(o.budget!.currency).toBe(r.parsed.event.fields.currency?.value);
  });

  it("links the budget to its own total row when the sheet has one", async () => {
    const withTotal = [...BUDGET, ["Total", "", 25000, 21500, 9100]];
    const { o } = await checked({ ...book(), Budget: withTotal });
    expect(o.budget!.link).toEqual({ sheet: "Budget", cell: "C7" });
    expect(o.budget!.planned).toBe(25000); // the total row is not a line
  });

  it("lists at most five next steps, errors before warnings and no infos", async () => {
    const { r, o } = await checked(sample("zh"));
    expect(o.nextSteps).toHaveLength(5);
    const errors = r.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThanOrEqual(5);
    expect(o.nextSteps.every((f) => f.severity === "error")).toBe(true);

    const { r: smallRun, o: smallOverview } = await checked(book());
    const small = smallOverview.nextSteps;
    // The first actionable lines of the Issues sheet.
    expect(small).toEqual(smallRun.findings.filter((f) => f.severity !== "info").slice(0, 5));
    expect(small.length).toBeLessThanOrEqual(5);
    const severities = small.map((f) => f.severity);
    expect(severities).not.toContain("info");
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === "error" ? -1 : 1)));
    expect(severities[0]).toBe("error");
    for (const f of small) expect(f.message.en.length).toBeGreaterThan(0);
  });

  it("gives a sensible summary of a workbook with nothing but an Event sheet", async () => {
    const { o } = await checked({ Event: event() });
    expect(o.event).toMatchObject({ name: "Spring Forum", start: "2026-12-10", daysToGo: 4, underway: false });
    expect(o.counts).toEqual([]);
    expect(o.budget).toBeUndefined();
    expect(o.confirmations).toBeUndefined();
    // What to do next: the roster is missing.
    expect(o.nextSteps[0]).toMatchObject({ id: "parse.sheet-missing", severity: "error" });
  });

  it("does not throw on an empty workbook", async () => {
    const { o } = await checked({});
    expect(o.event).toEqual({ underway: false });
    expect(o.counts).toEqual([]);
  });

  it.each(["zh", "en"] as const)("is consistent on the %s sample workbook", async (lang) => {
    const { r, o } = await checked(sample(lang));
    expect(keys(o)).toEqual(ORDER);
    const value = (k: OverviewCountKey) => count(o, k)!.value;
    const listed = listedPeople(r.parsed).length;
    expect(value("confirmed") + value("pending") + value("onLeave")).toBeLessThanOrEqual(listed);
    expect(value("confirmed")).toBe(r.summary.attendees.confirmed);
    expect(value("pending")).toBe(r.summary.attendees.pending);
    expect(value("vipUnconfirmed")).toBeLessThanOrEqual(value("pending"));
    for (const c of o.counts) {
      expect(c.cells.length).toBeLessThanOrEqual(Math.min(c.value, MAX_CELLS));
      expect(c.link === undefined).toBe(c.value === 0);
      if (c.link) expect([r.parsed.roster.sheet, r.parsed.tasks.sheet]).toContain(c.link.sheet);
    }
    expect(o.event.name).toBe(r.parsed.event.fields.name!.value);
    expect(o.event).toMatchObject({ start: "2026-12-10", daysToGo: 4, underway: false });
    expect(o.event.link!.sheet).toBe(r.parsed.event.sheet);
    expect(o.nextSteps.length).toBeLessThanOrEqual(5);
    // The roster has no reply dates, so there is no curve of confirmations to draw.
    expect(o.confirmations).toBeUndefined();
  });
});

/** The Budget Review's totals row, as its formulas compute it, for the workbook a check read. */
function reviewTotals(r: CheckResult): { planned: number | ""; used: number | "" } {
  const { parsed } = r;
  const review = budgetReview({
    target: { name: "Budget Review", mode: "replace", owner: "budgetReview", exists: false, marker: "none" },
    lang: parsed.lang,
    budget: parsed.budget,
    event: parsed.event,
    attendees: r.summary.attendees.confirmed,
    meetingDays: 2,
    findings: r.findings.filter((f) => f.sheet === parsed.budget.sheet),
  });
  const row = rowOf(review.sheet, T.total[parsed.lang]) - 1;
  const at = (col: number) => review.results.find((x) => x.row === row && x.col === col)!.result;
  return { planned: at(1), used: at(4) };
}
