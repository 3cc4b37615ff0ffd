import type { Bilingual } from "../../i18n";
import type { Finding } from "../../finding";
import { cellOf, finding, personLabel } from "../cells";
import { isActive, peopleIndex, type PeopleIndex, type Person } from "../people";
import type { Rule } from "../types";
import { namedRoommates, namesBack } from "./roommates";

const nameOf = (p: Person) => p.fields.name?.value ?? `#${p.row + 1}`;

/** Why a roommate request does not stand, or undefined when it does. */
function problem(a: Person, people: Person[], index: PeopleIndex): Bilingual | undefined {
  if (people.length === 0) return { zh: "但参会名单中没有此人", en: "who is not on the roster" };
  const coming = people.filter(isActive);
  if (coming.some((b) => namesBack(b, a, index))) return undefined;
  if (coming.length === 0) return { zh: "但对方已请假或取消参会", en: "who is not coming (on leave or cancelled)" };
  const b = coming[0];
  const theirs = b.fields.roommate?.value ?? [];
  if (theirs.length === 0) return { zh: `但${nameOf(b)}没有填写同住人`, en: "who has not asked for a roommate" };
  return { zh: `但${nameOf(b)}填写的同住人是“${theirs.join("、")}”`, en: `who asked for "${theirs.join(", ")}" instead` };
}

/**
 * A roommate request (同住人) that is not mutual: the person named does not name them back, has
 * asked for someone else, is not coming, or is not on the roster. Only mutual requests are honoured.
 */
export const roommateNotMutual: Rule = {
  id: "travel.roommate-not-mutual",
  family: "travel",
  severity: "warning",
  title: { zh: "同住人未互选", en: "Roommate request not mutual" },
  needs: [{ sheet: "roster", columns: ["roommate"] }],
  run({ wb }) {
    const index = peopleIndex(wb.roster);
    const out: Finding[] = [];
    for (const a of wb.roster.records) {
      if (!a.fields.roommate || !isActive(a)) continue;
      const who = personLabel(a.fields.name?.value, a.fields.organisation?.value, a.row);
      for (const { ref, people } of namedRoommates(a, index)) {
        // Naming oneself is a slip with nothing to pair.
        if (people.length === 0 && index.resolve(ref).includes(a)) continue;
        const why = problem(a, people, index);
        if (!why) continue;
        out.push(
          finding(
            roommateNotMutual,
            wb.roster.sheet!,
            cellOf(wb.roster, a, "roommate"),
            { zh: `${who.zh}申请与“${ref}”同住，${why.zh}。`, en: `${who.en} asked to share with "${ref}", ${why.en}.` },
            {
              zh: "与双方核实：互相填写对方为同住人后才会安排同住；否则清空此栏。",
              en: "Check with both: a shared room is arranged only when each names the other; otherwise clear the request.",
            },
          ),
        );
      }
    }
    return out;
  },
};
