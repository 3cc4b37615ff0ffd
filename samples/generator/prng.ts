/**
 * A small seeded generator (mulberry32) and the draws the sample generator needs.
 * The same seed always gives the same sequence, so samples are reproducible.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An item drawn with the given relative weights. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
  digits(count: number): string;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cumulativeCache = new WeakMap<readonly number[], number[]>();

/** Running totals of a weight list, computed once per list. */
function cumulative(weights: readonly number[]): number[] {
  let cum = cumulativeCache.get(weights);
  if (!cum) {
    let total = 0;
    cum = weights.map((w) => (total += w));
    cumulativeCache.set(weights, cum);
  }
  return cum;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(items, weights) {
      const cum = cumulative(weights);
      const r = next() * cum[cum.length - 1];
      // Binary search for the first cumulative weight above r.
      let lo = 0;
      let hi = cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cum[mid] > r) hi = mid;
        else lo = mid + 1;
      }
      return items[lo];
    },
    shuffle(items) {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    digits(count) {
      let s = "";
      for (let i = 0; i < count; i++) s += String(Math.floor(next() * 10));
      return s;
    },
  };
}

/** A child generator for one part of the workbook, so adding draws in one part leaves the others unchanged. */
export function forkRng(seed: number, part: string): Rng {
  let h = seed >>> 0;
  for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x9e3779b1) >>> 0;
  return createRng(h ^ (h >>> 16));
}
