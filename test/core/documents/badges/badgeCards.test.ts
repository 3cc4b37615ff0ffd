import { columnPoints, MM_PER_PT } from "../../../../src/core/plan/paperGeometry";
import type { CellValue } from "../../../../src/core/cellValue";
import { BADGE_COLOURS, badgeHolders, type BadgeHolder } from "../../../../src/core/documents/badges";
import { BADGE_CARDS_SHEET_NAME, badgeCardsSheet } from "../../../../src/core/documents/badges/badgeCards";
import type { Lang } from "../../../../src/core/i18n";
import type { FormatSpec, SheetWrite } from "../../../../src/core/plan/writePlan";
import { sheetLimitProblem } from "../../../../src/workbook/planLimits";
import { describeFitProblems, printFitProblems } from "../../../support/printFit";
import { workbook } from "../../rules/ruleHarness";
import { roster, TARGET } from "./badgeFixture";

const CARDS_TARGET = { ...TARGET, name: BADGE_CARDS_SHEET_NAME.zh };
const EVENT = "2026年全市发展和改革工作会议";
const LONG_NAME = "Alexandra Montgomery-Fitzwilliam";
const LONG_ORGANISATION = "International Centre for Sustainable Development and Regional Cooperation of the Asia-Pacific";

const holdersOf = (rows: CellValue[][], sheet = "参会人员"): BadgeHolder[] => badgeHolders(workbook({ [sheet]: rows }).roster.records);
const fixtureHolders = () => badgeHolders(roster().roster.records);
const zhRoster = (n: number): CellValue[][] => [
  ["姓名", "单位", "职务", "排序", "身份"],
  ...Array.from({ length: n }, (_, i): CellValue[] => [`甲${i + 1}`, `单位${i + 1}`, `职务${i + 1}`, i + 1, "出席"]),
];
const enRoster: CellValue[][] = [
  ["Name", "Organisation", "Title", "Role"],
  [LONG_NAME, LONG_ORGANISATION, "Deputy Director-General for Programme Planning and Evaluation", "Attendee"],
  ["Li Na", "City Development and Reform Commission", "Director", "Observer"],
  ["Tom Wu", "Conference Office", "Team Leader", "Staff"],
];

const cards = (holders: readonly BadgeHolder[], lang: Lang = "zh", eventName: string | undefined = EVENT) =>
  badgeCardsSheet({ target: CARDS_TARGET, lang, holders, eventName });

const grid = (s: SheetWrite) => s.values[0].values;
const cell = (s: SheetWrite, row: number, col: number) => grid(s)[row]?.[col] ?? "";
const covers = (f: FormatSpec, row: number, col: number) =>
  row >= f.range.row && row < f.range.row + f.range.rows && col >= f.range.col && col < f.range.col + f.range.cols;
const formatAt = (s: SheetWrite, row: number, col: number): Omit<FormatSpec, "range"> =>
  Object.assign({}, ...(s.formats ?? []).filter((f) => covers(f, row, col)));
/** Each card's coloured band: its top-left cell, in reading order (row, then left to right). */
const bands = (s: SheetWrite) =>
  (s.formats ?? [])
    .filter((f) => f.fill)
    .map((f) => ({ row: f.range.row, col: f.range.col, fill: f.fill, label: cell(s, f.range.row, f.range.col) }))
    .sort((a, b) => a.row - b.row || a.col - b.col);

// A column on paper as the widest host prints it (core/plan/paperGeometry).
const columnMm = (s: SheetWrite, col: number) => columnPoints(s.columnWidths!.find((w) => w.col === col)!.width) * MM_PER_PT;
const rowMm = (s: SheetWrite, row: number) => (s.rowHeights?.find((h) => h.row === row)?.height ?? 15) * MM_PER_PT;
const sumMm = (from: number, to: number, mm: (i: number) => number) =>
  Array.from({ length: to - from }, (_, i) => mm(from + i)).reduce((a, b) => a + b, 0);
/** The printed pages as [first row, end row) of the print area, split at the page breaks. */
function pages(s: SheetWrite): [number, number][] {
  const area = s.page!.printArea!;
  const starts = [area.row, ...(s.page!.breaksBefore ?? [])];
  return starts.map((start, i) => [start, starts[i + 1] ?? area.row + area.rows]);
}

function expectPrintsWhole(s: SheetWrite) {
  expect(describeFitProblems(printFitProblems(s))).toEqual([]);
  expect(sheetLimitProblem(s)).toBeUndefined();
}

