import { enumLabels, type EnumDef } from "../../../src/core/schema/enums";
import { BUDGET, EVENT, HOTELS, ROSTER, TASKS } from "../../../src/core/schema/sheets";
import type { TableSheetDef } from "../../../src/core/schema/sheetDef";
import { generateConference, PLANTED_MISTAKES, type GeneratedWorkbook, type Lang } from "../../../samples/generator";
import { dateSerial, parseIsoDate } from "../../../samples/generator/excelDate";
import { byHeader, columnOf, sheetOf, validMobile } from "../workbookProbe";
import { violations } from "../violations";

const START = dateSerial(parseIsoDate("2026-12-10"));
/** Task statuses describe the state four days before the meeting. */
const AS_OF = START - 4;
const TABLES: Record<string, TableSheetDef> = { roster: ROSTER, budget: BUDGET, tasks: TASKS, hotels: HOTELS };

const cache = new Map<string, GeneratedWorkbook>();
function book(lang: Lang, attendees: number, seed: number, mistakes: boolean): GeneratedWorkbook {
  const key = `${lang}|${attendees}|${seed}|${mistakes}`;
  if (!cache.has(key)) cache.set(key, generateConference({ lang, attendees, seed, mistakes }));
  return cache.get(key)!;
}

const dataRows = (b: GeneratedWorkbook, key: "roster" | "budget" | "tasks" | "hotels") => sheetOf(b, key).rows.slice(1);

