/**
 * The corpus draws with the sample generator's seeded PRNG (mulberry32), so it is the same bytes
 * on every machine and every run; each case seeds its own stream from its file name.
 */
import { fnv1a } from "../../src/core/fnv1a";
import { createRng, type Rng } from "../../samples/generator/prng";

export type { Rng };

export const rng: (seed: number) => Rng = createRng;

/** A seed from a text (FNV-1a), so each case has its own stream: adding a case changes no other. */
export const seedOf: (text: string) => number = fnv1a;

export function rngFor(text: string): Rng {
  return rng(seedOf(text));
}
