import fc from "fast-check";
import { foldKey, foldText, toHalfWidth } from "../../../../src/core/schema/normalize/text";

describe("toHalfWidth", () => {
  test("full-width ASCII and the ideographic space", () => {
    expect(toHalfWidth("ＡＢＣａｂｃ０１２")).toBe("ABCabc012");
    expect(toHalfWidth("（）：；，．／＠！～")).toBe("():;,./@!~");
    expect(toHalfWidth("\u3000")).toBe(" ");
  });

  test("Chinese text and other punctuation are left alone", () => {
    expect(toHalfWidth("张三、李四。【注】")).toBe("张三、李四。【注】");
    expect(toHalfWidth("￥")).toBe("￥");
  });
});

describe("foldText", () => {
  test("removes zero-width characters, collapses whitespace, trims", () => {
    expect(foldText("  张\u200B三  ")).toBe("张三");
    expect(foldText("\uFEFF姓名")).toBe("姓名");
    expect(foldText("a\u00A0\u00A0b\tc\n d")).toBe("a b c d");
    expect(foldText("\u3000\u3000会议名称\u3000")).toBe("会议名称");
    expect(foldText("ＲＭＢ　１２００")).toBe("RMB 1200");
    expect(foldText("")).toBe("");
  });

  test("property: idempotent, no leading/trailing or doubled spaces", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const f = foldText(s);
        expect(foldText(f)).toBe(f);
        expect(f).toBe(f.trim());
        expect(f).not.toMatch(/\s\s/);
        expect(f).not.toMatch(/[\uFF01-\uFF5E\u3000\u200B]/);
      }),
    );
  });
});

describe("foldKey", () => {
  test("ignores case, spaces, decorations and hints in brackets", () => {
    expect(foldKey("姓名")).toBe("姓名");
    expect(foldKey("姓名（必填）")).toBe("姓名");
    expect(foldKey("*姓 名:")).toBe("姓名");
    expect(foldKey("【必填】姓名")).toBe("姓名");
    expect(foldKey("Check-in Time")).toBe("checkintime");
    expect(foldKey("E-mail")).toBe(foldKey("email"));
    expect(foldKey("ＶＩＰ")).toBe("vip");
    expect(foldKey("room_type")).toBe("roomtype");
    expect(foldKey("“出席”")).toBe("出席");
    expect(foldKey("Name (required)")).toBe("name");
  });

  test("property: idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(foldKey(foldKey(s))).toBe(foldKey(s));
      }),
    );
  });
});
