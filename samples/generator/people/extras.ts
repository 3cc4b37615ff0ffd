import type { Lexicon } from "../lexicon/types";
import type { Rng } from "../prng";
import { isActive, type Person } from "../types";

function smallest(sizes: number[]): number {
  let best = 0;
  for (let i = 1; i < sizes.length; i++) if (sizes[i] < sizes[best]) best = i;
  return best;
}

/** Discussion groups of about twenty; an organisation stays in one group, leaders are spread over them. */
export function assignGroups(people: Person[], lex: Lexicon): number {
  const members = people.filter((p) => p.role !== "staff" && p.role !== "speaker");
  const count = Math.max(2, Math.round(members.length / 20));
  const sizes = new Array<number>(count).fill(0);
  const cap = Math.ceil(members.length / count) + 4;
  const orgGroup = new Map<string, number>();
  const groupOf = new Map<string, number>();
  let spread = 0;
  for (const p of members) {
    const bossGroup = p.party ? groupOf.get(p.party) : undefined;
    let g: number;
    if (bossGroup !== undefined) g = bossGroup;
    else if (p.orgKind === "host" || p.dais || p.role === "guest") g = spread++ % count;
    else {
      // An organisation stays together until its group is full.
      const current = orgGroup.get(p.org);
      g = current !== undefined && sizes[current] < cap ? current : smallest(sizes);
      orgGroup.set(p.org, g);
    }
    sizes[g]++;
    groupOf.set(p.name, g);
    p.group = lex.groupName(g);
  }
  return count;
}

/** In a large roster more delegation heads bring an aide, who sits and stays with them. */
export function assignParties(people: Person[]): void {
  const extra = Math.floor(people.length / 1000);
  const heads = people.filter((p) => p.vip && p.rankInOrg === 0 && !p.planted && p.orgKind !== "host" && p.role === "attendee");
  let made = 0;
  for (const head of heads) {
    if (made >= extra) break;
    const i = people.indexOf(head);
    const aide = people[i + 1];
    if (!aide || aide.org !== head.org || aide.planted || aide.party || aide.roommate.length > 0) continue;
    aide.party = head.name;
    aide.role = "observer";
    aide.badge = "observer";
    made++;
  }
}

/** A couple of pairs from rival firms who should not share a table. */
export function assignKeepApart(people: Person[], rng: Rng): void {
  const pairs = 2 + Math.floor(people.length / 1000);
  const pool = people.filter(
    (p) =>
      !p.planted &&
      isActive(p) &&
      p.rankInOrg < 9 &&
      p.precedence === undefined &&
      (p.orgKind === "enterprise" || p.orgKind === "outOfTown") &&
      !p.party &&
      p.role !== "guest" &&
      p.role !== "speaker",
  );
  for (let k = 0; k < pairs && pool.length > 1; k++) {
    const a = pool.splice(rng.int(0, pool.length - 1), 1)[0];
    const bi = pool.findIndex((p) => p.org !== a.org);
    if (bi < 0) return;
    const b = pool.splice(bi, 1)[0];
    a.keepApart = [b.name];
  }
}

/** The main table is pinned for the most senior and one speaker's table too; the guest of honour keeps a suite. */
export function assignPins(people: Person[]): void {
  const pin = (p: Person | undefined, table: string) => {
    if (!p || p.planted) return;
    p.table = table;
    p.locked = true;
  };
  [0, 1, 2, 10].forEach((i) => pin(people[i], "1"));
  pin(
    people.find((p) => p.role === "speaker" && !p.planted),
    "2",
  );
  const honour = people[10];
  if (honour?.locked && honour.role === "guest" && honour.hotel) honour.room = "1808";
}

/** Dietary customs and the odd note, as planners collect them from replies. */
export function assignDietAndNotes(people: Person[], lex: Lexicon, rng: Rng): void {
  for (const p of people) {
    for (const [label, chance] of lex.diets) {
      if (rng.chance(chance)) {
        p.diet = label;
        break;
      }
    }
    if (p.role === "staff") {
      if (!p.notes) p.notes = lex.teams[p.team ?? 1];
    } else if (!p.planted && rng.chance(0.04)) p.notes = rng.pick(lex.notes);
  }
}
