import ExcelJS from "exceljs";

type Cell = string | number | null | { formula: string };

/**
 * A Chinese workbook whose Budget sheet is as messy as a real one and still readable: a title
 * above the headers, a 序号 column before 类别, an amount typed as "¥12,000", categories with
 * quotes, wildcards, a leading "=", a ">", digits, two casings and a trailing space, lines
 * without a category on both sides of a blank row, cents, and a 合计 row of SUM formulas whose
 * category cell is empty (the lines without a category must not pick it up).
 */
export const MESSY_BUDGET: Cell[][] = [
  ["2026年度工作会议经费预算"],
  ["序号", "类别", "项目", "预算金额", "已承诺", "实际金额", "备注"],
  [1, "会议厅费", "主会场租赁", 30000, 30000, 9000.5],
  [2, "会议厅费", "分组讨论室", 5600.25, 5600.25, null],
  [3, "讲课费", "专题讲座", 12000, "¥12,000", null, "已签合同"],
  [4, 'He said "=1"', "引号测试", 1000, 500, 1500.75],
  [5, "=1", "等号开头", 200, null, null],
  [6, "A*B", "通配符", 300, 300, null],
  [7, "AxB", "不是通配符", 400, null, 450],
  [8, "Catering", "Lunch", 800, 800, null],
  [9, "catering", "Dinner", 100, null, 100],
  [10, "餐饮 ", "工作餐（末尾空格）", 900, 900, null],
  [11, "餐饮", "茶歇", 1000, null, 999.99],
  [12, null, "未分类一", 250, 250, null],
  [],
  [13, null, "未分类二", 150, "待定", 20],
  [14, "2026", "像数字的类别", 700, 700, 700],
  [15, ">杂项", "大于号开头", 60, null, null],
  [16, "不可预计费用", "不可预计费用", 5000, null, null],
  ["合计", null, null, { formula: "SUM(D3:D19)" }, { formula: "SUM(E3:E19)" }, { formula: "SUM(F3:F19)" }],
];

export const MESSY_EVENT: Cell[][] = [
  ["项目", "内容"],
  ["会议名称", "2026年度工作会议"],
  ["开始时间", "2026-12-10 09:00"],
  ["结束时间", "2026-12-11 17:30"],
  ["预算总额", 60000],
  ["币种", "CNY"],
];

function fill(ws: ExcelJS.Worksheet, rows: Cell[][]): void {
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) ws.getCell(r + 1, c + 1).value = value;
    }),
  );
}

export async function messyBudgetBook(): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  fill(excel.addWorksheet("会议信息"), MESSY_EVENT);
  fill(excel.addWorksheet("预算"), MESSY_BUDGET);
  return Buffer.from(await excel.xlsx.writeBuffer());
}
