import { xlsx, type Cell } from "../build";
import type { CorpusCase } from "../corpusCase";
import { defineCase } from "../define";
import { phones, ZH_GOV_ORGS, ZH_SCHOOLS, zhNames } from "../fake";

/** The same person typed twice counts once; different people who share a contact phone count each. */
export const DUPLICATE_CASES: CorpusCase[] = [
  defineCase(
    {
      file: "duplicate-spaced-name.xlsx",
      shape: "王芳 and '王 芳' with the same phone (one person entered twice), and two different 张伟 with different phones",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        // 18 others + 王芳 (twice, once counted) + two different 张伟
        people: 21,
        columns: { name: "姓名", organisation: "单位", phone: "手机号码" },
      },
    },
    (r) => {
      const others = zhNames(r, 18, ["王芳", "张伟"]);
      const tel = phones(r, 21);
      const rows: Cell[][] = [["姓名", "单位", "手机号码"]];
      others.forEach((n, i) => rows.push([n, r.pick(ZH_GOV_ORGS), tel[i]]));
      rows.splice(3, 0, ["王芳", "市财政局", tel[18]]);
      rows.splice(8, 0, ["张伟", "市教育局", tel[19]]);
      rows.splice(12, 0, ["张伟", "市统计局", tel[20]]);
      rows.push(["王 芳", "市财政局", tel[18]]);
      return xlsx([{ name: "Sheet1", rows, textColumns: [3], boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "shared-contact-phones.xlsx",
      shape: "15 students from two schools, each listed with their teacher's phone as 联系电话 (two numbers shared by 15 people)",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 15,
        columns: { name: "姓名", organisation: "学校", phone: "联系电话" },
        kept: ["带队老师"],
      },
    },
    (r) => {
      const students = zhNames(r, 15);
      const teachers = zhNames(r, 2, students);
      const tel = phones(r, 2);
      const rows: Cell[][] = [
        ["姓名", "学校", "联系电话", "带队老师"],
        ...students.map((n, i): Cell[] => {
          const t = i < 8 ? 0 : 1;
          return [n, ZH_SCHOOLS[t], tel[t], teachers[t]];
        }),
      ];
      return xlsx([{ name: "Sheet1", rows, textColumns: [3], boldRow: 1 }]);
    },
  ),
];
