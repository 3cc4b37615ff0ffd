import type { CellValue } from "../../../src/core/cellValue";
import { parseA1 } from "../../../src/core/cellAddress";
import { toHalfWidth } from "../../../src/core/schema/normalize/text";
import { ROSTER } from "../../../src/core/schema/sheets";
import { generateConference, PLANTED_MISTAKES, type GeneratedWorkbook, type Lang, type PlantedMistake } from "../../../samples/generator";
import { dateSerial, parseIsoDate } from "../../../samples/generator/excelDate";
import { byHeader, cellAt, sheetOf, validMobile } from "../workbookProbe";

type Check = (ctx: {
  book: GeneratedWorkbook;
  lang: Lang;
  m: PlantedMistake;
  value: CellValue;
  on: (header: { zh: string; en: string }) => CellValue;
}) => void;

const col = (key: string) => ROSTER.columns.find((c) => c.key === key)!;
const L = (zh: string, en: string) => ({ zh, en });

/** What each planted mistake looks like in the data. A new entry without a check fails the suite. */
const CHECKS: Record<string, Check> = {
  dressCodeMissing: ({ book, lang, m, value }) => {
    expect(value).toBe("");
    expect(cellAt(sheetOf(book, "event"), `A${m.row}`)).toBe(lang === "zh" ? "着装" : "Dress code");
  },
  extraColumn: ({ value, lang }) => expect(value).toBe(lang === "zh" ? "车牌号" : "Car plate"),
  vipPending: ({ value, lang, on }) => {
    expect(value).toBe(lang === "zh" ? "待确认" : "Pending");
    expect(on(col("vip"))).toBe(lang === "zh" ? "是" : "Yes");
  },
  ideographicSpace: ({ value, lang }) => expect(String(value)).toMatch(lang === "zh" ? /^\S\u3000\S+$/ : /^\S+ {2}\S+$/),
  needsHotelNoHotel: ({ value, lang, on }) => {
    expect(value).toBe("");
    expect(on(col("needsHotel"))).toBe(lang === "zh" ? "是" : "Yes");
  },
  unknownHotel: ({ book, value }) => {
    expect(value).not.toBe("");
    expect(sheetOf(book, "hotels").rows.map((r) => r[0])).not.toContain(value);
  },
  staffWithoutStaffBadge: ({ value, lang, on }) => {
    expect(on(col("role"))).toBe(lang === "zh" ? "工作人员" : "Staff");
    expect(value).toBe(lang === "zh" ? "出席证" : "Attendee badge");
  },
  duplicatePerson: ({ book, m, value, on, lang }) => {
    const roster = sheetOf(book, "roster");
    const original = roster.rows.findIndex((r, i) => i + 1 !== m.row && r[1] === value) + 1;
    expect(original).toBeGreaterThan(1);
    expect(byHeader(roster, col("organisation")[lang], original)).toBe(on(col("organisation")));
    expect(byHeader(roster, col("id")[lang], original)).not.toBe(on(col("id")));
  },
  invalidPhone: ({ value, lang }) => {
    expect(typeof value).toBe("string");
    expect(validMobile(value, lang)).toBe(false);
    expect(String(value).replace(/\D/g, "")).toHaveLength(10);
  },
  departureBeforeArrival: ({ value, on }) => expect(Number(value)).toBeLessThan(Number(on(col("arrival")))),
  cancelledWithTable: ({ value, lang, on }) => {
    expect(value).not.toBe("");
    expect(on(col("status"))).toBe(lang === "zh" ? "取消" : "Cancelled");
  },
  nonMutualRoommate: ({ book, m, value, lang }) => {
    const roster = sheetOf(book, "roster");
    expect(value).toBe(byHeader(roster, col("name")[lang], m.row + 1));
    expect(byHeader(roster, col("roommate")[lang], m.row + 1)).toBe("");
  },
  blankRow: ({ book, m }) => expect(sheetOf(book, "roster").rows[m.row - 1].every((v) => v === "")).toBe(true),
  fullWidthPhone: ({ value, lang }) => {
    expect(String(value)).toMatch(/[０-９]/);
    expect(validMobile(value, lang)).toBe(true);
  },
  dateAsText: ({ value, lang }) => expect(value).toBe(lang === "zh" ? "2026年12月9日 15:30" : "9 Dec 2026 15:30"),
  errorValue: ({ value }) => expect(value).toBe("#N/A"),
  trailingSpace: ({ value }) => expect(String(value)).toMatch(/\S $/),
  moneyAsText: ({ value, lang, on }) => {
    expect(value).toBe(lang === "zh" ? "¥12,000" : "£1,200");
    expect(on(L("预算金额", "Budget"))).toBe(Number(toHalfWidth(String(value)).replace(/[^\d.]/g, "")));
  },
  overBudget: ({ value, on }) => expect(Number(value)).toBeGreaterThan(Number(on(L("预算金额", "Budget")))),
  actualWithoutInvoice: ({ value, on, lang }) => {
    expect(value).toBe("");
    expect(Number(on(L("实际金额", "Actual")))).toBeGreaterThan(0);
    expect(on(L("付款状态", "Payment status"))).toBe(lang === "zh" ? "已付款" : "Paid");
  },
  overduePreMeetingTask: ({ value, lang, on }) => {
    expect(value).toBe(lang === "zh" ? "进行中" : "In progress");
    expect(on(L("阶段", "Phase"))).toBe(lang === "zh" ? "会前" : "Before");
    // Overdue as of the sample's reference date, four days before the meeting.
    expect(Number(on(L("截止时间", "Due")))).toBeLessThan(dateSerial(parseIsoDate("2026-12-10")) - 4);
  },
  taskWithoutOwner: ({ value, on }) => {
    expect(value).toBe("");
    expect(on(L("任务", "Task"))).not.toBe("");
  },
};