describe("badgeCardsSheet", () => {
  it("prints 8 cards a page, 2 across and 4 down, in the list's order", () => {
    const holders = holdersOf(zhRoster(17));
    const s = cards(holders);
    const found = bands(s);
    expect(found.map((b) => cell(s, b.row + 2, b.col))).toEqual(holders.map((h) => h.person.fields.name!.value));
    expect(new Set(found.map((b) => b.col))).toEqual(new Set([0, 2]));
    expect(s.page!.breaksBefore).toHaveLength(2);
    const perPage = pages(s).map(([from, to]) => found.filter((b) => b.row >= from && b.row < to).length);
    expect(perPage).toEqual([8, 8, 1]);
    // Each page starts with a card row, not with a cutting gutter.
    for (const row of s.page!.breaksBefore!) expect(found.some((b) => b.row === row)).toBe(true);
  });

  it("colours each card's band in its badge type's colour, labelled with the type, in Chinese and English", () => {
    const zh = bands(cards(fixtureHolders(), "zh"));
    expect(zh.map((b) => b.label)).toEqual(["出席证", "出席证", "出席证", "出席证", "列席证", "列席证", "工作证"]);
    expect(zh.map((b) => b.fill)).toEqual([
      ...Array(4).fill(BADGE_COLOURS.attendance.fill),
      ...Array(2).fill(BADGE_COLOURS.observer.fill),
      BADGE_COLOURS.staff.fill,
    ]);
    const en = cards(holdersOf(enRoster, "Roster"), "en");
    expect(bands(en).map((b) => [b.label, b.fill])).toEqual([
      ["Attendee badge", BADGE_COLOURS.attendance.fill],
      ["Observer badge", BADGE_COLOURS.observer.fill],
      ["Staff badge", BADGE_COLOURS.staff.fill],
    ]);
    const first = bands(en)[0];
    expect(formatAt(en, first.row, first.col)).toMatchObject({ fontColor: "#FFFFFF", bold: true, horizontal: "center" });
  });

  it("shows on a card the meeting, the name large and bold, then organisation and title, inside a border", () => {
    const s = cards(fixtureHolders());
    const { row, col } = bands(s)[0];
    expect([0, 1, 2, 3].map((i) => cell(s, row + i, col))).toEqual(["出席证", EVENT, "李娜", "市发改委\n主任"]);
    expect(formatAt(s, row + 2, col)).toMatchObject({ bold: true, fontSize: 26, horizontal: "center" });
    expect(formatAt(s, row + 3, col)).toMatchObject({ wrap: true, horizontal: "center" });
    for (let i = 0; i < 4; i++) expect(formatAt(s, row + i, col).border).toBe(true);
    // The gutter beside it is left blank, to cut along.
    expect(formatAt(s, row, col + 1).border).toBeUndefined();
  });

  it("leaves the meeting's line out when there is no meeting name", () => {
    for (const eventName of [undefined, "  "]) {
      const s = badgeCardsSheet({ target: CARDS_TARGET, lang: "zh", holders: fixtureHolders(), eventName });
      const { row, col } = bands(s)[0];
      expect([0, 1, 2, 3].map((i) => cell(s, row + i, col))).toEqual(["出席证", "李娜", "市发改委\n主任", ""]);
      expect(sumMm(row, row + 3, (r) => rowMm(s, r))).toBeCloseTo(sumMm(row, row + 4, (r) => rowMm(cards(fixtureHolders()), r)));
      expectPrintsWhole(s);
    }
  });

  it("prints on portrait A4 at 100 % with 10 mm margins and no footer", () => {
    const s = cards(fixtureHolders());
    expect(s).toMatchObject({ name: "证件卡片", owner: "badges", mode: "replace" });
    expect(s.page).toMatchObject({
      paper: "A4",
      orientation: "portrait",
      fitToWidth: false,
      margins: { top: 10, bottom: 10, left: 10, right: 10, header: 5, footer: 5 },
    });
    expect(Object.values(s.page!.footer!).join("")).toBe("");
    expect(s.page!.printArea).toMatchObject({ col: 0, cols: 3 });
  });

  it("makes cards about 90 × 63 mm, two across and four down fitting inside the margins", () => {
    const s = cards(holdersOf(zhRoster(17)));
    const [card, gutter] = [columnMm(s, 0), columnMm(s, 1)];
    expect(card).toBeGreaterThan(88);
    expect(card).toBeLessThan(92);
    expect(gutter).toBeGreaterThan(4);
    expect(2 * card + gutter).toBeLessThanOrEqual(210 - 20);
    const { row } = bands(s)[0];
    const cardHeight = sumMm(row, row + 4, (r) => rowMm(s, r));
    expect(cardHeight).toBeGreaterThanOrEqual(60);
    expect(cardHeight).toBeLessThanOrEqual(65);
    for (const [from, to] of pages(s)) expect(sumMm(from, to, (r) => rowMm(s, r))).toBeLessThanOrEqual(297 - 20);
    // Every card is the same height, whatever its text.
    const heights = bands(s).map((b) => sumMm(b.row, b.row + 4, (r) => rowMm(s, r)));
    expect(new Set(heights.map((h) => h.toFixed(3))).size).toBe(1);
  });

  it("prints every name, organisation and title whole, in both languages, long ones included", () => {
    const zhRows: CellValue[][] = [
      ["姓名", "单位", "职务", "身份"],
      [
        "欧阳娜娜",
        "中国（北京）国际贸易促进委员会区域合作与发展研究中心暨长三角一体化示范区联络办公室",
        "副主任、党组成员、一级巡视员",
        "出席",
      ],
      ["李娜", "市发改委", "主任", "列席"],
    ];
    expectPrintsWhole(cards(holdersOf(zhRows), "zh"));
    expectPrintsWhole(cards(fixtureHolders(), "zh"));
    const en = cards(holdersOf(enRoster, "Roster"), "en", "Annual Work Conference of the City Development and Reform Commission 2026");
    expectPrintsWhole(en);
    const { row, col } = bands(en)[0];
    expect(cell(en, row + 2, col)).toBe(LONG_NAME);
    expect(formatAt(en, row + 2, col).fontSize).toBeLessThan(26);
    expect(String(cell(en, row + 3, col))).toContain(LONG_ORGANISATION);
  });

  it("says there is nobody to badge, and draws no cards, when the list is empty", () => {
    for (const [lang, text] of [
      ["zh", "名单中没有需要制作证件的人员。"],
      ["en", "Nobody on the roster needs a badge."],
    ] as const) {
      const s = cards([], lang);
      expect(grid(s)).toEqual([[text]]);
      expect(s.merges ?? []).toEqual([]);
      expect(bands(s)).toEqual([]);
      expectPrintsWhole(s);
    }
  });
});
