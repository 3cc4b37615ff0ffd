import { isPayloadLimitError, OfficeRequestError, toOfficeRequestError } from "../../src/office/errors";
import { WorkbookUnavailableError } from "../../src/workbook/gateway";

describe("toOfficeRequestError", () => {
  const richApiError = (code: string) =>
    Object.assign(new Error(`RichApi.Error: zzsecret ${code}\n    at foo (office.js:1:2)`), {
      code,
      debugInfo: { errorLocation: "Range.values" },
    });

  it.each([
    "InvalidArgument",
    "ItemAlreadyExists",
    "ItemNotFound",
    "AccessDenied",
    "InvalidOperationInCellEditMode",
    "ResponsePayloadSizeLimitExceeded",
    "GeneralException",
  ])("gives %s a message in both languages, without Office's own text", (code) => {
    const e = toOfficeRequestError(richApiError(code), "write");
    expect(e).toBeInstanceOf(OfficeRequestError);
    expect(e).toBeInstanceOf(WorkbookUnavailableError);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(/^Could not write to the workbook: /);
    expect(e.messageZh).toMatch(/^无法写入工作簿：/);
    expect(e.message).not.toMatch(/RichApi|office\.js|zzsecret/);
    expect(e.messageZh).not.toMatch(/RichApi|office\.js|zzsecret/);
    expect((e as { cause?: unknown }).cause).toBeDefined();
  });

  it("gives different codes different advice", () => {
    const a = toOfficeRequestError(richApiError("ItemAlreadyExists"), "write");
    const b = toOfficeRequestError(richApiError("AccessDenied"), "write");
    expect(a.message).not.toBe(b.message);
    expect(a.messageZh).not.toBe(b.messageZh);
  });

  it("has a general message for unknown codes and for plain exceptions", () => {
    expect(toOfficeRequestError(richApiError("SomethingNew"), "read").message).toBe(
      "Could not read the workbook: Excel could not complete the request. Try again.",
    );
    const plain = toOfficeRequestError(new TypeError("x is undefined"), "read");
    expect(plain.code).toBe("Unknown");
    expect(plain.message).not.toMatch(/undefined/);
  });

  it("passes an already mapped error through", () => {
    const once = toOfficeRequestError(richApiError("ItemNotFound"), "read");
    expect(toOfficeRequestError(once, "write")).toBe(once);
  });

  it("recognises the payload limit errors", () => {
    expect(isPayloadLimitError(richApiError("RequestPayloadSizeLimitExceeded"))).toBe(true);
    expect(isPayloadLimitError(richApiError("ResponsePayloadSizeLimitExceeded"))).toBe(true);
    expect(isPayloadLimitError(richApiError("InvalidArgument"))).toBe(false);
    expect(isPayloadLimitError(undefined)).toBe(false);
  });
});
