import type { Finding } from "../../finding";
import type { Bilingual } from "../../i18n";
import { cellOf, finding } from "../cells";
import { isActive } from "../people";
import type { Rule } from "../types";
import { whoIs } from "./whoIs";

/**
 * Someone on leave or cancelled who still has a table, a seat or a rostrum place: an empty
 * chair with a name card, and a place another guest could have had.
 */
export const inactiveSeated: Rule = {
  id: "roster.inactive-seated",
  family: "roster",
  severity: "warning",
  title: { zh: "请假或取消人员仍有座次", en: "Absent person still seated" },
  needs: [{ sheet: "roster", columns: ["status"] }],
  run({ wb }) {
    const roster = wb.roster;
    const out: Finding[] = [];
    for (const p of roster.records) {
      if (isActive(p)) continue;
      const { table, seat, dais } = p.fields;
      const held: { field: "table" | "seat" | "dais"; text: Bilingual }[] = [];
      if (table) held.push({ field: "table", text: { zh: `桌号“${table.value}”`, en: `table ${table.value}` } });
      if (seat) held.push({ field: "seat", text: { zh: `座位“${seat.value}”`, en: `seat ${seat.value}` } });
      if (dais?.value === true) held.push({ field: "dais", text: { zh: "主席台座位", en: "a place on the rostrum" } });
      if (held.length === 0) continue;
      const who = whoIs(p);
      const leave = p.fields.status?.value === "leave";
      const zhList = held.map((h) => h.text.zh).join("、");
      const enItems = held.map((h) => h.text.en);
      const enList = enItems.length > 1 ? `${enItems.slice(0, -1).join(", ")} and ${enItems[enItems.length - 1]}` : enItems[0];
      out.push(
        finding(
          inactiveSeated,
          roster.sheet!,
          cellOf(roster, p, held[0].field),
          {
            zh: `${who.zh}${leave ? "已请假" : "已取消参会"}，但仍安排了${zhList}。`,
            en: `${who.en} ${leave ? "is on leave" : "has cancelled"} but still has ${enList}.`,
          },
          {
            zh: "清除其座次安排，让出位置；如已恢复参会，请更新回执。",
            en: "Clear their seating to free the place; if they are coming after all, update the status.",
          },
        ),
      );
    }
    return out;
  },
};
