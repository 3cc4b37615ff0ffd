import type { CorpusCase } from "./corpusCase";
import { rngFor, type Rng } from "./prng";

/** A case whose build gets its own seeded stream (from the file name), so no case depends on another. */
export function defineCase(c: Omit<CorpusCase, "build">, make: (r: Rng) => Promise<Uint8Array> | Uint8Array): CorpusCase {
  return { ...c, build: () => make(rngFor(c.file)) };
}
