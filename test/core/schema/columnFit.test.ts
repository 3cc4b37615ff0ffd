import { parse, sheet, withId } from "./fixtures";

const wedding = (category: string[]) =>
  sheet("Sheet1", [["Name", "Category", "Table No."], ...category.map((c, i) => [`Guest ${i + 1} Smith`, c, (i % 3) + 1])]);

describe("a column whose values do not fit its header", () => {
  it("is kept as an unknown column with one info finding, not a warning per cell", () => {
    const wb = parse(wedding(["Family", "Friends", "Work", "Family", "Friends", "Family", "Friends"]));
    expect(wb.roster.columns.has("role")).toBe(false);
    expect(wb.roster.extraColumns).toContainEqual({ col: 1, header: "Category", why: "mismatch" });
    expect(withId(wb.findings, "parse.enum")).toEqual([]);
    const [f] = withId(wb.findings, "parse.column-not-used");
    expect(f).toMatchObject({ severity: "info", sheet: "Sheet1", cell: "B1" });
    expect(f.message.en).toContain('7 of 7 values in the "Category" column are not a role');
    expect(wb.roster.records[0].extras.Category?.value).toBe("Family");
  });

  it("is read when most values fit, each misfit reported at its cell", () => {
    const wb = parse(wedding(["嘉宾", "出席", "出席", "列席", "Friends", "出席", "嘉宾"]));
    expect(wb.roster.columns.get("role")).toMatchObject({ col: 1 });
    expect(withId(wb.findings, "parse.enum").map((f) => f.cell)).toEqual(["B6"]);
  });

  it("is read under the contract's own header, however its cells are typed", () => {
    const wb = parse(sheet("参会人员", [["姓名", "身份"], ...["a", "b", "c", "d", "e", "f"].map((x, i) => [`张${i}`, x])]));
    expect(wb.roster.columns.has("role")).toBe(true);
    expect(withId(wb.findings, "parse.enum")).toHaveLength(6);
  });
});

describe("questionnaire exports", () => {
  it("read question-style headers and keep the export's own columns out of the way", () => {
    const wb = parse(
      sheet("Sheet1", [
        [
          "序号",
          "提交答卷时间",
          "所用时间",
          "来源",
          "来自IP",
          "1、您的姓名：",
          "2、您的工作单位：",
          "3、您的手机号码：",
          "4、是否需要住宿：",
        ],
        [1, "2026/11/20 10:01:02", "35秒", "微信", "1.2.3.4(北京)", "王芳", "北京大学", "13800138000", "是"],
      ]),
    );
    expect(wb.roster.sheet).toBe("Sheet1");
    expect(wb.roster.columns.get("name")).toEqual({ col: 5, header: "1、您的姓名：" });
    const f = wb.roster.records[0].fields;
    expect([f.name?.value, f.organisation?.value, f.phone?.value, f.needsHotel?.value]).toEqual(["王芳", "北京大学", "13800138000", true]);
    expect(wb.roster.extraColumns.map((x) => [x.header, x.why])).toEqual([
      ["序号", "export"],
      ["提交答卷时间", "export"],
      ["所用时间", "export"],
      ["来源", "export"],
      ["来自IP", "export"],
    ]);
    expect(wb.findings.filter((x) => x.sheet === "Sheet1")).toEqual([]);
  });

  it("read Google Forms headers, the trailing space included", () => {
    const wb = parse(
      sheet("Form Responses 1", [
        ["Timestamp", "Email Address", "Full Name", "Phone Number ", "Company"],
        [46000, "a@example.org", "Alice Chen", "+1 415 555 0134", "Acme Ltd"],
      ]),
    );
    expect([...wb.roster.columns.keys()].sort()).toEqual(["email", "name", "organisation", "phone"]);
    expect(wb.roster.columns.get("phone")?.header).toBe("Phone Number");
  });

  it("read a combined header as the column both parts name", () => {
    const wb = parse(
      sheet("报名", [
        ["姓名", "学校 / 工作单位", "联系方式"],
        ["王芳", "北京大学", "13800138000"],
      ]),
    );
    expect(wb.roster.records[0].fields.organisation?.value).toBe("北京大学");
  });
});
