import { parse, sheet } from "./fixtures";

describe("a header row pasted twice", () => {
  const rows = [
    ["姓名", "单位", "桌号"],
    ["张伟", "市财政局", 1],
    ["李娜", "市教育局", ""],
    ["姓名", "单位", "桌号"],
    ["王芳", "市财政局", 2],
    ["姓名 ", "单位", ""],
  ];

  it("is not read as a person, and one note names the rows", () => {
    const wb = parse(sheet("参会人员", rows));
    expect(wb.roster.records.map((r) => r.fields.name?.value)).toEqual(["张伟", "李娜", "王芳"]);
    const note = wb.findings.filter((f) => f.id === "parse.repeated-header");
    expect(note).toEqual([expect.objectContaining({ severity: "info", cell: "A4" })]);
    expect(note[0].message.zh).toBe("工作表“参会人员”第 4、6 行重复了表头，不作为人员读取，也不会写入桌号座位。");
  });

  it("keeps a person whose name happens to be a header word", () => {
    const wb = parse(
      sheet("参会人员", [
        ["姓名", "单位", "职务"],
        ["单位", "市财政局", "主任"],
      ]),
    );
    expect(wb.roster.records).toHaveLength(1);
  });
});