describe.each(["zh", "en"] as const)("generateConference (%s)", (lang) => {
  it("gives the same rows for the same seed and different rows for another seed", () => {
    const a = generateConference({ lang, attendees: 120, seed: 42, mistakes: true });
    const again = generateConference({ lang, attendees: 120, seed: 42, mistakes: true });
    const other = generateConference({ lang, attendees: 120, seed: 43, mistakes: true });
    expect(again).toEqual(a);
    expect(sheetOf(other, "roster").rows).not.toEqual(sheetOf(a, "roster").rows);
  });

  it("names the five sheets and their headers as the contract does", () => {
    const b = book(lang, 150, 1, true);
    expect(b.sheets.map((s) => s.name)).toEqual([EVENT, ROSTER, BUDGET, TASKS, HOTELS].map((d) => d[lang]));
    expect(
      sheetOf(b, "event")
        .rows.slice(1)
        .map((r) => r[0]),
    ).toEqual(EVENT.keys.map((k) => k[lang]));
    for (const [key, def] of Object.entries(TABLES)) {
      const headers = sheetOf(b, key as "roster").rows[0];
      // Optional columns (split names, party sizes) are for lists from elsewhere; the sample uses a whole-name column.
      const contract = def.columns.filter((c) => !c.optional).map((c) => c[lang]);
      // Every column of the contract is there; the only stranger is the planted extra column.
      expect(headers.filter((h) => contract.includes(String(h)))).toEqual(contract);
      const extra = headers.filter((h) => !contract.includes(String(h)));
      expect(extra).toEqual(key === "roster" ? [lang === "zh" ? "车牌号" : "Car plate"] : []);
    }
  });

  it("writes enum cells with the contract's labels", () => {
    const b = book(lang, 150, 1, true);
    for (const [key, def] of Object.entries(TABLES)) {
      const sheet = sheetOf(b, key as "roster");
      for (const c of def.columns.filter((x) => x.type === "enum")) {
        const allowed = enumLabels(c.enumDef as EnumDef<string>, lang);
        const col = columnOf(sheet, c[lang]);
        const values = new Set(
          sheet.rows
            .slice(1)
            .map((r) => r[col])
            .filter((v) => v !== ""),
        );
        expect(values.size).toBeGreaterThan(0);
        for (const v of values) expect(allowed).toContain(v);
      }
    }
    const yesNo = lang === "zh" ? ["是", "否", ""] : ["Yes", "No", ""];
    const roster = sheetOf(b, "roster");
    for (const c of ROSTER.columns.filter((x) => x.type === "boolean")) {
      for (const r of roster.rows.slice(1)) expect(yesNo).toContain(r[columnOf(roster, c[lang])]);
    }
  });

  it("keeps phones, IDs and identity numbers as text and dates as serial numbers", () => {
    const roster = sheetOf(book(lang, 150, 1, true), "roster");
    for (const key of ["id", "phone", "idNumber", "room", "table"]) {
      const col = columnOf(roster, ROSTER.columns.find((c) => c.key === key)![lang]);
      expect(roster.textColumns).toContain(col);
      for (const r of roster.rows.slice(1)) expect(typeof r[col]).toBe("string");
    }
    const arrival = columnOf(roster, ROSTER.columns.find((c) => c.key === "arrival")![lang]);
    expect(roster.dateColumns).toContain(arrival);
    const serials = roster.rows
      .slice(1)
      .map((r) => r[arrival])
      .filter((v) => typeof v === "number") as number[];
    expect(serials.length).toBeGreaterThan(20);
    for (const s of serials) expect(s).toBeGreaterThanOrEqual(START - 1);
    for (const s of serials) expect(s).toBeLessThan(START + 1);
  });

  it("has a clean workbook without mistakes: every check passes", () => {
    expect(violations(book(lang, 150, 1, false), lang, AS_OF)).toEqual([]);
    expect(violations(book(lang, 37, 5, false), lang, AS_OF)).toEqual([]);
  });

  it("breaks exactly the planted rules when mistakes are planted", () => {
    const planted = PLANTED_MISTAKES.filter((m) => m.kind === "mistake")
      .map((m) => `${m.sheet}!${m.cell}`)
      .sort();
    expect(violations(book(lang, 150, 1, true), lang, AS_OF)).toEqual(planted);
    expect(violations(book(lang, 80, 9, true), lang, AS_OF)).toEqual(planted);
  });

  it("keeps the budget consistent with the Event's total, with a 5–10 % contingency", () => {
    const b = book(lang, 150, 1, true);
    const total = sheetOf(b, "event").rows.find((r) => r[0] === EVENT.keys.find((k) => k.key === "totalBudget")![lang])![1];
    const budget = sheetOf(b, "budget");
    const amounts = budget.rows.slice(1).map((r) => r[columnOf(budget, BUDGET.columns[4][lang])] as number);
    expect(amounts.reduce((s, x) => s + x, 0)).toBe(total);
    const contingency = amounts[amounts.length - 1] / (total as number);
    expect(contingency).toBeGreaterThanOrEqual(0.05);
    expect(contingency).toBeLessThanOrEqual(0.1);
    const categories = budget.rows.slice(1).map((r) => r[0]);
    if (lang === "zh") {
      for (const c of [
        "会议厅费",
        "讲师食住行费",
        "讲课费",
        "工作人员费用",
        "广告制作费",
        "资料制作费",
        "水费",
        "不可预计费用",
        "餐饮",
        "住宿",
        "交通",
        "设备租赁",
      ]) {
        expect(categories).toContain(c);
      }
    }
  });

  it("casts a realistic roster: nine on the rostrum, about 10 % staff, about 5 % VIPs, hotels for travellers only", () => {
    const b = book(lang, 150, 1, false);
    const roster = sheetOf(b, "roster");
    const h = (key: string) => ROSTER.columns.find((c) => c.key === key)![lang];
    const rows = roster.rows.slice(1);
    const yes = lang === "zh" ? "是" : "Yes";
    const local = lang === "zh" ? "本市" : "Local";
    const count = (pred: (r: (typeof rows)[number]) => boolean) => rows.filter(pred).length;
    const at = (r: (typeof rows)[number], key: string) => r[columnOf(roster, h(key))];
    expect(count((r) => at(r, "dais") === yes)).toBe(9);
    expect(count((r) => at(r, "role") === (lang === "zh" ? "工作人员" : "Staff"))).toBe(15);
    expect(count((r) => at(r, "vip") === yes)).toBeGreaterThanOrEqual(7);
    expect(count((r) => at(r, "vip") === yes)).toBeLessThanOrEqual(12);
    for (const r of rows) {
      if (at(r, "origin") === local && at(r, "role") !== (lang === "zh" ? "工作人员" : "Staff")) expect(at(r, "needsHotel")).not.toBe(yes);
    }
    expect(count((r) => at(r, "needsHotel") === yes)).toBeGreaterThan(20);
    expect(count((r) => at(r, "roommate") !== "")).toBeGreaterThan(4);
    expect(count((r) => at(r, "party") !== "")).toBeGreaterThanOrEqual(2);
    expect(count((r) => at(r, "keepApart") !== "")).toBeGreaterThanOrEqual(2);
    expect(count((r) => at(r, "locked") === yes)).toBeGreaterThanOrEqual(3);
    expect(count((r) => at(r, "diet") !== "")).toBeGreaterThan(0);
    for (const r of rows) expect(validMobile(at(r, "phone"), lang)).toBe(true);
    const transports = rows.map((r) => String(at(r, "arrivalTransport"))).filter(Boolean);
    if (lang === "zh") {
      expect(transports.some((t) => /^G\d+$/.test(t))).toBe(true);
      expect(transports.some((t) => /^(CA|MU|CZ)\d{4}$/.test(t))).toBe(true);
    }
  });

  it("holds enough rooms in every block for the busiest night", () => {
    const b = book(lang, 600, 3, false);
    const roster = sheetOf(b, "roster");
    const h = (key: string) => columnOf(roster, ROSTER.columns.find((c) => c.key === key)![lang]);
    const hotels = sheetOf(b, "hotels");
    for (const block of hotels.rows.slice(1)) {
      const [hotel, type, rooms, beds] = block;
      const guests = roster.rows.slice(1).filter((r) => r[h("hotel")] === hotel && r[h("roomType")] === type);
      for (let night = START - 1; night <= START + 1; night++) {
        const staying = guests.filter((r) => Math.floor(Number(r[h("arrival")])) <= night && Math.floor(Number(r[h("departure")])) > night);
        expect(staying.length).toBeLessThanOrEqual(Number(rooms) * Number(beds));
      }
    }
  });

  it("lists about 35 tasks over the three phases with owners, due times and dependencies", () => {
    const tasks = sheetOf(book(lang, 150, 1, false), "tasks");
    const rows = tasks.rows.slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const phase = columnOf(tasks, TASKS.columns[1][lang]);
    expect(new Set(rows.map((r) => r[phase])).size).toBe(3);
    const ids = new Set(rows.map((r) => r[0]));
    const deps = rows.flatMap((r) =>
      String(r[columnOf(tasks, TASKS.columns[7][lang])])
        .split(/[、,]\s*/)
        .filter(Boolean),
    );
    expect(deps.length).toBeGreaterThan(10);
    for (const d of deps) expect(ids).toContain(d);
    if (lang === "zh") {
      const notice = rows.find((r) => r[2] === "印发会议通知")!;
      expect(notice[columnOf(tasks, "截止时间")]).toBeCloseTo(START - 7 + 17 / 24, 6);
      expect(rows.find((r) => r[2] === "设立签到台")![columnOf(tasks, "截止时间")]).toBeCloseTo(START - 1 + 13 / 24, 6);
    }
  });
});

