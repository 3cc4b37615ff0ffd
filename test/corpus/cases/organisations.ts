import { xlsx, type Cell } from "../build";
import type { CorpusCase } from "../corpusCase";
import { defineCase } from "../define";
import {
  idNumber,
  phones,
  ZH_ACADEMIC_TITLES,
  ZH_COLLEGES,
  ZH_COMPANIES,
  ZH_SCHOOLS,
  ZH_UNIVERSITIES,
  zhEmail,
  zhGender,
  zhNames,
} from "../fake";

/** The organisation under the names schools, companies and forms give it (学院, 院系, 学校, 公司, 学校 / 工作单位), with the IDs they use (学号, 工号, 身份证号). */
export const ORGANISATION_CASES: CorpusCase[] = [
  defineCase(
    {
      file: "college-signin.xlsx",
      shape:
        "A university lecture's 签到表 under a merged title: 序号, 姓名, 学院, 学号, 手机号码 (typed as numbers), an empty 签到 column",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 30,
        columns: { name: "姓名", organisation: "学院", idNumber: "学号", phone: "手机号码" },
        kept: ["序号", "签到"],
      },
    },
    (r) => {
      const names = zhNames(r, 30);
      const tel = phones(r, 30);
      const rows: Cell[][] = [
        ["信息学院学术讲座签到表"],
        ["序号", "姓名", "学院", "学号", "手机号码", "签到"],
        ...names.map((n, i): Cell[] => [i + 1, n, r.pick(ZH_COLLEGES), 2301210101 + i * 13, Number(tel[i]), ""]),
      ];
      return xlsx([{ name: "Sheet1", rows, merges: ["A1:F1"], boldRow: 2, widths: { 6: 16 } }]);
    },
  ),
  defineCase(
    {
      file: "dept-seminar.xlsx",
      shape: "A seminar's registrations by department: 姓名, 院系, 职称, 邮箱 on a sheet named 研讨会报名",
      expect: {
        rosterSheet: "研讨会报名",
        foundBy: "headers",
        people: 16,
        columns: { name: "姓名", organisation: "院系", title: "职称", email: "邮箱" },
      },
    },
    (r) => {
      const names = zhNames(r, 16);
      const depts = ["物理系", "中文系", "历史系", "计算机系", "经济系", "哲学系"];
      const rows: Cell[][] = [
        ["姓名", "院系", "职称", "邮箱"],
        ...names.map((n, i): Cell[] => [n, r.pick(depts), r.pick(ZH_ACADEMIC_TITLES), zhEmail("scholar", i, "example.edu.cn")]),
      ];
      return xlsx([{ name: "研讨会报名", rows, boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "schools-alliance.xlsx",
      shape: "A schools' alliance meeting: 学校, 姓名, 职务, 联系方式 (the school first, as 教育局 lists have it)",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 20,
        columns: { organisation: "学校", name: "姓名", title: "职务", phone: "联系方式" },
      },
    },
    (r) => {
      const names = zhNames(r, 20);
      const tel = phones(r, 20);
      const titles = ["校长", "副校长", "教务主任", "德育主任", "年级组长"];
      const rows: Cell[][] = [
        ["学校", "姓名", "职务", "联系方式"],
        ...names.map((n, i): Cell[] => [ZH_SCHOOLS[i % ZH_SCHOOLS.length], n, r.pick(titles), tel[i]]),
      ];
      return xlsx([{ name: "Sheet1", rows, textColumns: [4] }]);
    },
  ),
  defineCase(
    {
      file: "company-annual-party.xlsx",
      shape: "A company group's 年会 seating list: 工号, 姓名, 公司, 桌次, 手机",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 48,
        columns: { idNumber: "工号", name: "姓名", organisation: "公司", table: "桌次", phone: "手机" },
      },
    },
    (r) => {
      const names = zhNames(r, 48);
      const tel = phones(r, 48);
      const rows: Cell[][] = [
        ["工号", "姓名", "公司", "桌次", "手机"],
        ...names.map((n, i): Cell[] => [
          `XH${String(1000 + i * 7).padStart(5, "0")}`,
          n,
          ZH_COMPANIES[i % 3],
          Math.floor(i / 10) + 1,
          tel[i],
        ]),
      ];
      return xlsx([{ name: "Sheet1", rows, textColumns: [1, 5], boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "combined-school-work.xlsx",
      shape:
        "A teacher-training 报名表 with a combined 学校 / 工作单位 header and 身份证号 as text; one teacher registered twice (same ID number)",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 22,
        columns: { name: "姓名", gender: "性别", organisation: "学校 / 工作单位", phone: "手机号码", idNumber: "身份证号" },
        kept: ["序号"],
      },
    },
    (r) => {
      const names = zhNames(r, 22);
      const tel = phones(r, 23);
      const people = names.map((n, i): Cell[] => {
        const g = zhGender(n);
        return [i + 1, n, g, r.pick([...ZH_SCHOOLS, ...ZH_UNIVERSITIES]), tel[i], idNumber(r, g === "女")];
      });
      // The same teacher again at the bottom, from a second form: same ID number, a new phone.
      const again = [...people[6]];
      again[0] = 23;
      again[4] = tel[22];
      const rows: Cell[][] = [["序号", "姓名", "性别", "学校 / 工作单位", "手机号码", "身份证号"], ...people, again];
      return xlsx([{ name: "Sheet1", rows, textColumns: [5, 6], widths: { 6: 22 } }]);
    },
  ),
];
