import type { Gender } from "../../../src/core/schema/enums";
import type { Lexicon, PersonName } from "../lexicon/types";
import type { Rng } from "../prng";

/**
 * Draws names nobody else in the roster has, so that a roommate, party or keep-apart
 * reference by name is never ambiguous. The one planted duplicate is made on purpose.
 */
export class NameBook {
  private readonly taken = new Set<string>();

  constructor(
    private readonly lex: Lexicon,
    private readonly rng: Rng,
  ) {}

  draw(gender: Gender, short = false): PersonName {
    let n = this.lex.personName(this.rng, gender, short);
    for (let tries = 0; this.taken.has(n.name) && tries < 6; tries++) n = this.lex.personName(this.rng, gender, short);
    // Past a few tries the two-character forms are used up (100,000 people share few surnames): grow the name.
    for (let tries = 0; this.taken.has(n.name); tries++) n = this.lex.disambiguate(this.rng, n, gender, tries >= 8);
    this.taken.add(n.name);
    return n;
  }

  release(name: string): void {
    this.taken.delete(name);
  }
}
