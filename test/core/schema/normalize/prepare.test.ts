import { foldDashes, prepare } from "../../../../src/core/schema/normalize/prepare";

describe("prepare", () => {
  test("dashes and minus signs from word processors become '-'", () => {
    expect(foldDashes("2026\u201303\u201415")).toBe("2026-03-15");
    expect(foldDashes("\u22121200")).toBe("-1200");
    expect(foldDashes("a\u2010b\uFE63c")).toBe("a-b-c");
  });

  test("folded, lower-case, dashes unified", () => {
    expect(prepare("  ＲＭＢ\u3000１２－００  ")).toBe("rmb 12-00");
    expect(prepare("March\u00A015")).toBe("march 15");
  });
});
