import { BADGE_COLOURS, BADGE_ORDER } from "../../../../src/core/documents/badges";

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe("BADGE_COLOURS", () => {
  it("gives every type its own colour and colour name", () => {
    const colours = BADGE_ORDER.map((b) => BADGE_COLOURS[b]);
    expect(new Set(colours.map((c) => c.fill)).size).toBe(3);
    expect(new Set(colours.map((c) => c.name.zh)).size).toBe(3);
    expect(new Set(colours.map((c) => c.name.en)).size).toBe(3);
  });

  it("keeps the colours vivid and far apart, so they are told apart at a glance", () => {
    for (const b of BADGE_ORDER) {
      const [r, g, bl] = rgb(BADGE_COLOURS[b].fill);
      expect(Math.max(r, g, bl) - Math.min(r, g, bl)).toBeGreaterThan(100); // saturated, not grey
    }
    for (const a of BADGE_ORDER)
      for (const b of BADGE_ORDER) {
        if (a === b) continue;
        const d = rgb(BADGE_COLOURS[a].fill).reduce((s, v, i) => s + (v - rgb(BADGE_COLOURS[b].fill)[i]) ** 2, 0);
        expect(Math.sqrt(d)).toBeGreaterThan(150);
      }
  });
});
