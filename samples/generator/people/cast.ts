import type { Gender } from "../../../src/core/schema/enums";
import type { FixedPerson, Lexicon, OrgKind, OrgSpec } from "../lexicon/types";
import type { Rng } from "../prng";
import type { Person } from "../types";
import type { NameBook } from "./nameBook";
import { newPerson } from "./person";

/** The order organisations appear in a planner's roster. */
const KIND_ORDER: readonly OrgKind[] = ["cityDept", "district", "county", "enterprise", "institute", "outOfTown"];

export interface CastSizes {
  leaders: number;
  guests: number;
  speakers: number;
  aides: number;
  delegates: number;
  staff: number;
}

/** How many of each kind of person a roster of n rows holds (one row is kept for the planted duplicate). */
export function castSizes(n: number, mistakes: boolean): CastSizes {
  const staff = n >= 5 ? Math.max(1, Math.round(n * 0.1)) : 0;
  let rest = n - staff - (mistakes ? 1 : 0);
  const take = (k: number) => {
    const t = Math.max(0, Math.min(k, rest));
    rest -= t;
    return t;
  };
  const leaders = take(9);
  const guests = take(3);
  const speakers = take(4);
  const aides = take((leaders > 0 ? 1 : 0) + (guests > 1 ? 1 : 0));
  return { leaders, guests, speakers, aides, delegates: rest, staff };
}

interface Ctx {
  lex: Lexicon;
  rng: Rng;
  names: NameBook;
  year: number;
}

function fixed(ctx: Ctx, f: FixedPerson, role: Person["role"], age: [number, number]): Person {
  return newPerson({
    name: ctx.names.draw(f.gender),
    gender: f.gender,
    org: f.org,
    orgKind: f.origin ? "outOfTown" : "host",
    domain: f.domain,
    origin: f.origin,
    title: f.title,
    role,
    rankInOrg: 0,
    birthYear: ctx.year - ctx.rng.int(age[0], age[1]),
  });
}

/** Leaders (on the rostrum), guests, speakers and two aides, in the order a roster lists them. */
function headBlock(ctx: Ctx, s: CastSizes): Person[] {
  const leaders = ctx.lex.leaders.slice(0, s.leaders).map((f, i) => {
    const p = fixed(ctx, f, "attendee", [50, 59]);
    p.precedence = i + 1;
    p.dais = true;
    p.vip = i < 7;
    return p;
  });
  const guests = ctx.lex.guests.slice(0, s.guests).map((f, i) => {
    const p = fixed(ctx, f, "guest", [45, 60]);
    p.precedence = s.leaders + i + 1;
    p.vip = i < 2;
    return p;
  });
  const speakers = ctx.lex.speakers.slice(0, s.speakers).map((f) => fixed(ctx, f, "speaker", [38, 62]));
  const principals = [leaders[0], guests[1]].filter((p): p is Person => p !== undefined).slice(0, s.aides);
  const aides = principals.map((boss) => {
    const gender: Gender = ctx.rng.chance(0.6) ? "male" : "female";
    const p = newPerson({
      name: ctx.names.draw(gender),
      gender,
      org: boss.org,
      orgKind: boss.orgKind,
      domain: boss.domain,
      origin: boss.origin,
      title: ctx.lex.aideTitle,
      role: "observer",
      rankInOrg: 1,
      birthYear: ctx.year - ctx.rng.int(28, 40),
    });
    p.party = boss.name;
    return p;
  });
  return [...leaders, ...guests, ...speakers, ...aides];
}

interface Delegation {
  org: OrgSpec;
  size: number;
  /** Sort key: kind, then the organisation's place in the list, then the order drawn. */
  key: number;
}

const SIZES = [1, 2, 3];
const SIZE_WEIGHTS = [45, 40, 15];

/** People sent by organisations, one to three at a time, grouped by organisation. */
function delegates(ctx: Ctx, count: number): Person[] {
  const { lex, rng } = ctx;
  const kinds = KIND_ORDER.filter((k) => lex.orgs.some((o) => o.kind === k));
  const byKind = new Map(kinds.map((k) => [k, lex.orgs.filter((o) => o.kind === k)]));
  const weights = kinds.map((k) => lex.kindWeights[k]);
  const orgIndex = new Map(lex.orgs.map((o, i) => [o, i]));
  const list: Delegation[] = [];
  for (let left = count; left > 0;) {
    const kind = rng.weighted(kinds, weights);
    const size = Math.min(left, rng.weighted(SIZES, SIZE_WEIGHTS));
    const org = rng.pick(byKind.get(kind)!);
    list.push({ org, size, key: (KIND_ORDER.indexOf(kind) * 1000 + orgIndex.get(org)!) * 1e6 + list.length });
    left -= size;
  }
  list.sort((a, b) => a.key - b.key);
  const ranks = new Map<OrgSpec, number>();
  const out: Person[] = [];
  for (const d of list) {
    for (let k = 0; k < d.size; k++) {
      const rank = ranks.get(d.org) ?? 0;
      ranks.set(d.org, rank + 1);
      const gender: Gender = rng.chance(rank === 0 ? 0.75 : 0.55) ? "male" : "female";
      const title = rank === 0 ? d.org.head : rank === 1 ? d.org.deputy : rng.pick(d.org.others);
      const age: [number, number] = rank === 0 ? [45, 58] : rank === 1 ? [40, 55] : [26, 52];
      out.push(
        newPerson({
          name: ctx.names.draw(gender),
          gender,
          org: d.org.name,
          orgKind: d.org.kind,
          domain: d.org.domain,
          origin: d.org.origin,
          title,
          role: rank > 0 && rng.chance(0.25) ? "observer" : "attendee",
          rankInOrg: rank,
          birthYear: ctx.year - rng.int(age[0], age[1]),
        }),
      );
    }
  }
  return out;
}

/** The organising staff, spread over the five teams. */
export function staffMembers(ctx: Ctx, count: number): Person[] {
  const { lex, rng } = ctx;
  return Array.from({ length: count }, (_, i) => {
    const gender: Gender = rng.chance(0.5) ? "male" : "female";
    const p = newPerson({
      name: ctx.names.draw(gender),
      gender,
      org: lex.staffOrgs[i % lex.staffOrgs.length],
      orgKind: "host",
      domain: lex.organiserDomain,
      title: rng.pick(lex.staffTitles),
      role: "staff",
      rankInOrg: 9,
      birthYear: ctx.year - rng.int(23, 45),
    });
    p.team = i % lex.teams.length;
    return p;
  });
}

export function buildCast(ctx: Ctx, s: CastSizes): { head: Person[]; delegates: Person[]; staff: Person[] } {
  return { head: headBlock(ctx, s), delegates: delegates(ctx, s.delegates), staff: staffMembers(ctx, s.staff) };
}

export type { Ctx as CastContext };
