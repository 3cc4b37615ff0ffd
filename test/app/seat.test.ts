import path from "node:path";
import { fillSeating } from "../../src/app/seat";
import { createXlsxGateway, openXlsxFile } from "../../src/xlsx";
import { readInputs } from "../../src/app/readInputs";
import { MemoryGateway } from "../fakes/memoryGateway";

const roster = [
  ["编号", "姓名", "单位", "生活习俗"],
  ["A001", "张伟", "市财政局", "清真"],
  ["A002", "李娜", "市教育局", ""],
  ["A003", "王芳", "市教育局", "素食"],
];

describe("fillSeating", () => {
  it("writes the rostrum, the table tents, the table assignment and the table chart in one plan", async () => {
    const marked = roster.map((row, i) => [...row, i === 0 ? "主席台" : "否"]);
    const g = new MemoryGateway({ 会议信息: [["会议名称", "年度工作会议"]], 参会人员: marked });
    const r = await fillSeating(g);
    expect(r.tables.status).toBe("ok");
    expect(g.applied).toHaveLength(1);
    expect(g.applied[0].sheets.map((s) => [s.name, s.owner])).toEqual([
      ["主席台座次", "daisSeating"],
      ["桌签", "tableTents"],
      ["桌次安排", "tableAssignment"],
      ["桌次图", "tableChart"],
    ]);
    const sheet = g.sheets.get("桌次安排")!;
    const names = sheet.filter((row) => row[0] === 1 && row[2] !== "").map((row) => row[3]);
    expect(names.sort()).toEqual(["张伟", "李娜", "王芳"].sort());
    expect(sheet.find((row) => row[3] === "张伟")![5]).toBe("清真");
    // Nobody is on this rostrum: the tents sheet says so rather than keeping an earlier run's tents.
    expect(g.sheets.get("桌签")!.flat()).toContain("主席台没有人员，无需桌签。");
  });

  it("writes no rostrum sheets for a guest list with no rostrum column, and opens on the table assignment", async () => {
    const g = new MemoryGateway({ 参会人员: roster });
    const r = await fillSeating(g);
    expect(g.applied[0].sheets.map((s) => [s.owner, Boolean(s.activate)])).toEqual([
      ["tableAssignment", true],
      ["tableChart", false],
    ]);
    expect(r.problems).toEqual([expect.objectContaining({ id: "dais.nobody", severity: "info" })]);
  });

  it("puts a tent for every rostrum member on the tents sheet, and points to it from the rostrum sheet", async () => {
    const file = path.join(__dirname, "../../samples/annual-work-conference.zh.xlsx");
    const r = await fillSeating(createXlsxGateway(await openXlsxFile(file)), { dryRun: true });
    const tents = r.plan.sheets.find((s) => s.owner === "tableTents")!;
    const seated = r.dais.rows.flatMap((row) => row.seats.map((s) => s.person.name));
    expect(seated.length).toBeGreaterThan(3);
    // Each tent carries the name on both faces (columns B and D), in seat order.
    const faces = tents.values[0].values.filter((row) => seated.includes(String(row[1]))).map((row) => [row[1], row[3]]);
    expect(faces).toEqual(seated.map((n) => [n, n]));
    const dais = r.plan.sheets.find((s) => s.owner === "daisSeating")!;
    expect(dais.values[0].values.flat()).toContain(`桌签见工作表“${tents.name}”：每页一个，按座位顺序，打印后对折。`);
  });

  it("writes nothing at all, not even the rostrum, when the tables cannot be planned, and says who and why", async () => {
    const g = new MemoryGateway({
      会议信息: [
        ["会议名称", "年度工作会议"],
        ["每桌人数", 2],
        ["桌数", 1],
      ],
      参会人员: roster,
    });
    const r = await fillSeating(g);
    expect(g.applied).toEqual([]);
    expect(r.plan.sheets).toEqual([]);
    expect(r.tables.status).toBe("infeasible");
    if (r.tables.status === "infeasible") expect(r.tables.problems.map((p) => p.message.zh)).toEqual(["就餐3人，但2个座位不够。"]);
  });

  it("writes table and seat into the roster, keeps locked rows as typed, and a second run changes no roster cell", async () => {
    const file = path.join(__dirname, "../../samples/annual-work-conference.zh.xlsx");
    const gateway = createXlsxGateway(await openXlsxFile(file));
    const before = await readInputs(gateway);
    const first = await fillSeating(gateway);
    expect(first.tables.status).toBe("ok");
    if (first.tables.status !== "ok") return;
    expect(first.roster.cells).toBeGreaterThan(100);
    const after = await readInputs(gateway);
    const at = new Map(after.parsed.roster.records.map((p) => [p.row, p]));
    for (const t of first.tables.tables)
      for (const g of t.guests) {
        const row = first.tableProblem.guests.find((x) => x.id === g.id)!.row!;
        expect([Number(at.get(row)!.fields.table?.value), Number(at.get(row)!.fields.seat?.value)]).toEqual([t.table, g.seat]);
      }
    const locked = before.parsed.roster.records.filter((p) => p.fields.locked?.value && p.fields.table?.value);
    expect(locked.length).toBeGreaterThan(0);
    for (const p of locked) expect(at.get(p.row)!.fields.table?.value).toBe(p.fields.table!.value);
    const second = await fillSeating(gateway);
    expect(second.roster.cells).toBe(0);
    expect(second.plan.sheets.map((s) => s.mode)).toEqual(["replace", "replace", "replace", "replace", "replace"]);
    expect(second.plan.sheets.map((s) => [s.owner, s.exists])).toEqual([
      ["daisSeating", true],
      ["tableTents", true],
      ["tableAssignment", true],
      ["tableChart", true],
      ["planRecord", true],
    ]);
  });

  it("keeps a locked guest's typed seat", async () => {
    const g = new MemoryGateway({
      会议信息: [["会议名称", "年度工作会议"]],
      参会人员: [
        ["编号", "姓名", "单位", "锁定", "桌号", "座位"],
        ["A001", "张伟", "市财政局", "", "", ""],
        ["A002", "李娜", "市教育局", "是", "1", "1"],
        ["A003", "王芳", "市教育局", "", "", ""],
      ],
    });
    const r = await fillSeating(g);
    if (r.tables.status !== "ok") throw new Error(r.tables.status);
    const host = r.tables.tables[0].guests.find((x) => x.seat === 1)!;
    expect([host.name, host.role]).toEqual(["李娜", "host"]);
    const roster = g.sheets.get("参会人员")!;
    expect(roster.map((row) => row.slice(4, 6))).toEqual([
      ["桌号", "座位"],
      [1, 6],
      ["1", "1"],
      [1, 2],
    ]);
  });

  it("gives the same plan on every run", async () => {
    const file = path.join(__dirname, "../../samples/annual-work-conference.zh.xlsx");
    const run = async () => (await fillSeating(createXlsxGateway(await openXlsxFile(file)), { dryRun: true })).plan;
    expect(await run()).toEqual(await run());
  });

  describe.each(["annual-work-conference.zh.xlsx", "annual-conference.en.xlsx"])("the sample %s", (file) => {
    it("seats every active person who dines exactly once", async () => {
      const gateway = createXlsxGateway(await openXlsxFile(path.join(__dirname, "../../samples", file)));
      const r = await fillSeating(gateway, { dryRun: true });
      expect(r.tables.status).toBe("ok");
      if (r.tables.status !== "ok") return;
      const seated = r.tables.tables.flatMap((t) => t.guests.map((g) => g.id));
      expect(new Set(seated).size).toBe(seated.length);
      expect(seated.sort()).toEqual(r.tableProblem.guests.map((g) => g.id).sort());
      // A row that repeats someone already listed (the sample plants one) is that person, seated once.
      const active = r.parsed.roster.records.filter(
        (p) =>
          !["leave", "cancelled"].includes(p.fields.status?.value ?? "") && p.fields.role?.value !== "staff" && p.duplicateOf === undefined,
      );
      expect(seated.length).toBeGreaterThanOrEqual(active.length);
      expect(r.plan.sheets.map((s) => s.mode)).toEqual(["replace", "replace", "replace", "replace", "update", "replace"]);
      expect(r.plan.sheets[4].name).toBe(r.parsed.roster.sheet);
      expect(r.plan.sheets[5]).toMatchObject({ owner: "planRecord", hidden: true });
    });
  });
});
