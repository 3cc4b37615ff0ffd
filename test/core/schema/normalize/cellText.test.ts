import fc from "fast-check";
import { cellText, splitList } from "../../../../src/core/schema/normalize/cellText";

describe("cellText", () => {
  test("any cell as folded text", () => {
    expect(cellText("")).toBe("");
    expect(cellText("  张三\u3000 ")).toBe("张三");
    expect(cellText("ＡＢＣ１２３")).toBe("ABC123");
    expect(cellText(13800138000)).toBe("13800138000");
    expect(cellText(1e21)).toBe("1000000000000000000000");
    expect(cellText(0.1 + 0.2)).toBe("0.3");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(false)).toBe("FALSE");
    expect(cellText("#N/A")).toBe("#N/A");
  });

  test("property: numbers are never in exponent form", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(cellText(n)).not.toMatch(/e/i);
      }),
    );
  });
});

describe("splitList", () => {
  test.each([
    ["张三、李四", ["张三", "李四"]],
    ["张三,李四", ["张三", "李四"]],
    ["张三，李四", ["张三", "李四"]],
    ["张三;李四；王五", ["张三", "李四", "王五"]],
    ["张三/李四", ["张三", "李四"]],
    ["张三 李四", ["张三", "李四"]],
    ["张三\u3000\u3000李四", ["张三", "李四"]],
    ["张三\n李四", ["张三", "李四"]],
    ["A01, A02 ,A03", ["A01", "A02", "A03"]],
    ["、张三、、李四、", ["张三", "李四"]],
    ["张三", ["张三"]],
    ["", []],
    ["  ", []],
    ["、，；", []],
  ])("%j", (s, items) => {
    expect(splitList(s)).toEqual(items);
  });

  test("spaces inside names survive when another separator is used", () => {
    expect(splitList("John Smith, Mary Jones")).toEqual(["John Smith", "Mary Jones"]);
    expect(splitList("John Smith、王 五")).toEqual(["John Smith", "王 五"]);
    // One English name is one person; Chinese names side by side are several.
    expect(splitList("Alice Chen")).toEqual(["Alice Chen"]);
    expect(splitList("张伟 李娜")).toEqual(["张伟", "李娜"]);
    expect(splitList("A001 A002")).toEqual(["A001", "A002"]);
  });

  test("property: items are trimmed, non-empty and free of separators", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ab张 、,，;；/\u3000"), maxLength: 30 }), (s) => {
        for (const item of splitList(s)) {
          expect(item).not.toBe("");
          expect(item).toBe(item.trim());
          expect(item).not.toMatch(/[、,，;；/]/);
        }
      }),
    );
  });
});
