import type { Bilingual } from "../../i18n";
import type { Finding } from "../../finding";
import { compareLocal, localDateTime } from "../../schema/normalize/calendar";
import type { DateTimeValue } from "../../schema/values";
import { cellOf, finding, personLabel } from "../cells";
import { isActive, type Person } from "../people";
import type { Rule } from "../types";
import { momentLabel } from "./dayLabels";

/** After the opening: a later day, or the same day at a later time (a day without a time cannot tell). */
function arrivesAfter(arrival: DateTimeValue, start: DateTimeValue): boolean {
  if (arrival.date !== start.date) return compareLocal(arrival.date, start.date) > 0;
  if (!arrival.time || !start.time) return false;
  return compareLocal(localDateTime(arrival.date, arrival.time), localDateTime(start.date, start.time)) > 0;
}

/**
 * Rostrum members and VIPs have a printed seat and a reception at the opening, so their late
 * arrival is an error. Everyone else, speakers included, is a warning: a speaker's slot may well
 * come later in the programme, which the workbook does not record.
 */
function severityOf(p: Person): "error" | "warning" {
  return p.fields.dais?.value === true || p.fields.vip?.value === true ? "error" : "warning";
}

function fixFor(p: Person): Bilingual {
  if (p.fields.dais?.value === true)
    return {
      zh: "与本人或其秘书确认能否赶上开幕；如赶不上，调整主席台座次和桌签。",
      en: "Confirm with them (or their office) whether they can make the opening; if not, re-plan the rostrum seating and name cards.",
    };
  if (p.fields.vip?.value === true)
    return {
      zh: "与本人或其秘书确认行程，并安排专人接站、引导入场。",
      en: "Confirm the journey with them (or their office) and arrange for someone to meet them and show them in.",
    };
  if (p.fields.role?.value === "speaker")
    return {
      zh: "核对其发言安排在抵达之后；如冲突，调整议程或改订车次航班。",
      en: "Check that their slot comes after they arrive; if not, move the slot or change the booking.",
    };
  return {
    zh: "核对抵达时间；如确实迟到，告知会务组安排补签到和入场。",
    en: "Check the arrival time; if they will be late, tell the registration desk so they can sign in and be shown in.",
  };
}

/** Someone arriving after the meeting starts (the Event sheet's start date and time). */
export const lateArrival: Rule = {
  id: "travel.late-arrival",
  family: "travel",
  severity: "warning",
  title: { zh: "抵达晚于会议开始", en: "Arrives after the start" },
  needs: [{ sheet: "roster", columns: ["arrival"] }],
  run({ wb }) {
    const start = wb.event.fields.start?.value;
    if (!start) return [];
    const opening = momentLabel(start);
    const out: Finding[] = [];
    for (const p of wb.roster.records) {
      const arrival = p.fields.arrival?.value;
      if (!arrival || !isActive(p) || !arrivesAfter(arrival, start)) continue;
      const who = personLabel(p.fields.name?.value, p.fields.organisation?.value, p.row);
      const at = momentLabel(arrival);
      out.push(
        finding(
          lateArrival,
          wb.roster.sheet!,
          cellOf(wb.roster, p, "arrival"),
          {
            zh: `${who.zh}的抵达时间为${at.zh}，晚于会议开始时间（${opening.zh}）。`,
            en: `${who.en} arrives ${at.en}, after the meeting starts (${opening.en}).`,
          },
          fixFor(p),
          severityOf(p),
        ),
      );
    }
    return out;
  },
};
