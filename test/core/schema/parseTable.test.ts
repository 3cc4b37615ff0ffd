import type { CellValue } from "../../../src/core/cellValue";
import { parseTable } from "../../../src/core/schema/parseTable";
import { BUDGET, HOTELS, ROSTER, TASKS, type BudgetFields, type RosterFields, type TaskFields } from "../../../src/core/schema/sheets";
import type { SheetSnapshot } from "../../../src/workbook/gateway";
import { SERIAL, sheet, withId, zhRoster } from "./fixtures";

const roster = (s: SheetSnapshot) => parseTable<RosterFields>(s, ROSTER, "name");
const budget = (s: SheetSnapshot) => parseTable<BudgetFields>(s, BUDGET, "name");
const tasks = (s: SheetSnapshot) => parseTable<TaskFields>(s, TASKS, "name");

describe("parseTable: header recognition", () => {
  it("maps Chinese headers to fields and records to typed values", () => {
    const t = roster(zhRoster());
    expect(t.sheet).toBe("参会人员");
    expect(t.foundBy).toBe("name");
    expect(t.headerRow).toBe(2);
    expect(t.records).toHaveLength(2);
    const [a, b] = t.records;
    expect(a.row).toBe(3);
    expect(a.fields.name).toMatchObject({ value: "张伟", address: "B4" });
    expect(a.fields.gender?.value).toBe("male");
    expect(a.fields.role?.value).toBe("attendee");
    expect(a.fields.vip?.value).toBe(true);
    expect(a.fields.status?.value).toBe("confirmed");
    expect(a.fields.phone?.value).toBe("13800138000");
    expect(a.fields.arrival?.value).toEqual({ date: "2026-03-15" });
    expect(b.fields.role?.value).toBe("guest");
    expect(b.fields.vip?.value).toBe(false);
    expect(b.fields.arrival).toMatchObject({ value: { date: "2026-03-14", time: "18:30" }, fromText: true, address: "J5" });
    expect(t.findings).toEqual([]);
  });

  it("keeps the header text as typed for each recognised column", () => {
    const t = roster(zhRoster());
    expect(t.columns.get("name")).toEqual({ col: 1, header: "姓名*" });
    expect(t.columns.get("phone")).toEqual({ col: 8, header: "电话" });
  });

  it("maps English and synonym headers, in any order", () => {
    const t = roster(
      sheet("Guests", [
        ["Mobile", "Affiliation", "Guest name", "RSVP", "Sex", "Rank"],
        ["+44 7700 900123", "City Planning Office", "Alice Chen", "Confirmed", "F", 2],
      ]),
    );
    const f = t.records[0].fields;
    expect(f.phone).toMatchObject({ value: "+44 7700 900123", address: "A2" });
    expect(f.organisation).toMatchObject({ value: "City Planning Office", address: "B2" });
    expect(f.name).toMatchObject({ value: "Alice Chen", address: "C2" });
    expect(f.status?.value).toBe("confirmed");
    expect(f.gender?.value).toBe("female");
    expect(f.precedence?.value).toBe(2);
  });

  it("reads headers with full-width characters, ideographic spaces, stray spaces and required-field marks", () => {
    const t = roster(
      sheet("参会人员", [
        ["　编号　", "姓名*", "单位（全称）", " 职 务 ", "ＶＩＰ", "E-Mail", "电话(必填)"],
        ["A001", "张伟", "市财政局", "局长", "是", "zw@example.cn", "13800138000"],
      ]),
    );
    expect([...t.columns.keys()].sort()).toEqual(["email", "id", "name", "organisation", "phone", "title", "vip"]);
    expect(t.extraColumns).toEqual([]);
    expect(t.records[0].fields.vip?.value).toBe(true);
  });

  it("reads below a merged group heading row", () => {
    const t = roster(
      sheet("参会人员", [
        ["2026年度工作会议报名表"],
        ["基本信息", "", "", "联系方式", "", "住宿", ""],
        ["姓名", "单位", "职务", "电话", "邮箱", "需住宿", "房型"],
        ["张伟", "市财政局", "局长", "13800138000", "zw@example.cn", "是", "标准间"],
      ]),
    );
    expect(t.headerRow).toBe(2);
    expect(t.records).toHaveLength(1);
    expect(t.records[0].row).toBe(3);
    expect(t.records[0].fields.needsHotel).toMatchObject({ value: true, address: "F4" });
    expect(t.records[0].fields.roomType).toMatchObject({ value: "标准间", address: "G4" });
  });

  it("gives sheet addresses when the data starts at C3", () => {
    const t = roster(
      sheet(
        "参会人员",
        [
          ["编号", "姓名", "性别", "排序"],
          ["A001", "张伟", "男", 1],
          ["A002", "李娜", "#N/A", "未定"],
        ],
        "C3",
      ),
    );
    expect(t.headerRow).toBe(2);
    expect(t.columns.get("name")).toEqual({ col: 3, header: "姓名" });
    expect(t.records.map((r) => r.row)).toEqual([3, 4]);
    expect(t.records[0].fields.id?.address).toBe("C4");
    expect(t.records[0].fields.name?.address).toBe("D4");
    expect(t.records[0].fields.precedence?.address).toBe("F4");
    expect(t.records[1].fields.name?.address).toBe("D5");
    expect(t.findings.map((f) => [f.id, f.cell])).toEqual([
      ["parse.error-value", "E5"],
      ["parse.integer", "F5"],
    ]);
    expect(t.findings[0]).toMatchObject({ sheet: "参会人员", cell: "E5" });
  });

  it("keeps a second column with a known header as an extra column and warns", () => {
    const t = roster(
      sheet("参会人员", [
        ["姓名", "电话", "单位", "联系电话"],
        ["张伟", "13800138000", "市财政局", "010-12345678"],
      ]),
    );
    expect(t.columns.get("phone")?.col).toBe(1);
    expect(t.records[0].fields.phone?.value).toBe("13800138000");
    expect(t.extraColumns).toEqual([{ col: 3, header: "联系电话" }]);
    expect(t.records[0].extras["联系电话"]).toMatchObject({ value: "010-12345678", address: "D2" });
    const dup = withId(t.findings, "parse.duplicate-column");
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ severity: "warning", sheet: "参会人员", cell: "D1" });
    expect(dup[0].message.zh).toContain("电话");
    expect(dup[0].message.en).toContain("Phone");
  });

  it("keeps unknown columns with their values and addresses", () => {
    const t = roster(
      sheet("参会人员", [
        ["姓名", "民族", "单位", "车牌号", "职务"],
        ["张伟", "汉族", "市财政局", "", "局长"],
        ["李娜", "", "市教育局", "京A12345", "处长"],
      ]),
    );
    expect(t.extraColumns).toEqual([
      { col: 1, header: "民族" },
      { col: 3, header: "车牌号" },
    ]);
    expect(t.records[0].extras).toEqual({ 民族: { value: "汉族", address: "B2", raw: "汉族" } });
    expect(t.records[1].extras).toEqual({ 车牌号: { value: "京A12345", address: "D3", raw: "京A12345" } });
  });

  it("lists the contract's columns that the sheet lacks", () => {
    const t = roster(
      sheet("参会人员", [
        ["姓名", "单位", "电话"],
        ["张伟", "市财政局", "13800138000"],
      ]),
    );
    const missing = t.missingColumns.map((c) => c.key);
    expect(missing).not.toContain("name");
    expect(missing).not.toContain("phone");
    expect(missing).toContain("gender");
    expect(missing).toContain("locked");
    expect(missing).toHaveLength(ROSTER.columns.filter((c) => !c.optional).length - 3);
  });
});

