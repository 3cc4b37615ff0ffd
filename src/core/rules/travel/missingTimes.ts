import type { Finding } from "../../finding";
import { cellOf, finding, personLabel } from "../cells";
import { isActive } from "../people";
import type { Rule } from "../types";
import { outOfTown } from "./outOfTown";

/**
 * Someone from out of town without an arrival or return time: nobody can meet them at the
 * station or plan their nights. A warning once they have confirmed; before that, a note.
 */
export const missingTimes: Rule = {
  id: "travel.missing-times",
  family: "travel",
  severity: "warning",
  title: { zh: "外地人员未填抵离时间", en: "Traveller without arrival or return times" },
  needs: [{ sheet: "roster", columns: ["arrival", "departure"] }],
  run({ wb }) {
    const travels = outOfTown(wb.event.fields.venue?.value);
    // A cell that could not be read is already reported by the parser, not missing.
    const unreadable = new Set(wb.roster.findings.map((f) => f.cell));
    const out: Finding[] = [];
    for (const p of wb.roster.records) {
      if ((p.fields.arrival && p.fields.departure) || !isActive(p)) continue;
      const why = travels(p);
      if (!why) continue;
      const arrivalCell = cellOf(wb.roster, p, "arrival");
      const departureCell = cellOf(wb.roster, p, "departure");
      const noArrival = !p.fields.arrival && !unreadable.has(arrivalCell);
      const noDeparture = !p.fields.departure && !unreadable.has(departureCell);
      if (!noArrival && !noDeparture) continue;
      const who = personLabel(p.fields.name?.value, p.fields.organisation?.value, p.row);
      const origin = p.fields.origin?.value;
      const coming =
        why === "origin"
          ? { zh: `${who.zh}从${origin}来参会`, en: `${who.en} travels from ${origin}` }
          : { zh: `${who.zh}需要住宿`, en: `${who.en} needs a hotel` };
      const what =
        noArrival && noDeparture
          ? { zh: "抵达和返程时间", en: "arrival or return time" }
          : noArrival
            ? { zh: "抵达时间", en: "arrival time" }
            : { zh: "返程时间", en: "return time" };
      out.push(
        finding(
          missingTimes,
          wb.roster.sheet!,
          noArrival ? arrivalCell : departureCell,
          { zh: `${coming.zh}，但还没有填写${what.zh}。`, en: `${coming.en} but has no ${what.en}.` },
          {
            zh: "向本人或其单位联系人确认车次航班和时间，填入抵达、返程时间，以便安排接送站和住宿。",
            en: "Ask them (or their organisation's contact) for the train or flight and times, for pick-ups and hotel nights.",
          },
          p.fields.status?.value === "pending" ? "info" : "warning",
        ),
      );
    }
    return out;
  },
};
