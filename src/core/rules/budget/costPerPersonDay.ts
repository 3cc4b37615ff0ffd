import { headerIndex, matchHeader } from "../../schema/headerMatch";
import { daysBetween } from "../../schema/normalize/dates";
import type { ParsedWorkbook } from "../../schema/parseWorkbook";
import { eventCell, finding } from "../cells";
import { SETTING_DEFS } from "../settings";
import type { Rule } from "../types";
import { budgetLines, moneyPrefix, outturn } from "./budgetLines";
import { formatMoney, toCents } from "./money";
import { headcount } from "./headcount";

/** Meeting days: start to end inclusive; without an end, the 会期 text ("2天", "3 days"); else one day. */
function meetingDays(wb: ParsedWorkbook): number | undefined {
  const ev = wb.event.fields;
  const start = ev.start?.value.date;
  if (!start) return undefined;
  const end = ev.end?.value.date;
  const span = end ? daysBetween(start, end) + 1 : NaN;
  if (span >= 1) return span;
  const typed = /(\d+)\s*(?:天|日|days?\b)/i.exec(ev.duration?.value ?? "");
  return typed && Number(typed[1]) > 0 ? Number(typed[1]) : 1;
}

/** The Event row holding the cap, so the finding lands next to the threshold it is measured against. */
function capCell(wb: ParsedWorkbook): string {
  const idx = headerIndex(SETTING_DEFS);
  for (const [label, cell] of Object.entries(wb.event.extras)) if (matchHeader(idx, label) === "costPerPersonDayCap") return cell.address;
  return eventCell(wb.event, "totalBudget");
}

/**
 * The out-turn (see `outturn`) per confirmed person per meeting day, against the Event's cap.
 * Staff count as people: their meals and rooms are in the total, as in the official 人天 norms.
 */
export const costPerPersonDay: Rule = {
  id: "budget.cost-per-person-day",
  family: "budget",
  severity: "warning",
  title: { zh: "人均每天费用超标", en: "Cost per person per day above the cap" },
  needs: [
    { sheet: "budget", columns: ["budget"] },
    { sheet: "roster", columns: ["status"] },
    { sheet: "event", columns: [] },
  ],
  run({ wb, settings }) {
    const cap = settings.costPerPersonDayCap;
    if (cap === undefined) return [];
    const days = meetingDays(wb);
    const hc = headcount(wb.roster);
    const people = hc.attendees.confirmed.length + hc.staff.confirmed.length;
    if (!days || people === 0) return [];
    const cost = outturn(budgetLines(wb.budget));
    const perDay = Math.round(cost / (people * days));
    const capCents = toCents(cap);
    if (perDay <= capCents) return [];
    const money = (c: number) => formatMoney(c, moneyPrefix(wb));
    return [
      finding(
        costPerPersonDay,
        wb.event.sheet!,
        capCell(wb),
        {
          zh: `会议费用预计 ${money(cost)}，按已确认 ${people} 人、会期 ${days} 天计，人均每天 ${money(perDay)}，超过上限 ${money(capCents)}。`,
          en: `The meeting will cost ${money(cost)}: over ${people} confirmed ${people === 1 ? "person" : "people"} and ${days} day${days === 1 ? "" : "s"} that is ${money(perDay)} per person per day, above the cap of ${money(capCents)}.`,
        },
        {
          zh: "压减住宿、餐饮等标准或会期，或报批调整上限。",
          en: "Lower the hotel and catering rates or shorten the meeting, or have the cap revised.",
        },
      ),
    ];
  },
};
