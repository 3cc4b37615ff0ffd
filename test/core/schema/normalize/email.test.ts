import fc from "fast-check";
import { emailKey, isValidEmail } from "../../../../src/core/schema/normalize/email";

describe("isValidEmail", () => {
  test.each([
    "zhang.san@163.com",
    "lisi@qq.com",
    "wang_wu+meeting@example.org.cn",
    "First.Last@Sub.Example.COM",
    "a@b.co",
    "zhang＠163．com",
    " lisi@qq.com ",
    "user@example.xn--fiqs8s",
    "user@例子.中国",
  ])("%s", (s) => {
    expect(isValidEmail(s)).toBe(true);
  });

  test.each([
    "",
    "lisi",
    "lisi@",
    "@qq.com",
    "lisi@qq",
    "lisi@qq.",
    "lisi@qq..com",
    "li si@qq.com",
    "lisi@@qq.com",
    "a@b@qq.com",
    ".lisi@qq.com",
    "lisi.@qq.com",
    "li..si@qq.com",
    "lisi@-qq.com",
    "lisi@qq-.com",
    "lisi@qq.c",
    "lisi@qq.123",
    "lisi@163。com",
    "lisi@qq.com,zhangsan@qq.com",
    "mailto:lisi@qq.com",
  ])("not an address: %s", (s) => {
    expect(isValidEmail(s)).toBe(false);
  });
});

describe("emailKey", () => {
  test("case and full-width characters do not make a second address", () => {
    expect(emailKey("Zhang.San@163.COM")).toBe("zhang.san@163.com");
    expect(emailKey(" ｚｈａｎｇ＠163．com ")).toBe("zhang@163.com");
  });

  test("property: never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(typeof isValidEmail(s)).toBe("boolean");
        expect(typeof emailKey(s)).toBe("string");
      }),
    );
  });
});
