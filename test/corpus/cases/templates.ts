import { xlsx, type Cell } from "../build";
import type { CorpusCase } from "../corpusCase";
import { defineCase } from "../define";

/** Workbooks check must refuse (exit 2) with a one-line reason: a template nobody has filled in, a workbook with no list. */
export const TEMPLATE_CASES: CorpusCase[] = [
  defineCase(
    {
      file: "empty-template-zh.xlsx",
      shape: "A 报名表 template sent out to units: 序号 1–30 filled in, every name still blank",
      expect: {
        rosterSheet: "报名表",
        foundBy: "name",
        people: 0,
        columns: { name: "姓名", organisation: "单位", title: "职务", phone: "手机号码" },
        kept: ["序号"],
        exit: 2,
        message: "没有",
      },
    },
    () => {
      const rows: Cell[][] = [["序号", "姓名", "单位", "职务", "手机号码"], ...Array.from({ length: 30 }, (_, i): Cell[] => [i + 1])];
      return xlsx([{ name: "报名表", rows, boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "empty-template-en.xlsx",
      shape: "An English 'Guest list' template: No. 1–12 filled in, Name, Table and Email still blank",
      expect: {
        rosterSheet: "Guest list",
        foundBy: "name",
        people: 0,
        columns: { name: "Name", table: "Table", email: "Email" },
        kept: ["No."],
        exit: 2,
        message: "nobody",
      },
    },
    () => {
      const rows: Cell[][] = [["No.", "Name", "Table", "Email"], ...Array.from({ length: 12 }, (_, i): Cell[] => [i + 1])];
      return xlsx([{ name: "Guest list", rows, boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "no-list-xingming-only.xlsx",
      shape: "A workbook with no list of people: notes, and a 抽奖 (prize draw) sheet whose only known header is 姓名",
      expect: { rosterSheet: "抽奖", foundBy: "nameColumn", people: 0, columns: {}, exit: 2, message: "抽奖" },
    },
    () => {
      const notes: Cell[][] = [["年会流程"], ["18:00 入场"], ["18:30 开场致辞"], ["19:00 晚宴"], ["20:30 抽奖"]];
      const draw: Cell[][] = [
        ["奖项", "奖品", "姓名"],
        ["特等奖", "笔记本电脑", "王芳"],
        ["一等奖", "平板电脑", "李娜"],
        ["一等奖", "平板电脑", "张伟"],
        ["二等奖", "蓝牙耳机", "刘洋"],
        ["二等奖", "蓝牙耳机", "陈静"],
        ["三等奖", "保温杯", "杨磊"],
      ];
      return xlsx([
        { name: "说明", rows: notes },
        { name: "抽奖", rows: draw, boldRow: 1 },
      ]);
    },
  ),
];
