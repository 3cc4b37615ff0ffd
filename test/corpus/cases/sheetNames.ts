import { xlsx, type Cell } from "../build";
import type { CorpusCase } from "../corpusCase";
import { defineCase } from "../define";
import { EN_ORGS, enEmail, enNames, enPhones, phones, ZH_COMPANIES, ZH_GOV_ORGS, zhEmail, zhGender, zhNames } from "../fake";

/** Lists on sheets not named like a roster: Sheet1, 工作表1, a Numbers table, a notes sheet before the list, two sheets of names. */
export const SHEET_NAME_CASES: CorpusCase[] = [
  defineCase(
    {
      file: "wedding-sheet1-name-table.xlsx",
      shape: "A wedding seating list typed on Sheet1 under two lower-case headers: name, table",
      expect: { rosterSheet: "Sheet1", foundBy: "nameColumn", people: 24, columns: { name: "name", table: "table" } },
    },
    (r) => {
      const guests = enNames(r, 24);
      return xlsx([{ name: "Sheet1", rows: [["name", "table"], ...guests.map((g, i): Cell[] => [g.full, Math.floor(i / 8) + 1])] }]);
    },
  ),
  defineCase(
    {
      file: "mac-excel-gongzuobiao1.xlsx",
      shape: "A quick list on Chinese Mac Excel's default sheet 工作表1 with only 姓名 and 性别",
      expect: { rosterSheet: "工作表1", foundBy: "nameColumn", people: 18, columns: { name: "姓名", gender: "性别" } },
    },
    (r) => {
      const names = zhNames(r, 18);
      return xlsx([{ name: "工作表1", rows: [["姓名", "性别"], ...names.map((n): Cell[] => [n, zhGender(n)])], boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "registration-id-name.xlsx",
      shape: "A registration system's bare export: a sheet called export with upper-case ID and NAME only",
      expect: { rosterSheet: "export", foundBy: "nameColumn", people: 30, columns: { id: "ID", name: "NAME" } },
    },
    (r) => {
      const people = enNames(r, 30);
      return xlsx([{ name: "export", rows: [["ID", "NAME"], ...people.map((p, i): Cell[] => [`REG-${1001 + i}`, p.full.toUpperCase()])] }]);
    },
  ),
  defineCase(
    {
      file: "numbers-export-table1.xlsx",
      shape: "A list kept in Apple Numbers (Chinese) and exported to Excel: the sheet is named 表格 1",
      expect: {
        rosterSheet: "表格 1",
        foundBy: "headers",
        people: 12,
        columns: { name: "姓名", organisation: "单位", phone: "手机", email: "邮箱", notes: "备注" },
      },
    },
    (r) => {
      const names = zhNames(r, 12);
      const tel = phones(r, 12);
      const rows: Cell[][] = [
        ["姓名", "单位", "手机", "邮箱", "备注"],
        ...names.map((n, i): Cell[] => [n, r.pick(ZH_COMPANIES), tel[i], zhEmail("guest", i), i % 5 === 2 ? "需开发票" : ""]),
      ];
      return xlsx([{ name: "表格 1", rows, textColumns: [3], boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "notes-sheet-first.xlsx",
      shape: "A 填表说明 sheet (instructions, and two organisers under 姓名/电话) before the list of 25 on Sheet2",
      expect: { rosterSheet: "Sheet2", foundBy: "nameColumn", people: 25, columns: { name: "姓名", organisation: "单位" } },
    },
    (r) => {
      const staff = zhNames(r, 2);
      const staffTel = phones(r, 2);
      const names = zhNames(r, 25, staff);
      const notes: Cell[][] = [
        ["填表说明"],
        ["1. 请在“Sheet2”中逐行填写参会人员，一人一行，不要合并单元格。"],
        ["2. 单位请填写全称。"],
        ["3. 12月5日前发回会务组。"],
        [],
        ["会务组联系人"],
        ["姓名", "电话"],
        [staff[0], staffTel[0]],
        [staff[1], staffTel[1]],
      ];
      const list: Cell[][] = [["姓名", "单位"], ...names.map((n): Cell[] => [n, r.pick(ZH_GOV_ORGS)])];
      return xlsx([
        { name: "填表说明", rows: notes, widths: { 1: 60 } },
        { name: "Sheet2", rows: list, boldRow: 1 },
      ]);
    },
  ),
  defineCase(
    {
      file: "two-sheets-larger-wins.xlsx",
      shape: "40 attendees on Sheet1 (姓名, 单位) and a smaller staff list on Sheet2 (姓名, 电话): the larger is the roster",
      expect: { rosterSheet: "Sheet1", foundBy: "nameColumn", people: 40, columns: { name: "姓名", organisation: "单位" } },
    },
    (r) => {
      const names = zhNames(r, 40);
      const staff = zhNames(r, 6, names);
      const tel = phones(r, 6);
      return xlsx([
        { name: "Sheet1", rows: [["姓名", "单位"], ...names.map((n): Cell[] => [n, r.pick(ZH_GOV_ORGS)])] },
        { name: "Sheet2", rows: [["姓名", "电话"], ...staff.map((n, i): Cell[] => [n, tel[i]])] },
      ]);
    },
  ),
  defineCase(
    {
      file: "wedding-vendors-first.xlsx",
      shape: "A wedding workbook: a Vendors tab (Name, Company, Phone, Email, Service; 6 rows) before 80 guests on Sheet2 (Name, Table)",
      expect: { rosterSheet: "Sheet2", foundBy: "nameColumn", people: 80, columns: { name: "Name", table: "Table" } },
    },
    (r) => {
      const vendors = enNames(r, 6);
      const tel = enPhones(r, 6);
      const guests = enNames(
        r,
        80,
        vendors.map((v) => v.full),
      );
      const jobs = ["Photographer", "Florist", "DJ", "Caterer", "Venue coordinator", "Cake"];
      return xlsx([
        {
          name: "Vendors",
          rows: [
            ["Name", "Company", "Phone", "Email", "Service"],
            ...vendors.map((v, i): Cell[] => [v.full, EN_ORGS[i], tel[i], enEmail(v), jobs[i]]),
          ],
        },
        { name: "Sheet2", rows: [["Name", "Table"], ...guests.map((g, i): Cell[] => [g.full, Math.floor(i / 10) + 1])] },
      ]);
    },
  ),
];
