import { xlsx, type Cell } from "./build";
import type { OtherCase } from "./corpusCase";

const day = (m: number, d: number) => new Date(Date.UTC(2026, m - 1, d));

/** Workbooks with no roster at all: finance's budget, the team's task list. Check reads them and skips the roster's rules. */
export const OTHER_CASES: OtherCase[] = [
  {
    file: "budget-only.xlsx",
    shape: "Finance's 经费预算 workbook: a merged title, 7 budget lines, a category subtotal row of SUM formulas (no label) and a 合计 row",
    build() {
      const rows: Cell[][] = [
        ["2026年度工作会议经费预算表"],
        ["序号", "类别", "项目", "数量", "单价", "预算金额", "实际金额", "审批人", "发票号", "备注"],
        [1, "会议厅费", "主会场租赁（2天）", 2, 15000, 30000, 28000, "李娜", "04400123", ""],
        [2, "会议厅费", "分会场租赁（2天）", 2, 4000, 8000, 8000, "李娜", "04400124", ""],
        ["", "会议厅费", "", "", "", { formula: "SUM(F3:F4)", result: 38000 }, { formula: "SUM(G3:G4)", result: 36000 }, "", "", ""],
        [3, "住宿费", "标准间（2晚）", 150, 450, 67500, "", "", "", "协议价"],
        [4, "餐费", "工作餐", 300, 100, 30000, "", "", "", ""],
        [5, "交通费", "接送站用车", 4, 1500, 6000, "", "", "", ""],
        [6, "印刷费", "会议材料", 150, 40, 6000, "", "", "", ""],
        [7, "不可预计费用", "预留", "", "", 10000, "", "", "", ""],
        [
          "",
          "合计",
          "",
          "",
          "",
          { formula: "F3+F4+F6+F7+F8+F9+F10", result: 157500 },
          { formula: "G3+G4+G6+G7+G8+G9+G10", result: 36000 },
          "",
          "",
          "",
        ],
      ];
      return xlsx([{ name: "经费预算", rows, merges: ["A1:J1"], textColumns: [9], boldRow: 2 }]);
    },
    expect: { exit: 0, noRosterInfo: true, budgetLines: 7 },
  },
  {
    file: "tasks-only.xlsx",
    shape: "The team's 会务分工 task list (names only as 负责人): check must not take the owners for a roster",
    build() {
      const owners = ["王芳", "刘洋", "陈静", "张伟"];
      const tasks: [string, string, Date, string][] = [
        ["会前", "拟定会议方案", day(11, 10), "已完成"],
        ["会前", "印发会议通知", day(11, 20), "已完成"],
        ["会前", "预订会议酒店", day(11, 25), "已完成"],
        ["会前", "汇总参会回执", day(12, 20), "进行中"],
        ["会前", "制作席卡和证件", day(12, 24), "进行中"],
        ["会前", "布置会场", day(12, 27), "进行中"],
        ["会中", "设立签到台", day(12, 28), "进行中"],
        ["会中", "会议记录", day(12, 28), "进行中"],
        ["会后", "整理会议纪要", day(12, 31), "进行中"],
        ["会后", "费用结算", day(12, 31), "进行中"],
      ];
      const rows: Cell[][] = [
        ["序号", "阶段", "任务", "负责人", "截止时间", "状态", "备注"],
        ...tasks.map(([phase, task, due, status], i): Cell[] => [i + 1, phase, task, owners[i % owners.length], due, status, ""]),
      ];
      return xlsx([{ name: "会务分工", rows, numFmt: { 5: "yyyy-mm-dd" }, boldRow: 1 }]);
    },
    expect: { exit: 0, noRosterInfo: true },
  },
];
