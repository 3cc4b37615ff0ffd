import fc from "fast-check";
import { isNationalNumber, isValidPhone, phoneKey } from "../../../../src/core/schema/normalize/phone";

describe("isValidPhone", () => {
  test.each([
    "13800138000",
    "138 0013 8000",
    "138-0013-8000",
    "+86 138 0013 8000",
    "+86-13800138000",
    "(+86) 13800138000",
    "0086 13800138000",
    "8613800138000",
    "１３８００１３８０００",
    "19912345678",
  ])("mobile %s", (s) => {
    expect(isValidPhone(s)).toBe(true);
  });

  test.each([
    "010-12345678",
    "01012345678",
    "(010)12345678",
    "（010）12345678",
    "010 1234 5678",
    "010-1234-5678",
    "021-87654321",
    "0755-1234567",
    "0755-12345678",
    "010-12345678-123",
    "010-12345678转123",
    "010-12345678 分机 8",
    "010-12345678 ext. 45",
    "(0755)1234567转8",
    "+86 10 1234 5678",
    "+86-755-12345678",
  ])("landline %s", (s) => {
    expect(isValidPhone(s)).toBe(true);
  });

  test.each(["+44 20 7946 0958", "+1 (415) 555-2671", "0044 20 7946 0958", "+852 2123 4567"])("international %s", (s) => {
    expect(isValidPhone(s)).toBe(true);
  });

  test.each([
    "",
    "12345678",
    "1380013800",
    "138001380001",
    "12800138000",
    "23800138000",
    "010-1234567",
    "010-123456789",
    "0755-123456",
    "+86 1234",
    "+86 23800138000",
    "+1 234",
    "+1234567890123456",
    "138-0013-800O",
    "电话：13800138000",
    "13800138000/13900139000",
    "010-12345678-1234567",
  ])("not a phone number: %s", (s) => {
    expect(isValidPhone(s)).toBe(false);
  });
});

describe("phoneKey", () => {
  test("the same mobile typed differently has one key", () => {
    const key = phoneKey("13800138000");
    for (const s of ["138 0013 8000", "+86 138-0013-8000", "0086 13800138000", "１３８００１３８０００"]) {
      expect(phoneKey(s)).toBe(key);
    }
    expect(key).toBe("13800138000");
  });

  test("landlines keep the trunk 0 and the extension", () => {
    expect(phoneKey("010-12345678")).toBe("01012345678");
    expect(phoneKey("+86 10 1234 5678")).toBe("01012345678");
    expect(phoneKey("(010)12345678")).toBe("01012345678");
    expect(phoneKey("010-12345678转123")).toBe("01012345678#123");
    expect(phoneKey("010-12345678-123")).not.toBe(phoneKey("010-12345678-124"));
  });

  test("international numbers keep the country code", () => {
    expect(phoneKey("+44 20 7946 0958")).toBe("+442079460958");
    expect(phoneKey("0044 20 7946 0958")).toBe("+442079460958");
  });

  test("anything else gives its digits", () => {
    expect(phoneKey("12345678")).toBe("12345678");
    expect(phoneKey("无")).toBe("");
  });

  test("property: never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(typeof isValidPhone(s)).toBe("boolean");
        expect(typeof phoneKey(s)).toBe("string");
      }),
    );
  });
});

describe("isNationalNumber", () => {
  test.each(["(555) 123-4567", "0412 555 100", "020 7946 0958", "+44 20 7946 0958"])("%s is a number", (s) => {
    expect(isNationalNumber(s)).toBe(true);
  });
  // A Chinese mobile a digit short stays a slip; text and short codes are no number.
  test.each(["1380013800", "110", "123456", "call me", "555-CALL-NOW"])("%s is not", (s) => {
    expect(isNationalNumber(s)).toBe(false);
  });
});
