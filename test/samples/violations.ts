import { a1 } from "../../src/core/cellAddress";
import type { CellValue } from "../../src/core/cellValue";
import { BADGE, enumLabel, PHASE, ROLE, RSVP_STATUS, TASK_STATUS, type EnumDef } from "../../src/core/schema/enums";
import { BUDGET, EVENT, HOTELS, ROSTER, TASKS } from "../../src/core/schema/sheets";
import type { GeneratedWorkbook, Lang } from "../../samples/generator";
import { fold, sheetOf, validMobile } from "./workbookProbe";

/**
 * An independent, simple-minded check of the workbook rules the planted mistakes break.
 * It returns "sheet!cell" for every broken rule, so a clean workbook gives nothing and a
 * planted one gives exactly the planted mistakes.
 */
export function violations(book: GeneratedWorkbook, lang: Lang, asOfSerial: number): string[] {
  const out: string[] = [];
  const label = (d: EnumDef<string>, c: string) => enumLabel(d, c, lang);
  const yes = lang === "zh" ? "是" : "Yes";

  const event = sheetOf(book, "event");
  EVENT.keys.forEach((k, i) => {
    if (event.rows[i + 1][0] !== k[lang]) out.push(`event!A${i + 2}`);
    if (event.rows[i + 1][1] === "") out.push(`event!B${i + 2}`);
  });

  const hotels = sheetOf(book, "hotels");
  const hotelCol = HOTELS.columns.findIndex((c) => c.key === "hotel");
  const hotelNames = new Set(hotels.rows.slice(1).map((r) => r[hotelCol]));

  const roster = sheetOf(book, "roster");
  const col = (key: string) => roster.rows[0].indexOf(ROSTER.columns.find((c) => c.key === key)![lang]);
  const [cName, cOrg, cRole, cVip, cStatus, cPhone, cBadge, cArr, cDep, cNeeds, cHotel, cMate, cTable] = [
    "name",
    "organisation",
    "role",
    "vip",
    "status",
    "phone",
    "badge",
    "arrival",
    "departure",
    "needsHotel",
    "hotel",
    "roommate",
    "table",
  ].map(col);
  const rows = roster.rows
    .map((r, i) => ({ r, excel: i + 1 }))
    .slice(1)
    .filter(({ r }) => r.some((v) => v !== ""));
  const byName = new Map<string, CellValue[]>();
  const seen = new Set<string>();
  const cell = (c: number, excel: number) => `roster!${a1(excel - 1, c)}`;
  for (const { r, excel } of rows) {
    const name = fold(r[cName]);
    byName.set(name, r);
    const who = `${name}|${fold(r[cOrg])}`;
    if (seen.has(who)) out.push(cell(cName, excel));
    seen.add(who);
    if (r[cVip] === yes && r[cStatus] === label(RSVP_STATUS, "pending")) out.push(cell(cStatus, excel));
    if (r[cNeeds] === yes && r[cHotel] === "") out.push(cell(cHotel, excel));
    if (r[cHotel] !== "" && !hotelNames.has(r[cHotel])) out.push(cell(cHotel, excel));
    const role = r[cRole];
    const badge = role === label(ROLE, "staff") ? "staff" : role === label(ROLE, "observer") ? "observer" : "attendance";
    if (r[cBadge] !== label(BADGE, badge)) out.push(cell(cBadge, excel));
    if (!validMobile(r[cPhone], lang)) out.push(cell(cPhone, excel));
    if (typeof r[cArr] === "number" && typeof r[cDep] === "number" && r[cDep] < r[cArr]) out.push(cell(cDep, excel));
    const gone = r[cStatus] === label(RSVP_STATUS, "cancelled") || r[cStatus] === label(RSVP_STATUS, "leave");
    if (gone && r[cTable] !== "") out.push(cell(cTable, excel));
  }
  for (const { r, excel } of rows) {
    const mate = fold(r[cMate]);
    if (mate && fold(byName.get(mate)?.[cMate] ?? "") !== fold(r[cName])) out.push(cell(cMate, excel));
  }

  const budget = sheetOf(book, "budget");
  const bcol = (key: string) => BUDGET.columns.findIndex((c) => c.key === key);
  budget.rows.slice(1).forEach((r, i) => {
    const actual = r[bcol("actual")];
    if (typeof actual === "number" && actual > Number(r[bcol("budget")])) out.push(`budget!${a1(i + 1, bcol("actual"))}`);
    if (typeof actual === "number" && actual > 0 && r[bcol("invoice")] === "") out.push(`budget!${a1(i + 1, bcol("invoice"))}`);
  });

  const tasks = sheetOf(book, "tasks");
  const tcol = (key: string) => TASKS.columns.findIndex((c) => c.key === key);
  tasks.rows.slice(1).forEach((r, i) => {
    if (r[tcol("owner")] === "") out.push(`tasks!${a1(i + 1, tcol("owner"))}`);
    const late = r[tcol("phase")] === label(PHASE, "pre") && Number(r[tcol("due")]) < asOfSerial;
    if (late && r[tcol("status")] !== label(TASK_STATUS, "done")) out.push(`tasks!${a1(i + 1, tcol("status"))}`);
  });
  return out.sort();
}
