import { browserLang } from "../../src/playground/browserLang";
import { downloadName } from "../../src/playground/downloadName";

describe("the download's name", () => {
  test("is the opened file's, marked .huiwu.xlsx, whatever it was opened from", () => {
    expect(downloadName("annual-work-conference.zh.xlsx")).toBe("annual-work-conference.zh.huiwu.xlsx");
    expect(downloadName("报名表.csv")).toBe("报名表.huiwu.xlsx");
    expect(downloadName("Roster.XLSX")).toBe("Roster.huiwu.xlsx");
    expect(downloadName("list.tsv")).toBe("list.huiwu.xlsx");
  });

  test("is not marked twice, keeps other dots, and is never empty", () => {
    expect(downloadName("会务.huiwu.xlsx")).toBe("会务.huiwu.xlsx");
    expect(downloadName("2026.12 会议")).toBe("2026.12 会议.huiwu.xlsx");
    expect(downloadName("C:\\fakepath\\book.xlsx")).toBe("book.huiwu.xlsx");
    expect(downloadName(".xlsx")).toBe("workbook.huiwu.xlsx");
  });
});

describe("the browser's language", () => {
  test("any Chinese is zh, everything else en", () => {
    expect(["zh", "zh-CN", "zh-TW", "ZH-hans-SG"].map(browserLang)).toEqual(["zh", "zh", "zh", "zh"]);
    expect(["en-US", "de", "", undefined].map(browserLang)).toEqual(["en", "en", "en", "en"]);
  });
});
