import type { Finding } from "../../finding";
import { ROSTER, type RosterFields } from "../../schema/sheets";
import { cellOf, finding } from "../cells";
import { isActive, type Person } from "../people";
import type { Rule } from "../types";
import { whoIs } from "./whoIs";

type Key = keyof RosterFields & string;

/**
 * What the seed's roster asks of everyone (收集确定名单：单位职务、姓名、性别…，按人头制作证件).
 * Staff need no title: their badge and seat do not show one. Someone on leave or cancelled still
 * belongs on the leave list (name, organisation, title) but gets no badge and no room.
 */
const EVERYONE: readonly Key[] = ["name", "organisation", "title", "gender", "role", "badge"];
const INACTIVE: readonly Key[] = ["name", "organisation", "title"];

function requiredOf(p: Person): readonly Key[] {
  const fields = isActive(p) ? EVERYONE : INACTIVE;
  return p.fields.role?.value === "staff" ? fields.filter((k) => k !== "title") : fields;
}

const COLUMN_NAMES = new Map(ROSTER.columns.map((c) => [c.key, { zh: c.zh, en: c.en }]));

/** Required fields left empty: one finding per person, naming every empty field, at the first empty cell. */
export const requiredMissing: Rule = {
  id: "roster.required-missing",
  family: "roster",
  severity: "warning",
  title: { zh: "参会人员必填信息缺失", en: "Required roster details missing" },
  needs: [{ sheet: "roster", columns: ["name"] }],
  run({ wb }) {
    const roster = wb.roster;
    // A roster without the column does not track that detail; nobody is asked to fill it in.
    const present = EVERYONE.filter((k) => roster.columns.has(k)).sort((a, b) => roster.columns.get(a)!.col - roster.columns.get(b)!.col);
    // Cells the parser could not read are reported by the parser already, not again as empty.
    const unreadable = new Set(roster.findings.map((f) => f.cell));
    const out: Finding[] = [];
    for (const p of roster.records) {
      const required = requiredOf(p);
      const empty = present.filter((k) => required.includes(k) && !p.fields[k] && !unreadable.has(cellOf(roster, p, k)));
      if (empty.length === 0) continue;
      const who = whoIs(p);
      const zh = empty.map((k) => COLUMN_NAMES.get(k)!.zh).join("、");
      const en = empty.map((k) => COLUMN_NAMES.get(k)!.en.toLowerCase()).join(", ");
      out.push(
        finding(
          requiredMissing,
          roster.sheet!,
          cellOf(roster, p, empty[0]),
          { zh: `${who.zh}缺少必填信息：${zh}。`, en: `${who.en} is missing ${en}.` },
          {
            zh: `补填${zh}：制作证件、安排座次和住宿都要用到。`,
            en: `Fill in the ${en}: badges, seating and rooms depend on them.`,
          },
        ),
      );
    }
    return out;
  },
};
