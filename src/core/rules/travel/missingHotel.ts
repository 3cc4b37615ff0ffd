import type { Finding } from "../../finding";
import { cellOf, finding, personLabel } from "../cells";
import { isActive } from "../people";
import type { Rule } from "../types";

/** Someone who needs a hotel (需住宿 是) and has none: an error once they have confirmed. */
export const missingHotel: Rule = {
  id: "travel.missing-hotel",
  family: "travel",
  severity: "error",
  title: { zh: "需住宿但未安排酒店", en: "Needs a hotel but has none" },
  needs: [{ sheet: "roster", columns: ["needsHotel", "hotel"] }],
  run({ wb }) {
    const out: Finding[] = [];
    for (const p of wb.roster.records) {
      if (p.fields.needsHotel?.value !== true || p.fields.hotel || !isActive(p)) continue;
      const who = personLabel(p.fields.name?.value, p.fields.organisation?.value, p.row);
      const confirmed = p.fields.status?.value === "confirmed";
      const reply = confirmed ? { zh: "", en: "" } : { zh: "（回执尚未确认）", en: " (not yet confirmed)" };
      out.push(
        finding(
          missingHotel,
          wb.roster.sheet!,
          cellOf(wb.roster, p, "hotel"),
          { zh: `${who.zh}需要住宿${reply.zh}，但还没有安排酒店。`, en: `${who.en} needs a hotel${reply.en} but has none.` },
          {
            zh: "填写入住酒店和房型；如不需要住宿，把“需住宿”改为“否”。",
            en: 'Fill in the hotel and room type; if no hotel is needed, set "Needs hotel" to No.',
          },
          confirmed ? "error" : "warning",
        ),
      );
    }
    return out;
  },
};