describe.each(["zh", "en"] as const)("planted mistakes (%s)", (lang) => {
  const book = generateConference({ lang, attendees: lang === "zh" ? 150 : 80, seed: 20261210, mistakes: true });

  it("has a check for every planted mistake and unique ids", () => {
    expect(PLANTED_MISTAKES.map((m) => m.id).sort()).toEqual(Object.keys(CHECKS).sort());
  });

  it.each(PLANTED_MISTAKES.map((m) => [m.id, m] as const))("%s is in the generated rows", (_id, m) => {
    const sheet = sheetOf(book, m.sheet);
    const first = m.cell.split(":")[0];
    expect(parseA1(first)!.row + 1).toBe(m.row);
    const on = (header: { zh: string; en: string }) => byHeader(sheet, header[lang], m.row);
    CHECKS[m.id]({ book, lang, m, value: cellAt(sheet, first), on });
  });

  it("covers the mistakes the rules must catch and the mess the parser must read", () => {
    const families = new Set(PLANTED_MISTAKES.map((m) => m.family));
    for (const f of [
      "event/notice",
      "roster/rsvp",
      "roster/accommodation",
      "roster/badges",
      "roster/duplicates",
      "roster/contact",
      "roster/travel",
      "roster/seating",
      "roster/rooms",
      "budget/lines",
      "tasks/schedule",
      "tasks/owners",
      "parse",
    ]) {
      expect(families).toContain(f);
    }
  });
});

describe("planted mistakes, absent", () => {
  it("are not in a workbook generated without mistakes", () => {
    const book = generateConference({ lang: "zh", attendees: 150, seed: 20261210 });
    const roster = sheetOf(book, "roster");
    expect(roster.rows[0]).not.toContain("车牌号");
    expect(roster.rows.slice(1).some((r) => r.every((v) => v === ""))).toBe(false);
    expect(roster.rows.flat()).not.toContain("#N/A");
    expect(cellAt(sheetOf(book, "event"), "B14")).not.toBe("");
  });
});
