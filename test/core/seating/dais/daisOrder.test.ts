import fc from "fast-check";
import { daisOrder, stageCentre, type EvenVariant } from "../../../../src/core/seating/dais/daisOrder";

const show = (row: number[]) => row.join(" ");

describe("daisOrder", () => {
  it("pins the patterns of the conventions, as seen from the audience", () => {
    expect(show(daisOrder(7, "chinese"))).toBe("7 5 3 1 2 4 6");
    expect(show(daisOrder(8, "chinese", "A"))).toBe("7 5 3 1 2 4 6 8");
    expect(show(daisOrder(8, "chinese", "B"))).toBe("8 6 4 2 1 3 5 7");
    expect(show(daisOrder(7, "international"))).toBe("6 4 2 1 3 5 7");
  });

  it("defaults to the Chinese convention, variant A", () => {
    expect(show(daisOrder(8))).toBe("7 5 3 1 2 4 6 8");
  });

  it("seats one, two and three people", () => {
    expect(daisOrder(1, "chinese")).toEqual([1]);
    expect(daisOrder(1, "international")).toEqual([1]);
    expect(daisOrder(2, "chinese", "A")).toEqual([1, 2]);
    expect(daisOrder(2, "chinese", "B")).toEqual([2, 1]);
    expect(daisOrder(2, "international", "A")).toEqual([2, 1]);
    expect(daisOrder(3, "chinese")).toEqual([3, 1, 2]);
    expect(daisOrder(3, "international")).toEqual([2, 1, 3]);
  });

  it("international even rows are the mirror of variant A", () => {
    expect(show(daisOrder(8, "international"))).toBe("8 6 4 2 1 3 5 7");
  });

  it("variant C keeps variant A's order but puts the stage centre line through No.1", () => {
    expect(show(daisOrder(8, "chinese", "C"))).toBe("7 5 3 1 2 4 6 8");
    expect(stageCentre(8, "chinese", "C")).toBe(3);
    expect(stageCentre(8, "international", "C")).toBe(4);
    expect(stageCentre(8, "chinese", "A")).toBe(3.5);
    expect(stageCentre(7, "chinese", "C")).toBe(3);
  });

  it("the variants only matter for even rows", () => {
    expect(daisOrder(7, "chinese", "B")).toEqual(daisOrder(7, "chinese", "A"));
    expect(daisOrder(7, "chinese", "C")).toEqual(daisOrder(7, "chinese", "A"));
  });

  it("gives nothing for no seats or nonsense counts", () => {
    expect(daisOrder(0)).toEqual([]);
    expect(daisOrder(-3)).toEqual([]);
    expect(daisOrder(2.5)).toEqual([]);
  });

  const seats = fc.integer({ min: 1, max: 60 });
  const variant = fc.constantFrom<EvenVariant>("A", "B", "C");
  const convention = fc.constantFrom("chinese" as const, "international" as const);

  it("puts every precedence number in exactly one seat", () => {
    fc.assert(
      fc.property(seats, convention, variant, (n, c, v) => {
        const row = daisOrder(n, c, v);
        expect([...row].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      }),
    );
  });

  it("international is the Chinese row mirrored, and B is A mirrored", () => {
    fc.assert(
      fc.property(seats, variant, (n, v) => {
        expect(daisOrder(n, "international", v)).toEqual([...daisOrder(n, "chinese", v)].reverse());
        if (n % 2 === 0) expect(daisOrder(n, "chinese", "B")).toEqual([...daisOrder(n, "chinese", "A")].reverse());
      }),
    );
  });

  it("alternates outwards from No.1, the even numbers on the Chinese honour side (the audience's right)", () => {
    fc.assert(
      fc.property(seats, (n) => {
        const row = daisOrder(n, "chinese", "A");
        const one = row.indexOf(1);
        for (let p = 2; p <= n; p++) {
          const dist = row.indexOf(p) - one;
          expect(dist).toBe(p % 2 === 0 ? p / 2 : -(p - 1) / 2);
        }
      }),
    );
  });

  it("puts No.1 in the centre of every odd row", () => {
    fc.assert(
      fc.property(seats, convention, variant, (n, c, v) => {
        const row = daisOrder(2 * n - 1, c, v);
        expect(row[n - 1]).toBe(1);
      }),
    );
  });
});
