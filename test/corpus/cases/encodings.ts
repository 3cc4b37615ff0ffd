import { delimited } from "../build";
import type { CorpusCase } from "../corpusCase";
import { defineCase } from "../define";
import {
  EN_ORGS,
  enEmail,
  enNames,
  enPhones,
  phones,
  ZH_COMPANIES,
  ZH_GOV_ORGS,
  ZH_GOV_TITLES,
  ZH_UNIVERSITIES,
  zhEmail,
  zhGender,
  zhNames,
} from "../fake";

/** Lists saved as text: every encoding and separator the programs planners use write. */
export const ENCODING_CASES: CorpusCase[] = [
  defineCase(
    {
      file: "excel-csv.utf8-bom.csv",
      shape: "Excel's 'CSV UTF-8 (逗号分隔)': a BOM, CRLF, a 职务 typed with an ASCII comma (quoted)",
      expect: {
        rosterSheet: "excel-csv.utf8-bom",
        foundBy: "headers",
        people: 20,
        columns: { name: "姓名", organisation: "单位", title: "职务", phone: "手机号码", email: "邮箱" },
      },
    },
    (r) => {
      const names = zhNames(r, 20);
      const tel = phones(r, 20);
      const rows = [
        ["姓名", "单位", "职务", "手机号码", "邮箱"],
        ...names.map((n, i) => [
          n,
          r.pick(ZH_UNIVERSITIES),
          i % 6 === 1 ? "院长,教授" : r.pick(["教授", "副教授", "主任"]),
          tel[i],
          zhEmail("prof", i, "example.edu.cn"),
        ]),
      ];
      return delimited(rows, { sep: ",", eol: "\r\n", encoding: "utf-8-bom" });
    },
  ),
  defineCase(
    {
      file: "google-sheets-download.utf8.csv",
      shape: "Google Sheets' Download → CSV (UTF-8, no BOM, CRLF): quoted fields holding commas, quotes and line breaks",
      expect: {
        rosterSheet: "google-sheets-download.utf8",
        foundBy: "headers",
        people: 18,
        columns: { name: "Full Name", organisation: "Company", email: "Email", notes: "Notes" },
      },
    },
    (r) => {
      const people = enNames(r, 18);
      const notes = [
        "",
        "",
        "Arrives late, after the keynote",
        'Prefers "Liz" on the badge',
        "Needs parking\nand step-free access",
        "Acme Ltd, Shanghai office",
      ];
      const rows = [
        ["Full Name", "Company", "Email", "Notes"],
        ...people.map((p, i) => [
          p.full,
          i === 4 ? "Smith, Jones & Partners" : r.pick(EN_ORGS),
          enEmail(p, "example.org"),
          notes[i % notes.length],
        ]),
      ];
      return delimited(rows, { sep: ",", eol: "\r\n", encoding: "utf-8" });
    },
  ),
  defineCase(
    {
      file: "excel-unicode-text.utf16le.txt",
      shape: "Excel's 'Unicode 文本 (*.txt)': UTF-16LE with a BOM, tab-separated, CRLF, a quoted 备注 with a line break",
      expect: {
        rosterSheet: "excel-unicode-text.utf16le",
        foundBy: "headers",
        people: 16,
        columns: { name: "姓名", gender: "性别", organisation: "单位", title: "职务", phone: "电话", notes: "备注" },
      },
    },
    (r) => {
      const names = zhNames(r, 16);
      const tel = phones(r, 16);
      const rows = [
        ["姓名", "性别", "单位", "职务", "电话", "备注"],
        ...names.map((n, i) => [
          n,
          zhGender(n),
          r.pick(ZH_GOV_ORGS),
          r.pick(ZH_GOV_TITLES),
          tel[i],
          i === 5 ? "12月9日报到\n需接站" : i === 9 ? "清真" : "",
        ]),
      ];
      return delimited(rows, { sep: "\t", eol: "\r\n", encoding: "utf-16le-bom" });
    },
  ),
  defineCase(
    {
      file: "wps-signin.gbk.csv",
      shape:
        "A 签到表 saved by WPS as CSV in GBK (ANSI), CRLF, its title row kept above the header: 序号, 姓名, 单位名称, 职务, 联系电话, 签到",
      expect: {
        rosterSheet: "wps-signin.gbk",
        foundBy: "headers",
        people: 24,
        columns: { name: "姓名", organisation: "单位名称", title: "职务", phone: "联系电话" },
        kept: ["序号", "签到"],
      },
    },
    (r) => {
      const names = zhNames(r, 24);
      const tel = phones(r, 24);
      const rows = [
        ["2026年度工作会议签到表", "", "", "", "", ""],
        ["序号", "姓名", "单位名称", "职务", "联系电话", "签到"],
        ...names.map((n, i) => [String(i + 1), n, r.pick(ZH_GOV_ORGS), r.pick(ZH_GOV_TITLES), tel[i], ""]),
      ];
      return delimited(rows, { sep: ",", eol: "\r\n", encoding: "gbk" });
    },
  ),
  defineCase(
    {
      file: "registration-export.utf8.tsv",
      shape:
        "A registration system's TSV export (UTF-8, LF, no quoting): Registration ID, First name, Last name, Organisation, Mobile, E-mail, Ticket type, Created at",
      expect: {
        rosterSheet: "registration-export.utf8",
        foundBy: "headers",
        people: 25,
        columns: {
          id: "Registration ID",
          firstName: "First name",
          lastName: "Last name",
          organisation: "Organisation",
          phone: "Mobile",
          email: "E-mail",
        },
        kept: ["Ticket type", "Created at"],
      },
    },
    (r) => {
      const people = enNames(r, 25);
      const tel = enPhones(r, 25);
      const rows = [
        ["Registration ID", "First name", "Last name", "Organisation", "Mobile", "E-mail", "Ticket type", "Created at"],
        ...people.map((p, i) => [
          `EVT26-${String(4100 + i * 3)}`,
          p.first,
          p.last,
          r.pick(EN_ORGS),
          tel[i],
          enEmail(p, "example.com"),
          r.pick(["Delegate", "Speaker", "Exhibitor"]),
          `2026-10-${String(1 + (i % 28)).padStart(2, "0")}T${String(r.int(8, 20)).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")}:00Z`,
        ]),
      ];
      return delimited(rows, { sep: "\t", eol: "\n", encoding: "utf-8" });
    },
  ),
  defineCase(
    {
      file: "报名表.csv",
      shape: "A 报名表 saved from Excel 365 (Chinese) as CSV UTF-8: found by its file name 报名表",
      expect: {
        rosterSheet: "报名表",
        foundBy: "name",
        people: 20,
        columns: { name: "姓名", gender: "性别", organisation: "工作单位", title: "职务", phone: "手机号码", needsHotel: "是否需要住宿" },
        kept: ["序号"],
      },
    },
    (r) => {
      const names = zhNames(r, 20);
      const tel = phones(r, 20);
      const rows = [
        ["序号", "姓名", "性别", "工作单位", "职务", "手机号码", "是否需要住宿"],
        ...names.map((n, i) => [
          String(i + 1),
          n,
          zhGender(n),
          r.pick(ZH_COMPANIES),
          r.pick(["经理", "主管", "工程师"]),
          tel[i],
          r.pick(["是", "否"]),
        ]),
      ];
      return delimited(rows, { sep: ",", eol: "\r\n", encoding: "utf-8-bom" });
    },
  ),
];