describe("parseTable: rows", () => {
  it("skips blank rows in the middle and keeps the later rows' sheet rows right", () => {
    const t = roster(
      sheet("参会人员", [
        ["姓名", "单位"],
        ["张伟", "市财政局"],
        ["", ""],
        ["　", " "],
        ["李娜", "市教育局"],
      ]),
    );
    expect(t.records.map((r) => [r.row, r.fields.name?.value, r.fields.name?.address])).toEqual([
      [1, "张伟", "A2"],
      [4, "李娜", "A5"],
    ]);
  });

  it.each(["合计", "合 计", "合计：", "总计", "小计", "Total", "TOTAL", "Grand total", "Subtotal"])(
    "skips a total row labelled %j",
    (label) => {
      const t = budget(
        sheet("预算", [
          ["类别", "项目", "预算金额", "实际金额"],
          ["会议厅费", "主会场", 30000, 28000],
          ["餐饮", "工作餐", 24000, 23000],
          [label, "", 54000, 51000],
        ]),
      );
      expect(t.records).toHaveLength(2);
      expect(t.records.map((r) => r.fields.budget?.value)).toEqual([30000, 24000]);
    },
  );

  it("skips a total row whose label is not in the first column", () => {
    const t = budget(
      sheet("预算", [
        ["类别", "项目", "预算金额"],
        ["餐饮", "工作餐", 24000],
        ["", "合计", 24000],
      ]),
    );
    expect(t.records).toHaveLength(1);
  });

  it("keeps a row that merely mentions a total inside its text", () => {
    const t = budget(
      sheet("预算", [
        ["类别", "项目", "预算金额"],
        ["餐饮", "合计50人工作餐", 6000],
      ]),
    );
    expect(t.records).toHaveLength(1);
  });

  it("reports #N/A with its cell and leaves the field out", () => {
    const t = roster(
      sheet("参会人员", [
        ["姓名", "单位", "电话"],
        ["张伟", "#N/A", "13800138000"],
      ]),
    );
    const r = t.records[0];
    expect(r.fields.organisation).toBeUndefined();
    expect(r.fields.name?.value).toBe("张伟");
    expect(t.findings).toHaveLength(1);
    expect(t.findings[0]).toMatchObject({ id: "parse.error-value", severity: "warning", sheet: "参会人员", cell: "B2" });
    expect(t.findings[0].message.zh).toContain("#N/A");
  });

  it("reads dates as serials and as text, and flags ambiguous ones", () => {
    const t = roster(
      sheet("参会人员", [
        ["姓名", "抵达时间", "返程时间"],
        ["张伟", SERIAL["2026-03-14"] + 0.75, "2026年3月16日"],
        ["李娜", "3/4/2026", ""],
      ]),
    );
    const [a, b] = t.records;
    expect(a.fields.arrival?.value).toEqual({ date: "2026-03-14", time: "18:00" });
    expect(a.fields.arrival?.fromText).toBeFalsy();
    expect(a.fields.departure).toMatchObject({ value: { date: "2026-03-16" }, fromText: true, address: "C2" });
    expect(b.fields.arrival?.ambiguous).toBe(true);
    expect(b.fields.departure).toBeUndefined();
    expect(t.findings).toEqual([]);
  });

  it("reads amounts with currency signs, thousands separators and 元", () => {
    const t = budget(
      sheet("预算", [
        ["类别", "预算金额", "实际金额", "单价"],
        ["会议厅费", "¥12,000", "12,000元", "￥1,500.50"],
      ]),
    );
    const f = t.records[0].fields;
    expect(f.budget?.value).toBe(12000);
    expect(f.actual?.value).toBe(12000);
    expect(f.unitPrice?.value).toBe(1500.5);
  });

  it("reads yes/no cells written as 是/否/Y/N/✓", () => {
    const t = roster(
      sheet("参会人员", [
        ["姓名", "VIP", "需住宿", "主席台", "锁定"],
        ["张伟", "是", "否", "Y", "✓"],
        ["李娜", "N", "是", "", "否"],
      ]),
    );
    const [a, b] = t.records.map((r) => r.fields);
    expect([a.vip?.value, a.needsHotel?.value, a.dais?.value, a.locked?.value]).toEqual([true, false, true, true]);
    expect([b.vip?.value, b.needsHotel?.value, b.dais, b.locked?.value]).toEqual([false, true, undefined, false]);
  });

  it("reads list values in both languages and warns about unknown ones with the allowed values", () => {
    const t = roster(
      sheet("参会人员", [
        ["姓名", "身份", "回执", "性别"],
        ["张伟", "列席", "Confirmed", "M"],
        ["李娜", "Speaker", "未回执", "女"],
        ["王芳", "经理", "已确认", "女"],
      ]),
    );
    expect(t.records.map((r) => [r.fields.role?.value, r.fields.status?.value, r.fields.gender?.value])).toEqual([
      ["observer", "confirmed", "male"],
      ["speaker", "pending", "female"],
      [undefined, "confirmed", "female"],
    ]);
    expect(t.findings).toHaveLength(1);
    expect(t.findings[0]).toMatchObject({ id: "parse.enum", sheet: "参会人员", cell: "B4" });
    expect(t.findings[0].message.zh).toContain("出席、列席、嘉宾、讲师、工作人员");
    expect(t.findings[0].message.en).toContain("Attendee, Observer, Guest, Speaker, Staff");
  });

  it("keeps phones and IDs as text and warns when an ID stored as a number has lost digits", () => {
    const t = roster(
      sheet("参会人员", [
        ["姓名", "电话", "身份证号"],
        ["张伟", 13800138000, "110101199003071234"],
        ["李娜", 13912345678, 110101199003071000],
      ]),
    );
    expect(t.records[0].fields.phone?.value).toBe("13800138000");
    expect(t.records[0].fields.idNumber?.value).toBe("110101199003071234");
    expect(t.records[1].fields.phone?.value).toBe("13912345678");
    expect(t.findings.map((f) => [f.id, f.cell])).toEqual([["parse.digits-lost", "C3"]]);
  });

  it("splits list columns on 、 , ; and on spaces when no other separator is used", () => {
    const t = tasks(
      sheet("任务", [
        ["编号", "任务", "依赖"],
        ["T05", "布置会场", "T01、T02,T03;T04"],
        ["T06", "会场彩排", "T04 T05"],
      ]),
    );
    expect(t.records[0].fields.dependsOn?.value).toEqual(["T01", "T02", "T03", "T04"]);
    expect(t.records[1].fields.dependsOn?.value).toEqual(["T04", "T05"]);
  });

  it("keeps the findings of a sheet in row order", () => {
    const t = roster(
      sheet("参会人员", [
        ["姓名", "性别", "抵达时间"],
        ["张伟", "?", "?"],
        ["李娜", "#N/A", ""],
      ]),
    );
    expect(t.findings.map((f) => f.cell.replace(/[A-Z]+/, ""))).toEqual(["2", "2", "3"]);
  });
});

