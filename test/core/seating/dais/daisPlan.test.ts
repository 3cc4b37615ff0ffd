import fc from "fast-check";
import type { CellValue } from "../../../../src/core/cellValue";
import { daisPlan, rowSizes, type DaisPlan } from "../../../../src/core/seating/dais/daisPlan";
import { workbook } from "../../rules/ruleHarness";

const HEAD = ["姓名", "单位", "职务", "排序", "主席台", "回执"];
const person = (name: string, precedence: CellValue, dais = "是", status = "已确认"): CellValue[] => [
  name,
  `${name}单位`,
  `${name}职务`,
  precedence,
  dais,
  status,
];
/** Names 甲1…甲n with precedence 1…n, all on the rostrum. */
const ranked = (n: number) => Array.from({ length: n }, (_, i) => person(`甲${i + 1}`, i + 1));

function plan(roster: CellValue[][], event: CellValue[][] = [["会议名称", "年度工作会议"]]): DaisPlan {
  return daisPlan(workbook({ 会议信息: event, 参会人员: [HEAD, ...roster] }));
}
/** Each row's names from the audience's left, front row first. */
const names = (p: DaisPlan) => p.rows.map((r) => r.seats.map((s) => s.person.name).join(" "));
const precedences = (p: DaisPlan) => p.rows.map((r) => r.seats.map((s) => s.precedence ?? "C").join(" "));
const ids = (p: DaisPlan) => p.problems.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.id}`);

describe("daisPlan", () => {
  it("seats a Chinese workbook's rostrum by the Chinese convention, seen from the audience", () => {
    const p = plan(ranked(7));
    expect(p.settings.convention).toBe("chinese");
    expect(precedences(p)).toEqual(["7 5 3 1 2 4 6"]);
    expect(names(p)).toEqual(["甲7 甲5 甲3 甲1 甲2 甲4 甲6"]);
    const middle = p.rows[0].seats[3];
    expect(middle).toMatchObject({ seatNumber: 4, precedence: 1, chair: false });
    expect(middle.person).toMatchObject({ name: "甲1", title: "甲1职务", organisation: "甲1单位", sheet: "参会人员", row: 1, cell: "A2" });
    expect(p.problems).toEqual([]);
  });

  it("seats an English workbook by the international convention", () => {
    const wb = workbook({
      Event: [["Event name", "Annual Conference"]],
      Roster: [
        ["Name", "Organisation", "Title", "Precedence", "Rostrum"],
        ["Alice Chen", "City Office", "Director", 2, "Yes"],
        ["Robert Miles", "Finance", "Deputy", 3, "Yes"],
        ["Mary Jones", "Mayor's Office", "Mayor", 1, "Yes"],
        ["Tom Brown", "Health", "Officer", 4, "No"],
      ],
    });
    const p = daisPlan(wb);
    expect(p.settings.convention).toBe("international");
    expect(names(p)).toEqual(["Alice Chen Mary Jones Robert Miles"]);
  });

  it("follows the Event sheet's convention and even-count variant", () => {
    const event = [
      ["座次惯例", "国际"],
      ["偶数排法", "B"],
    ];
    expect(precedences(plan(ranked(7), event))).toEqual(["6 4 2 1 3 5 7"]);
    expect(precedences(plan(ranked(8), [["偶数排法", "B"]]))).toEqual(["8 6 4 2 1 3 5 7"]);
    expect(precedences(plan(ranked(8)))).toEqual(["7 5 3 1 2 4 6 8"]);
  });

  it("variant C puts the stage centre through No.1", () => {
    const p = plan(ranked(8), [["偶数排法", "C"]]);
    expect(precedences(p)).toEqual(["7 5 3 1 2 4 6 8"]);
    expect(p.rows[0].stageCentre).toBe(3);
    expect(plan(ranked(8)).rows[0].stageCentre).toBe(3.5);
  });

  it("orders by precedence, breaks ties by roster row and says so", () => {
    const p = plan([person("乙", 2), person("甲", 1), person("丙", 2)]);
    expect(names(p)).toEqual(["丙 甲 乙"]);
    expect(ids(p)).toEqual(["info 参会人员!D2 dais.precedence-tie"]);
    expect(p.problems[0].message.zh).toBe("乙、丙 的排序同为 2，已按名单顺序排定先后。");
  });

  it("puts people without a precedence last, in roster order, with a warning naming them", () => {
    const p = plan([person("无甲", ""), person("甲", 1), person("无乙", "")]);
    expect(precedences(p)).toEqual(["3 1 2"]);
    expect(names(p)).toEqual(["无乙 甲 无甲"]);
    expect(ids(p)).toEqual(["warning 参会人员!D2 dais.no-precedence"]);
    expect(p.problems[0].message.zh).toContain("无甲、无乙");
  });

  it("leaves out people on leave or cancelled", () => {
    const p = plan([person("甲", 1), person("乙", 2, "是", "请假"), person("丙", 3), person("丁", 4, "是", "取消"), person("戊", 5, "否")]);
    expect(names(p)).toEqual(["甲 丙"]);
    expect(ids(p)).toEqual(["info 参会人员!F3 dais.member-absent"]);
    expect(p.problems[0].message.zh).toContain("乙、丁");
  });

  it("reports an empty rostrum as a problem instead of throwing", () => {
    const p = plan([person("甲", 1, "否"), person("乙", 2, "")]);
    expect(p.rows).toEqual([]);
    expect(ids(p)).toEqual(["error 参会人员!E1 dais.nobody"]);
    const empty = daisPlan(workbook({ 会议信息: [["会议名称", "x"]] }));
    expect(empty.rows).toEqual([]);
    expect(empty.problems.map((f) => f.id)).toEqual(["dais.nobody"]);
  });

  describe("the chair", () => {
    it("sits by rank by default", () => {
      const p = plan(ranked(5), [["主持人", "甲2"]]);
      expect(names(p)).toEqual(["甲5 甲3 甲1 甲2 甲4"]);
      expect(p.rows[0].seats.filter((s) => s.chair).map((s) => s.person.name)).toEqual(["甲2"]);
    });

    it("sits at the front row's left or right end as seen from the audience", () => {
      const left = plan(ranked(5), [
        ["主持人", "甲2"],
        ["主持人位置", "左端"],
      ]);
      expect(precedences(left)).toEqual(["C 3 1 2 4"]);
      expect(names(left)).toEqual(["甲2 甲4 甲1 甲3 甲5"]);
      expect(left.rows[0].stageCentre).toBe(2.5);
      const right = plan(ranked(5), [
        ["主持人", "甲2"],
        ["主持人位置", "右端"],
      ]);
      expect(names(right)).toEqual(["甲4 甲1 甲3 甲5 甲2"]);
      expect(right.rows[0].seats[4]).toMatchObject({ seatNumber: 5, precedence: null, chair: true });
    });

    it("is seated even when not marked for the rostrum", () => {
      const p = plan([...ranked(2), person("主持", 9, "否")], [["主持人", "主持"]]);
      expect(names(p)).toEqual(["主持 甲1 甲2"]);
      expect(ids(p)).toEqual(["info 会议信息!B1 dais.chair-added"]);
    });

    it("not found on the roster is a problem, and the rostrum is still seated", () => {
      const p = plan(ranked(3), [["主持人", "王五"]]);
      expect(names(p)).toEqual(["甲3 甲1 甲2"]);
      expect(ids(p)).toEqual(["warning 会议信息!B1 dais.chair-unknown"]);
      expect(p.problems[0].message.en).toBe('The chair "王五" is not on the roster, so they are not seated on the rostrum.');
    });

    it("on leave is not seated", () => {
      const p = plan([...ranked(2), person("主持", 3, "是", "请假")], [["主持人", "主持"]]);
      expect(names(p)).toEqual(["甲1 甲2"]);
      expect(ids(p)).toContain("warning 会议信息!B1 dais.chair-absent");
    });
  });

  describe("rows", () => {
    it("splits by the seats-per-row setting, front row ranking above the back", () => {
      const p = plan(ranked(10), [["主席台每排座位数", 7]]);
      expect(precedences(p)).toEqual(["7 5 3 1 2 4 6", "10 8 9"]);
      expect(p.rows.map((r) => r.rowNumber)).toEqual([1, 2]);
    });

    it("keeps up to 15 in one row by default, then fills rows evenly", () => {
      expect(plan(ranked(15)).rows).toHaveLength(1);
      expect(plan(ranked(16)).rows.map((r) => r.seats.length)).toEqual([8, 8]);
      expect(rowSizes(21)).toEqual([11, 10]);
      expect(rowSizes(31)).toEqual([11, 10, 10]);
      expect(rowSizes(10, 4)).toEqual([4, 4, 2]);
      expect(rowSizes(0)).toEqual([]);
    });

    it("counts the chair at an end as one of the front row's seats", () => {
      const p = plan(ranked(6), [
        ["主持人", "甲6"],
        ["主持人位置", "Right end"],
        ["Rostrum seats per row", 4],
      ]);
      expect(precedences(p)).toEqual(["3 1 2 C", "4 5"]);
    });

    it("rejects a seats-per-row below one and keeps the default", () => {
      const p = plan(ranked(3), [["主席台每排座位数", 0]]);
      expect(p.rows).toHaveLength(1);
      expect(ids(p)).toEqual(["warning 会议信息!B1 dais.setting-invalid"]);
    });

    it("reports an unreadable setting and keeps the default", () => {
      const p = plan(ranked(4), [["偶数排法", "D"]]);
      expect(precedences(p)).toEqual(["3 1 2 4"]);
      expect(ids(p)).toEqual(["warning 会议信息!B1 dais.setting-invalid"]);
    });
  });

  it("lets the caller override the workbook's settings", () => {
    const wb = workbook({ 会议信息: [["会议名称", "x"]], 参会人员: [HEAD, ...ranked(3)] });
    expect(precedences(daisPlan(wb, { convention: "international" }))).toEqual(["2 1 3"]);
  });
});

describe("daisPlan on random rosters", () => {
  const row = fc.record({
    name: fc.constantFrom("甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", ""),
    precedence: fc.oneof(fc.integer({ min: -2, max: 6 }), fc.constant(""), fc.constant("首位")),
    dais: fc.constantFrom("是", "否", "", "maybe"),
    status: fc.constantFrom("已确认", "请假", "取消", "", "待确认"),
  });
  const settings = fc.record({
    variant: fc.constantFrom("A", "B", "C", "X"),
    perRow: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constant("")),
    chair: fc.constantFrom("甲", "乙", "nobody", ""),
    chairAt: fc.constantFrom("按位次", "左端", "右端", ""),
    convention: fc.constantFrom("中式", "国际", ""),
  });

  it("never throws, seats each active rostrum member once and is the same on every run", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), settings, (rows, s) => {
        const roster = [HEAD, ...rows.map((r) => person(r.name, r.precedence, r.dais, r.status))];
        const event: CellValue[][] = [
          ["会议名称", "x"],
          ["偶数排法", s.variant],
          ["主席台每排座位数", s.perRow],
          ["主持人", s.chair],
          ["主持人位置", s.chairAt],
          ["座次惯例", s.convention],
        ];
        const p = plan(roster.slice(1), event);
        const seated = p.rows.flatMap((r) => r.seats.map((x) => x.person.row));
        expect(new Set(seated).size).toBe(seated.length);
        const marked = rows.flatMap((r, i) => (r.name && r.dais === "是" && r.status !== "请假" && r.status !== "取消" ? [i + 1] : []));
        expect(seated.filter((x) => !marked.includes(x)).length).toBeLessThanOrEqual(1);
        for (const m of marked) expect(seated).toContain(m);
        const ranks = p.rows.flatMap((r) => r.seats.map((x) => x.precedence)).filter((x): x is number => x !== null);
        expect([...ranks].sort((a, b) => a - b)).toEqual(ranks.map((_, i) => i + 1));
        for (const f of p.problems) expect(f.sheet && f.cell).toBeTruthy();
        expect(plan(roster.slice(1), event)).toEqual(p);
      }),
      { numRuns: 150 },
    );
  });
});
