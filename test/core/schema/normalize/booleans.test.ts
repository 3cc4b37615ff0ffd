import fc from "fast-check";
import { parseBooleanCell } from "../../../../src/core/schema/normalize/booleans";

const yes = { ok: true, value: true };
const no = { ok: true, value: false };

describe("parseBooleanCell", () => {
  test.each([
    "是",
    "是的",
    "需要",
    "需",
    "要",
    "有",
    "对",
    "Y",
    "y",
    "yes",
    "Yes",
    "YES",
    "true",
    "TRUE",
    "1",
    "x",
    "X",
    "✓",
    "✔",
    "√",
    "☑",
    "☑️",
    "☒",
    "✅",
    "Ｙ",
    "ｙｅｓ",
    "ＴＲＵＥ",
    "１",
    " 是 ",
    "是。",
  ])("yes: %s", (text) => {
    expect(parseBooleanCell(text)).toEqual(yes);
  });

  test.each([
    "否",
    "不是",
    "不需要",
    "不需",
    "不要",
    "不用",
    "无",
    "没有",
    "没",
    "N",
    "n",
    "no",
    "No",
    "NO",
    "false",
    "FALSE",
    "0",
    "✗",
    "✘",
    "×",
    "❌",
    "☐",
    "Ｎ",
    "ｎｏ",
    "０",
    "　否　",
  ])("no: %s", (text) => {
    expect(parseBooleanCell(text)).toEqual(no);
  });

  test("boolean and number cells", () => {
    expect(parseBooleanCell(true)).toEqual(yes);
    expect(parseBooleanCell(false)).toEqual(no);
    expect(parseBooleanCell(1)).toEqual(yes);
    expect(parseBooleanCell(0)).toEqual(no);
    expect(parseBooleanCell(2)).toEqual({ ok: false, reason: "invalid" });
    expect(parseBooleanCell(0.5)).toEqual({ ok: false, reason: "invalid" });
  });

  test.each(["也许", "maybe", "待定", "2", "yes no", "是否", "√×", "-", "t"])("not yes or no: %s", (text) => {
    expect(parseBooleanCell(text)).toEqual({ ok: false, reason: "invalid" });
  });

  test("blank and error cells", () => {
    expect(parseBooleanCell("")).toEqual({ ok: false, reason: "empty" });
    expect(parseBooleanCell(" ")).toEqual({ ok: false, reason: "empty" });
    expect(parseBooleanCell("#N/A")).toEqual({ ok: false, reason: "error" });
    expect(parseBooleanCell("#REF!")).toEqual({ ok: false, reason: "error" });
  });

  test("property: never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.double(), fc.boolean()), (v) => {
        expect(typeof parseBooleanCell(v).ok).toBe("boolean");
      }),
    );
  });
});
