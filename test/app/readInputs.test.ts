import { readInputs } from "../../src/app/readInputs";
import { ownershipStamp } from "../../src/workbook/ownership";
import { MemoryGateway } from "../fakes/memoryGateway";

const rosterRows = [
  ["编号", "姓名", "性别", "单位", "回执"],
  ["A001", "张伟", "男", "市财政局", "已确认"],
  ["A002", "李娜", "女", "市教育局", "待确认"],
];

describe("readInputs", () => {
  it("reads every input sheet in one request when they go by their usual names", async () => {
    const g = new MemoryGateway({
      会议信息: [["会议名称", "年度工作会议"]],
      参会人员: rosterRows,
      预算: [
        ["类别", "项目", "预算金额"],
        ["会议厅费", "主会场", 30000],
      ],
      任务: [
        ["阶段", "任务", "负责人"],
        ["会前", "印发会议通知", "王芳"],
      ],
    });
    const r = await readInputs(g);
    expect(r.reads).toBe(1);
    expect(g.reads).toHaveLength(1);
    expect(r.parsed.roster.records).toHaveLength(2);
    expect(r.parsed.event.fields.name?.value).toBe("年度工作会议");
    expect(r.located.roster).toEqual({ name: "参会人员", foundBy: "name" });
  });

  it("finds a roster on an oddly named sheet by its headers, with one more read", async () => {
    const g = new MemoryGateway({ Sheet1: rosterRows, 备忘: [["随手记", "明天订车"]] });
    const r = await readInputs(g);
    expect(r.reads).toBe(2);
    expect(r.located.roster).toEqual({ name: "Sheet1", foundBy: "headers" });
    expect(r.parsed.roster.records.map((x) => x.fields.name?.value)).toEqual(["张伟", "李娜"]);
  });

  it("reads a sheet whose name differs only in width or spacing from the usual one", async () => {
    const g = new MemoryGateway({ " 参会人员 ": rosterRows });
    const r = await readInputs(g);
    expect(r.located.roster?.name).toBe(" 参会人员 ");
    expect(r.parsed.roster.records).toHaveLength(2);
  });

  it("never takes the add-in's own output sheets for input", async () => {
    const g = new MemoryGateway({ 座次: rosterRows });
    g.owned = [{ kind: "tableAssignment", name: "座次", stamp: ownershipStamp("tableAssignment", "编号") }];
    const r = await readInputs(g);
    expect(r.located.roster).toBeUndefined();
    expect(r.parsed.findings.some((f) => f.id === "parse.sheet-missing" && f.severity === "error")).toBe(true);
  });

  it("takes a marker for a hint: a marked sheet whose A1 is not what Huiwu wrote is the planner's, and is read", async () => {
    const g = new MemoryGateway({ Sheet1: rosterRows });
    // A name made by hand, or edited in Name Manager to point at the list.
    g.owned = [{ kind: "issues", name: "Sheet1", stamp: "" }];
    const r = await readInputs(g);
    expect(r.located.roster).toEqual({ name: "Sheet1", foundBy: "headers" });
    expect(r.snapshot.owned).toEqual([expect.objectContaining({ kind: "issues", name: null })]);
    expect(r.notices).toEqual([
      expect.objectContaining({ id: "ownership.marker-refused", severity: "warning", sheet: "Sheet1", cell: "A1" }),
    ]);
    expect(r.notices[0].message.en).toBe(
      'Sheet "Sheet1" carries Huiwu\'s output mark (the name HuiwuOwned_issues), but it is one of the sheets this command reads, so Huiwu will not write over it: that output goes to a sheet of its own.',
    );
  });

  it("spares an input sheet even when its marker's stamp matches", async () => {
    const g = new MemoryGateway({ 参会人员: rosterRows });
    g.owned = [{ kind: "issues", name: "参会人员", stamp: ownershipStamp("issues", "编号") }];
    const r = await readInputs(g);
    expect(r.snapshot.owned).toEqual([expect.objectContaining({ kind: "issues", name: null })]);
    expect(r.notices.map((f) => f.sheet)).toEqual(["参会人员"]);
  });

  it("an empty workbook gives findings, not a throw", async () => {
    const r = await readInputs(new MemoryGateway({}));
    expect(r.parsed.roster.sheet).toBeNull();
    expect(r.parsed.findings.map((f) => f.id)).toContain("parse.sheet-missing");
  });
});
