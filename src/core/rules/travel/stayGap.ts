import type { Bilingual } from "../../i18n";
import type { Finding } from "../../finding";
import { cellOf, finding, personLabel } from "../cells";
import { isActive } from "../people";
import type { Rule } from "../types";
import { leavesBeforeArriving } from "./departureBeforeArrival";
import { dayLabel, daysLabel } from "./dayLabels";
import { daysOf, meetingDays } from "./stay";

/**
 * A hotel guest whose stay does not cover every meeting day: arriving after the first day or
 * leaving before the last. Arriving on the first morning and leaving on the last day are normal.
 */
export const stayGap: Rule = {
  id: "travel.stay-gap",
  family: "travel",
  severity: "warning",
  title: { zh: "行程未覆盖会期", en: "Stay does not cover the meeting" },
  needs: [{ sheet: "roster", columns: ["needsHotel", "arrival", "departure"] }],
  run({ wb }) {
    const meeting = meetingDays(wb.event);
    if (!meeting) return [];
    const days = daysOf(meeting);
    const out: Finding[] = [];
    for (const p of wb.roster.records) {
      if (p.fields.needsHotel?.value !== true || !isActive(p)) continue;
      const arrival = p.fields.arrival?.value;
      const departure = p.fields.departure?.value;
      // Reversed dates are one mistake, reported by travel.departure-before-arrival.
      if (arrival && departure && leavesBeforeArriving(arrival, departure)) continue;
      // ISO dates sort as text.
      const late = arrival !== undefined && arrival.date > meeting.first;
      const early = departure !== undefined && departure.date < meeting.last;
      if (!late && !early) continue;
      const missed = days.filter((d) => (late && d < arrival!.date) || (early && d > departure!.date));
      const parts: Bilingual[] = [];
      if (late) parts.push({ zh: `${dayLabel(arrival!.date).zh}才抵达`, en: `arrives on ${dayLabel(arrival!.date).en}` });
      if (early) parts.push({ zh: `${dayLabel(departure!.date).zh}即返程`, en: `leaves on ${dayLabel(departure!.date).en}` });
      const who = personLabel(p.fields.name?.value, p.fields.organisation?.value, p.row);
      const gone = daysLabel(missed);
      out.push(
        finding(
          stayGap,
          wb.roster.sheet!,
          cellOf(wb.roster, p, late ? "arrival" : "departure"),
          {
            zh: `${who.zh}${parts.map((x) => x.zh).join("、")}，会期中的${gone.zh}不在其行程内。`,
            en: `${who.en} ${parts.map((x) => x.en).join(" and ")}, so the meeting day${missed.length === 1 ? "" : "s"} ${gone.en} ${missed.length === 1 ? "is" : "are"} not covered.`,
          },
          {
            zh: "核对抵离日期；如确需缺席部分会期，请在备注中注明并按规定请假，同时核对住宿晚数。",
            en: "Check the dates; if they will miss part of the meeting, note it and record the absence, and check the hotel nights.",
          },
        ),
      );
    }
    return out;
  },
};
