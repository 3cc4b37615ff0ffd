import type { SeatingConvention } from "../../schema/enums";

/**
 * How a row with an even number of seats is filled (an odd row always has No.1 in the centre).
 * A: No.1 and No.2 share the two centre seats, No.2 on No.1's honour side.
 * B: the mirror image of A — No.2 on No.1's other side.
 * C: No.1 sits on the stage's centre line even though the count is even, so the row is
 *    asymmetric: the honour side gets the extra seat, because precedence alternates starting on
 *    that side and the last (even) number lands there. The order of names is the same as A;
 *    only the row's position on the stage differs (see `stageCentre`).
 */
export type EvenVariant = "A" | "B" | "C";

/**
 * The precedence number in each seat of one row, as seen from the audience, left to right.
 *
 * Chinese convention: No.1 in the centre, No.2 on No.1's own left as the leaders face the audience
 * (the audience's right), No.3 on No.1's right, alternating outwards: 7 seats `7 5 3 1 2 4 6`,
 * 8 seats (A) `7 5 3 1 2 4 6 8`, (B) `8 6 4 2 1 3 5 7`.
 * International convention: the honour side is the principal's right, so every row is the mirror
 * image of the Chinese row with the same variant: 7 seats `6 4 2 1 3 5 7`, 8 seats (A) `8 6 4 2 1 3 5 7`.
 */
export function daisOrder(seats: number, convention: SeatingConvention = "chinese", variant: EvenVariant = "A"): number[] {
  if (!Number.isInteger(seats) || seats <= 0) return [];
  const row = chineseRow(seats, variant);
  return convention === "chinese" ? row : row.reverse();
}

function chineseRow(n: number, variant: EvenVariant): number[] {
  const out = new Array<number>(n);
  const even = n % 2 === 0;
  const mirrored = even && variant === "B";
  // The seat No.1 takes, counted from the audience's left: the centre, or the centre seat on the
  // audience's left (A, C) or right (B) when there are two.
  const first = even ? (mirrored ? n / 2 : n / 2 - 1) : (n - 1) / 2;
  // Audience-view direction of No.2 from No.1: the audience's right, except in variant B.
  const step = mirrored ? -1 : 1;
  for (let p = 1; p <= n; p++) {
    const away = p % 2 === 0 ? p / 2 : -(p - 1) / 2;
    out[first + step * away] = p;
  }
  return out;
}

/**
 * Where the stage's centre line runs through the row, as a 0-based seat index from the audience's
 * left; x.5 means between two seats. It is the middle of the row, except for variant C with an
 * even count, where it runs through No.1's seat.
 */
export function stageCentre(seats: number, convention: SeatingConvention = "chinese", variant: EvenVariant = "A"): number {
  if (!Number.isInteger(seats) || seats <= 0) return 0;
  if (seats % 2 === 0 && variant === "C") return daisOrder(seats, convention, variant).indexOf(1);
  return (seats - 1) / 2;
}
