import { describeGuess } from "../../../../src/core/schema/guess/describeGuess";
import type { ValueGuess } from "../../../../src/core/schema/guess/guessColumns";

const guess: ValueGuess = {
  firstDataRow: 1,
  columns: [
    { col: 0, field: "organisation", share: 1 },
    { col: 1, field: "title", share: 0.95 },
    { col: 2, field: "name", share: 1 },
  ],
};

describe("describeGuess", () => {
  test("names each column by letter, field and share", () => {
    expect(describeGuess(guess)).toEqual({
      zh: "没有表头，按内容识别各列：A列为单位（100%），B列为职务（95%），C列为姓名（100%）。",
      en: "No header row; columns recognised from their values: A organisation (100%), B title (95%), C name (100%).",
    });
  });

  test("letters follow the sheet's left offset", () => {
    const g: ValueGuess = { firstDataRow: 0, columns: [{ col: 0, field: "name", share: 1 }] };
    expect(describeGuess(g, 3).en).toBe("No header row; columns recognised from their values: D name (100%).");
    expect(describeGuess(g, 26).zh).toBe("没有表头，按内容识别各列：AA列为姓名（100%）。");
  });

  test("every field has a label; shares round down, so 199 of 200 is not 100%", () => {
    const g: ValueGuess = {
      firstDataRow: 0,
      columns: [
        { col: 0, field: "name", share: 199 / 200 },
        { col: 1, field: "gender", share: 0.6 },
        { col: 2, field: "phone", share: 0.29 + 0.5 },
        { col: 3, field: "email", share: 2 / 3 },
        { col: 4, field: "idNumber", share: 1 },
      ],
    };
    expect(describeGuess(g).zh).toBe(
      "没有表头，按内容识别各列：A列为姓名（99%），B列为性别（60%），C列为电话（79%），D列为邮箱（66%），E列为身份证号（100%）。",
    );
    expect(describeGuess(g).en).toBe(
      "No header row; columns recognised from their values: A name (99%), B gender (60%), C phone (79%), D email (66%), E ID number (100%).",
    );
  });
});
