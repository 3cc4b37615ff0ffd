import { xlsx, type Cell } from "../build";
import type { CorpusCase } from "../corpusCase";
import { defineCase } from "../define";
import { ZH_GOV_ORGS, ZH_GOV_TITLES, zhNames } from "../fake";

/** Lists with no header row: a title, then the data. The columns can only be told from their values. */
export const NO_HEADER_CASES: CorpusCase[] = [
  defineCase(
    {
      file: "merged-title-no-header.xlsx",
      shape: "A merged title row 参会人员名单 over rows of 部门 | 职务 | 姓名, with no header row",
      expect: { rosterSheet: "Sheet1", foundBy: "values", people: 15, columns: { organisation: "A", title: "B", name: "C" } },
    },
    (r) => {
      const names = zhNames(r, 15);
      const rows: Cell[][] = [
        ["参会人员名单"],
        ...names.map((n, i): Cell[] => [ZH_GOV_ORGS[i % ZH_GOV_ORGS.length], r.pick(ZH_GOV_TITLES), n]),
      ];
      return xlsx([{ name: "Sheet1", rows, merges: ["A1:C1"], widths: { 1: 26 } }]);
    },
  ),
  defineCase(
    {
      file: "place-cards-names.xlsx",
      shape: "A bare column of names to print place cards from, under a one-cell title",
      expect: { rosterSheet: "Sheet1", foundBy: "values", people: 16, columns: { name: "A" } },
    },
    (r) => {
      const names = zhNames(r, 16);
      return xlsx([{ name: "Sheet1", rows: [["2026 校友论坛 · 嘉宾席卡"], ...names.map((n): Cell[] => [n])] }]);
    },
  ),
];