describe("parseTable: bad input", () => {
  it("reports a roster without a recognisable header row, naming the sheet and the expected headers", () => {
    const t = roster(
      sheet("参会人员", [
        ["张伟", "市财政局", "局长"],
        ["李娜", "市教育局", "处长"],
      ]),
    );
    expect(t.records).toEqual([]);
    expect(t.findings).toHaveLength(1);
    const f = t.findings[0];
    expect(f).toMatchObject({ id: "parse.no-header", severity: "error", sheet: "参会人员", cell: "A1" });
    expect(f.message.zh).toContain("参会人员");
    expect(f.message.zh).toContain("姓名");
    expect(f.message.en).toContain("参会人员");
    expect(f.message.en).toContain("Name");
    expect(f.fix?.zh).toContain("姓名");
    expect(f.fix?.en).toContain("Name");
  });

  it("reports a header row that lacks the essential column", () => {
    const t = roster(
      sheet(
        "参会人员",
        [
          ["单位", "职务", "电话"],
          ["市财政局", "局长", "13800138000"],
        ],
        "B2",
      ),
    );
    expect(t.findings.map((f) => [f.id, f.severity, f.cell])).toEqual([["parse.no-header", "error", "B2"]]);
    expect(t.records).toEqual([]);
  });

  it("reports a sheet of only blanks, and an empty sheet", () => {
    for (const rows of [
      [
        ["", ""],
        ["", ""],
      ],
      [],
    ] as CellValue[][][]) {
      const t = roster(sheet("参会人员", rows));
      expect(t.findings.map((f) => [f.id, f.sheet])).toEqual([["parse.no-header", "参会人员"]]);
      expect(t.records).toEqual([]);
    }
  });

  it("reads an optional sheet the same way", () => {
    const t = parseTable(
      sheet("酒店", [
        ["酒店", "房型", "房间数", "床位", "价格"],
        ["国际会议中心酒店", "标准间", 40, 2, "¥420"],
      ]),
      HOTELS,
      "name",
    );
    expect(t.records[0].fields).toMatchObject({ rooms: { value: 40 }, beds: { value: 2 }, rate: { value: 420 } });
  });

  it("parses a 10,000-row roster completely", () => {
    const rows: CellValue[][] = [["编号", "姓名", "单位", "性别", "电话", "抵达时间"]];
    for (let i = 0; i < 10_000; i++) {
      rows.push([
        `A${i}`,
        `参会者${i}`,
        `单位${i % 50}`,
        i % 1000 === 7 ? "#N/A" : i % 2 ? "男" : "女",
        13800000000 + i,
        SERIAL["2026-03-14"],
      ]);
    }
    const t = roster(sheet("参会人员", rows));
    expect(t.records).toHaveLength(10_000);
    expect(t.records[9_999]).toMatchObject({ row: 10_000, fields: { id: { value: "A9999", address: "A10001" } } });
    expect(t.records.filter((r) => r.fields.gender === undefined)).toHaveLength(10);
    expect(t.findings).toHaveLength(10);
    expect(t.findings[9].cell).toBe("D9009");
  });
});

describe("parseTable: extra columns that share a header", () => {
  // Two unknown columns with the same header both keep their values.
  it("keeps the values of both columns", () => {
    const t = roster(
      sheet("参会人员", [
        ["姓名", "其他", "其他"],
        ["张伟", "左", "右"],
      ]),
    );
    expect(t.extraColumns).toHaveLength(2);
    const kept = Object.values(t.records[0].extras).map((c) => c.value);
    expect(kept).toEqual(expect.arrayContaining(["左", "右"]));
  });
});
