import { emptyOrError } from "../../../../src/core/schema/normalize/cellResult";

describe("emptyOrError", () => {
  test("blank cells are empty", () => {
    expect(emptyOrError("")).toEqual({ ok: false, reason: "empty" });
    expect(emptyOrError(" \u3000\t")).toEqual({ ok: false, reason: "empty" });
  });

  test("Excel error values are errors, with stray spaces too", () => {
    expect(emptyOrError("#N/A")).toEqual({ ok: false, reason: "error" });
    expect(emptyOrError(" #DIV/0! ")).toEqual({ ok: false, reason: "error" });
  });

  test("everything else is left to the parser", () => {
    for (const v of [0, false, "0", "#1", "N/A", "#n/a text"]) expect(emptyOrError(v)).toBeUndefined();
  });
});
