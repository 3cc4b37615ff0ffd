import { xlsx, type Cell } from "../build";
import type { CorpusCase } from "../corpusCase";
import { defineCase } from "../define";
import { enEmail, enNames, phones, ZH_GOV_ORGS, ZH_GOV_TITLES, zhNames } from "../fake";

/** Rows the planner struck off in a status-like column (REMOVE, 删除, 取消, 不参加): they are not people. */
export const STATUS_CASES: CorpusCase[] = [
  defineCase(
    {
      file: "status-remove.xlsx",
      shape: "A guest list where the planner types REMOVE in the Status column instead of deleting the row",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 17,
        columns: { name: "Name", email: "Email", status: "Status", table: "Table" },
      },
    },
    (r) => {
      const guests = enNames(r, 20);
      const removed = new Set([2, 9, 16]);
      const rows: Cell[][] = [
        ["Name", "Email", "Status", "Table"],
        ...guests.map((g, i): Cell[] => [
          g.full,
          enEmail(g, "example.com"),
          removed.has(i) ? "REMOVE" : i % 4 === 1 ? "Pending" : "Confirmed",
          removed.has(i) ? "" : Math.floor(i / 7) + 1,
        ]),
      ];
      return xlsx([{ name: "Sheet1", rows, boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "status-delete-zh.xlsx",
      shape: "A 参会名单 kept on Sheet1 with a 状态 column: 已确认, two rows marked 删除 and one 取消",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 21,
        columns: { name: "姓名", organisation: "单位", title: "职务", status: "状态" },
      },
    },
    (r) => {
      const names = zhNames(r, 24);
      const mark = (i: number) => (i === 5 || i === 18 ? "删除" : i === 11 ? "取消" : "已确认");
      const rows: Cell[][] = [
        ["姓名", "单位", "职务", "状态"],
        ...names.map((n, i): Cell[] => [n, r.pick(ZH_GOV_ORGS), r.pick(ZH_GOV_TITLES), mark(i)]),
      ];
      return xlsx([{ name: "Sheet1", rows, boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "huizhi-shifou-canjia.xlsx",
      shape: "Replies collected from units (回执汇总): 姓名, 单位, 是否参加 (参加 / 不参加), 联系电话",
      expect: {
        rosterSheet: "回执汇总",
        foundBy: "headers",
        people: 15,
        columns: { name: "姓名", organisation: "单位", status: "是否参加", phone: "联系电话" },
      },
    },
    (r) => {
      const names = zhNames(r, 18);
      const tel = phones(r, 18);
      const no = new Set([3, 8, 14]);
      const rows: Cell[][] = [
        ["姓名", "单位", "是否参加", "联系电话"],
        ...names.map((n, i): Cell[] => [n, ZH_GOV_ORGS[i % ZH_GOV_ORGS.length], no.has(i) ? "不参加" : "参加", tel[i]]),
      ];
      return xlsx([{ name: "回执汇总", rows, textColumns: [4], boldRow: 1 }]);
    },
  ),
];
