import { createRng, type Rng } from "../../src/core/seating/tables/prng";
import type { GroupingMode, TableGuest, TableProblem } from "../../src/core/seating/tables/types";

/** What one generated banquet looks like; every count is derived from the guest count unless given. */
export interface InstanceShape {
  guests: number;
  seed: number;
  mode?: GroupingMode;
  /** Fixed table size (the scale series: tables of 10, every seat taken); otherwise 8–12 with spare seats. */
  tableSize?: number;
  keepApart?: number;
  locked?: number;
  vips?: number;
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(xs.length)];

/** Organisation sizes as a delegation list looks: a few large ones, many of two to five, some on their own. */
function organisationSizes(rng: Rng, n: number): number[] {
  const sizes: number[] = [];
  let left = n;
  while (left > 0) {
    const r = rng.next();
    const size = r < 0.15 ? 6 + rng.int(10) : r < 0.75 ? 2 + rng.int(4) : 1;
    sizes.push(Math.min(size, left));
    left -= size;
  }
  return sizes;
}

function tableSizes(rng: Rng, shape: InstanceShape): number[] {
  if (shape.tableSize) return Array<number>(Math.ceil(shape.guests / shape.tableSize)).fill(shape.tableSize);
  const want = Math.ceil(shape.guests * (1.05 + 0.2 * rng.next()));
  const caps = shape.guests >= 40 && rng.next() < 0.5 ? [12 + 2 * rng.int(2)] : [];
  let seats = caps.reduce((a, c) => a + c, 0);
  while (seats < want) {
    const c = pick(rng, [8, 10, 10, 12]);
    caps.push(c);
    seats += c;
  }
  return caps;
}

/**
 * A seeded, realistic banquet: organisations of varied sizes spread over a few groups, ranked
 * guests (precedence), a couple of VIPs, parties of two or three (a leader and aides, a couple),
 * keep-apart pairs and locked guests. Pure function of the shape.
 */
export function generateInstance(shape: InstanceShape): TableProblem {
  const rng = createRng(shape.seed * 7919 + shape.guests);
  const n = shape.guests;
  const caps = tableSizes(rng, shape);
  const groupCount = Math.max(2, Math.round(n / 15));
  const guests: TableGuest[] = [];
  for (const [o, size] of organisationSizes(rng, n).entries()) {
    const home = rng.int(groupCount);
    for (let k = 0; k < size; k++) {
      const i = guests.length;
      const group = rng.next() < 0.85 ? home : rng.int(groupCount);
      guests.push({
        id: `G${i}`,
        name: `Guest ${i}`,
        organisation: `Org ${o}`,
        group: `Group ${group}`,
        precedence: rng.next() < 0.3 ? 1 + rng.int(n) : undefined,
        vip: false,
        dietTable: "",
        party: "",
        keepApart: [],
      });
    }
  }
  // VIPs are the most senior guests.
  const byRank = guests.map((_, i) => i).sort((a, b) => (guests[a].precedence ?? Infinity) - (guests[b].precedence ?? Infinity) || a - b);
  const vips = shape.vips ?? Math.max(1, Math.round(n / 100) + (n < 100 ? rng.int(2) + 1 : 0));
  for (const i of byRank.slice(0, vips)) guests[i].vip = true;

  // Parties inside an organisation: a leader with one or two aides.
  const partyCount = Math.max(1, Math.round(n / 20));
  for (let p = 0, tries = 0; p < partyCount && tries < 50 * partyCount; tries++) {
    const size = rng.next() < 0.7 ? 2 : 3;
    const start = rng.int(n - size + 1);
    const members = guests.slice(start, start + size);
    if (members.some((g) => g.party || g.organisation !== members[0].organisation)) continue;
    for (const g of members) g.party = `P${p}`;
    p++;
  }

  const lockCount = shape.locked ?? Math.max(1, Math.round(n / 40));
  const lockedAt = new Map<number, number>();
  for (let tries = 0; lockedAt.size < lockCount && tries < 50 * lockCount; tries++) {
    const i = rng.int(n);
    const t = rng.int(caps.length);
    const g = guests[i];
    if (g.party || g.vip || lockedAt.has(i)) continue;
    if ([...lockedAt.values()].filter((x) => x === t).length >= caps[t] / 2) continue;
    lockedAt.set(i, t);
    g.lockedTable = t + 1;
  }

  const pairCount = shape.keepApart ?? Math.max(1, Math.round(n / 20));
  for (let made = 0, tries = 0; made < pairCount && tries < 50 * pairCount; tries++) {
    const [a, b] = [guests[rng.int(n)], guests[rng.int(n)]];
    if (a === b || (a.party && a.party === b.party) || a.keepApart.includes(b.id) || b.keepApart.includes(a.id)) continue;
    if (a.lockedTable !== undefined && a.lockedTable === b.lockedTable) continue;
    a.keepApart.push(b.id);
    made++;
  }

  return {
    guests,
    tables: caps.map((capacity, t) => ({ table: t + 1, capacity })),
    dietTables: [],
    groupBy: shape.seed % 4 === 3 ? "group" : "organisation",
    mode: shape.mode ?? "together",
    weights: { grouping: 1, even: 1, alone: 3 },
    convention: "chinese",
  };
}

/** The exactness set: `count` instances spread over 20–60 guests; every fifth mixes organisations. */
export function smallInstances(count: number, firstSeed = 1): TableProblem[] {
  return Array.from({ length: count }, (_, k) => {
    const seed = firstSeed + k;
    const guests = 20 + Math.round((40 * k) / Math.max(1, count - 1));
    return generateInstance({ guests, seed, mode: k % 5 === 4 ? "mix" : "together" });
  });
}

/** The scale series: tables of 10 with every seat taken; at 2,000 guests 100 keep-apart pairs and 50 locked guests. */
export function scaleInstance(guests: number, seed = 1): TableProblem {
  return generateInstance({
    guests,
    seed,
    tableSize: 10,
    keepApart: guests / 20,
    locked: guests / 40,
    vips: guests / 100,
  });
}
