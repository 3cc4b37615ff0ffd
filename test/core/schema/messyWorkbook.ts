import fc from "fast-check";
import type { CellValue } from "../../../src/core/cellValue";
import type { ColumnDef, SheetDef, TableSheetDef } from "../../../src/core/schema/sheetDef";
import { BUDGET, EVENT, HOTELS, INPUT_SHEETS, ROSTER, TASKS } from "../../../src/core/schema/sheets";
import type { SheetSnapshot } from "../../../src/workbook/gateway";

/**
 * Random messy workbooks for property tests of the parser and the rules: sheets of every input
 * kind under usual and unusual names, headers in any order and spelling, cells of every sort.
 */
// Messy cells: CJK and full-width text, numbers, serials, booleans, blanks, error values, and text
// that other parsers would take for dates, money, yes/no, list values or totals.
const messyText = fc.string({
  unit: fc.constantFrom(..."张伟李娜会议人员预算合计是否男女、，；,; 　ＡＢＣ１２３abcXYZ0123456789-/.:¥￥元%*（）()#".split("")),
  maxLength: 12,
});
const typical = fc.constantFrom<CellValue>(
  "待确认",
  "请假",
  "取消",
  "工作人员",
  "出席证",
  "工作证",
  "标准间",
  "不可预计费用",
  "讲课费",
  "明天",
  "市行政中心3号楼6楼第一会议室",
  46366,
  46365.625,
  46368.4,
  "是",
  "否",
  "Y",
  "N",
  "✓",
  "男",
  "女",
  "出席",
  "Speaker",
  "已确认",
  "TBC",
  "会前",
  "已付款",
  "中式",
  "合计",
  "Total",
  "¥12,000",
  "12,000元",
  "3/4/2026",
  "2026-03-15",
  "2026年3月15日 下午2点",
  "13800138000",
  "110101199003071234",
  "A001、A002",
  "ＡＢＣ",
  "１２３",
  "　",
  " ",
  "=1+1",
  "#N/A",
  "#DIV/0!",
  "#REF!",
);
export const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(""), weight: 4 },
  { arbitrary: typical, weight: 4 },
  { arbitrary: messyText, weight: 3 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  { arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }), weight: 2 },
  { arbitrary: fc.double({ min: -1e6, max: 3e6, noNaN: true }), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 3_000_000 }), weight: 1 },
  { arbitrary: fc.constantFrom(110101199003071000, 13800138000, 46096.5, 1e21, -0), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
);

/** A header as a planner might type it: any name of the column, sometimes decorated. */
export function headerText(c: ColumnDef): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(c.zh, c.en, ...c.synonyms), fc.constantFrom("", "*", "（必填）", "　", " ", ":"), fc.boolean())
    .map(([name, deco, before]) => (before ? deco + name : name + deco));
}

const unknownHeader = fc.constantFrom("民族", "车牌号", "Other", "其他", "", "项目", "Sheet1");

/** A header row of some of the table's columns (usually its essential ones, sometimes one twice), extras mixed in. */
function tableRows(def: TableSheetDef): fc.Arbitrary<CellValue[][]> {
  const essential = def.columns.filter((c) => def.essential.includes(c.key));
  const others = def.columns.filter((c) => !def.essential.includes(c.key));
  const headers = fc
    .tuple(
      fc.shuffledSubarray(others, { minLength: 0, maxLength: Math.min(8, others.length) }),
      fc.oneof({ arbitrary: fc.constant(essential), weight: 4 }, { arbitrary: fc.constant<ColumnDef[]>([]), weight: 1 }),
      fc.array(fc.constantFrom(...def.columns), { maxLength: 1 }),
    )
    .chain(([a, b, twice]) => fc.tuple(...[...a, ...b, ...twice].map(headerText)))
    .chain((known) => fc.tuple(fc.constant(known as string[]), fc.array(unknownHeader, { maxLength: 2 })))
    .chain(([known, extra]) => fc.shuffledSubarray([...known, ...extra], { minLength: known.length + extra.length }));
  return fc
    .tuple(headers, fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 2 }))
    .chain(([header, above]) =>
      fc
        .array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 12 })
        .map((body) => [...above, header, ...body]),
    );
}

const keyValueRows: fc.Arbitrary<CellValue[][]> = fc.array(
  fc
    .tuple(
      fc.nat({ max: 3 }),
      fc.oneof(
        { arbitrary: fc.constantFrom(...EVENT.keys.flatMap((k) => [k.zh, k.en, ...k.synonyms])), weight: 4 },
        { arbitrary: fc.constantFrom("项目", "内容", "VIP未确认提醒天数", "序号"), weight: 1 },
        { arbitrary: messyText, weight: 1 },
      ),
      fc.array(cell, { maxLength: 3 }),
    )
    .map(([pad, key, rest]) => [...Array<CellValue>(pad).fill(""), key, ...rest]),
  { maxLength: 12 },
);

const sheetName = fc.oneof(
  fc.constantFrom(...INPUT_SHEETS.flatMap((d) => [d.zh, d.en, ...d.synonyms.slice(0, 2)])),
  fc.constantFrom("Sheet1", "Sheet2", "检查结果", "ＲＯＳＴＥＲ", " 参会人员 "),
  messyText.filter((s) => s.trim() !== ""),
);

/** A sheet of one kind's layout, usually named for that kind, sometimes for another or for none. */
export const anySheet: fc.Arbitrary<SheetSnapshot> = fc
  .constantFrom<[SheetDef, fc.Arbitrary<CellValue[][]>]>(
    [ROSTER, tableRows(ROSTER)],
    [BUDGET, tableRows(BUDGET)],
    [TASKS, tableRows(TASKS)],
    [HOTELS, tableRows(HOTELS)],
    [EVENT, keyValueRows],
  )
  .chain(([def, rows]) =>
    fc.tuple(fc.oneof(fc.constantFrom(def.zh, def.en, ...def.synonyms), sheetName), rows, fc.nat({ max: 6 }), fc.nat({ max: 4 })),
  )
  .map(([name, rows, top, left]) => {
    const width = Math.max(0, ...rows.map((r) => r.length));
    const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]);
    return { name, top, left, values: width === 0 ? [] : values };
  });

export const messyWorkbook = fc.uniqueArray(anySheet, { maxLength: 6, selector: (s) => s.name });
