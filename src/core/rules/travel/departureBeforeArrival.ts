import type { Finding } from "../../finding";
import { compareLocal, localDateTime } from "../../schema/normalize/calendar";
import type { DateTimeValue } from "../../schema/values";
import { cellOf, finding, personLabel } from "../cells";
import { isActive } from "../people";
import type { Rule } from "../types";
import { momentLabel } from "./dayLabels";

/** Departure strictly before arrival; on the same day a missing time cannot tell, so it passes. */
export function leavesBeforeArriving(arrival: DateTimeValue, departure: DateTimeValue): boolean {
  if (arrival.date !== departure.date) return compareLocal(departure.date, arrival.date) < 0;
  if (!arrival.time || !departure.time) return false;
  return compareLocal(localDateTime(departure.date, departure.time), localDateTime(arrival.date, arrival.time)) < 0;
}

/** A return journey dated before the arrival: usually the arrival day typed into the return column. */
export const departureBeforeArrival: Rule = {
  id: "travel.departure-before-arrival",
  family: "travel",
  severity: "error",
  title: { zh: "返程早于抵达", en: "Departure before arrival" },
  needs: [{ sheet: "roster", columns: ["arrival", "departure"] }],
  run({ wb }) {
    const out: Finding[] = [];
    for (const p of wb.roster.records) {
      const arrival = p.fields.arrival?.value;
      const departure = p.fields.departure?.value;
      if (!arrival || !departure || !isActive(p) || !leavesBeforeArriving(arrival, departure)) continue;
      const who = personLabel(p.fields.name?.value, p.fields.organisation?.value, p.row);
      const a = momentLabel(arrival);
      const d = momentLabel(departure);
      out.push(
        finding(
          departureBeforeArrival,
          wb.roster.sheet!,
          cellOf(wb.roster, p, "departure"),
          {
            zh: `${who.zh}的返程时间（${d.zh}）早于抵达时间（${a.zh}）。`,
            en: `${who.en} leaves (${d.en}) before arriving (${a.en}).`,
          },
          {
            zh: "核对返程日期和时间，常见的错误是把抵达当天的日期填进了返程。",
            en: "Check the departure date and time; often the arrival day was typed into it.",
          },
        ),
      );
    }
    return out;
  },
};
