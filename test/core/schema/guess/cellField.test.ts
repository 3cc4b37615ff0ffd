import type { CellValue } from "../../../../src/core/cellValue";
import { fieldOfCell } from "../../../../src/core/schema/guess/cellField";

describe("fieldOfCell", () => {
  test.each<[CellValue, string]>([
    ["王芳", "name"],
    ["Mary O'Neil", "name"],
    ["男", "gender"],
    ["Female", "gender"],
    ["市财政局", "organisation"],
    ["北京大学", "organisation"],
    ["Acme Ltd", "organisation"],
    ["副局长", "title"],
    ["Director", "title"],
    ["13800138000", "phone"],
    ["138 0013 8000", "phone"],
    ["13800138000、010-12345678", "phone"],
    [13800138000, "phone"],
    [8613800138000, "phone"],
    ["zw@example.cn", "email"],
    ["zw@example.cn; wang.fang@example.com", "email"],
    ["ｚｗ＠ｅｘａｍｐｌｅ．ｃｎ", "email"],
    ["11010519491231002X", "idNumber"],
    ["110105491231002", "idNumber"],
    [110105491231002, "idNumber"],
    [110101199003077777, "idNumber"],
  ])("%s fits %s", (v, field) => {
    expect(fieldOfCell(v)).toBe(field);
  });

  test("titles and organisations win over names: 主任 and 市委 start with no surname, 宣传科 does", () => {
    expect(fieldOfCell("主任")).toBe("title");
    expect(fieldOfCell("宣传科")).toBe("organisation");
    expect(fieldOfCell("高级工程师")).toBe("title");
  });

  test.each<CellValue>(["", "   ", "#N/A", true, false, 0, 3.5, -13800138000, "王局", "待定", "13800138000、待定", "see notes"])(
    "%s fits nothing",
    (v) => {
      expect(fieldOfCell(v)).toBeUndefined();
    },
  );
});