describe("generateConference at scale", () => {
  it("gives 10,000 roster rows (plus the planted blank row) with the planted mistakes and nothing else broken", () => {
    const b = generateConference({ lang: "zh", attendees: 10_000, seed: 11, mistakes: true });
    const roster = dataRows(b, "roster");
    expect(roster.length).toBe(10_001);
    expect(roster.filter((r) => r.every((v) => v === "")).length).toBe(1);
    const planted = PLANTED_MISTAKES.filter((m) => m.kind === "mistake")
      .map((m) => `${m.sheet}!${m.cell}`)
      .sort();
    expect(violations(b, "zh", AS_OF)).toEqual(planted);
    // More hotels and groups for a bigger meeting.
    expect(new Set(dataRows(b, "hotels").map((r) => r[0])).size).toBeGreaterThan(2);
    expect(dataRows(b, "tasks").length).toBeGreaterThan(35);
  });

  it("gives exactly the requested rows without mistakes, down to tiny rosters", () => {
    for (const n of [1, 4, 12, 1000]) {
      const b = generateConference({ lang: "en", attendees: n, seed: 3 });
      expect(dataRows(b, "roster").length).toBe(n);
      expect(violations(b, "en", AS_OF)).toEqual([]);
    }
  });

  it("refuses to plant mistakes into a roster too small to hold them", () => {
    expect(() => generateConference({ lang: "zh", attendees: 50, seed: 1, mistakes: true })).toThrow(/at least 80/);
    expect(() => generateConference({ lang: "zh", attendees: 0, seed: 1 })).toThrow(RangeError);
  });

  it("moves every date with the start option", () => {
    const b = generateConference({ lang: "zh", attendees: 100, seed: 1, start: "2027-03-15" });
    const event = sheetOf(b, "event");
    expect(byHeader(event, "内容", 6)).toBe(dateSerial(parseIsoDate("2027-03-15")) + 9 / 24);
    expect(String(byHeader(event, "内容", 2))).toBe("2027年度工作会议");
  });
});
