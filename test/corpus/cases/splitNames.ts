import { delimited, xlsx, type Cell } from "../build";
import type { CorpusCase } from "../corpusCase";
import { defineCase } from "../define";
import { EN_UNIVERSITIES, enEmail, enNames, phones, ZH_COMPANIES, ZH_GOV_ORGS, ZH_GOV_TITLES, zhEmail, zhGender, zhNames } from "../fake";

const NICKNAMES: Record<string, string> = {
  Robert: "Bob",
  Benjamin: "Ben",
  Samuel: "Sam",
  Daniel: "Dan",
  Isabella: "Bella",
  Abigail: "Abby",
  Theodore: "Theo",
  James: "Jim",
  Henry: "Hal",
  Evelyn: "Evie",
};

const FAN_NAMES = [
  "StarGazer",
  "Pixel",
  "NightOwl",
  "Captain Tea",
  "Moonbeam",
  "Sprocket",
  "Lark",
  "Zed",
  "Nova",
  "Quill",
  "Bramble",
  "Echo",
];
const ZH_NICKNAMES = [
  "小鱼",
  "阿杰",
  "大白",
  "橙子",
  "木木",
  "小七",
  "老周",
  "糖糖",
  "阿飞",
  "豆豆",
  "小满",
  "石头",
  "七月",
  "阿宁",
  "米粒",
  "北北",
];

/** Names split over two columns (First/Last, Given/Family, 姓/名, Legal …) and a badge or preferred name next to them. */
export const SPLIT_NAME_CASES: CorpusCase[] = [
  defineCase(
    {
      file: "gala-first-last.xlsx",
      shape: "A charity gala's RSVP list on Sheet1: First Name, Last Name, Email, Table No.",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 20,
        columns: { firstName: "First Name", lastName: "Last Name", email: "Email", table: "Table No." },
      },
    },
    (r) => {
      const guests = enNames(r, 20);
      const rows: Cell[][] = [
        ["First Name", "Last Name", "Email", "Table No."],
        ...guests.map((g, i): Cell[] => [g.first, g.last, enEmail(g, "example.org"), `T${Math.floor(i / 10) + 1}`]),
      ];
      return xlsx([{ name: "Sheet1", rows, boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "conference-given-family.xlsx",
      shape: "An academic conference's registrations: Given name, Family name, Affiliation, Country, E-mail",
      expect: {
        rosterSheet: "Registrations",
        foundBy: "headers",
        people: 16,
        columns: { firstName: "Given name", lastName: "Family name", organisation: "Affiliation", email: "E-mail" },
        kept: ["Country"],
      },
    },
    (r) => {
      const people = enNames(r, 16);
      const countries = ["United Kingdom", "China", "Germany", "Canada", "Japan", "Brazil", "Nigeria", "France"];
      const rows: Cell[][] = [
        ["Given name", "Family name", "Affiliation", "Country", "E-mail"],
        ...people.map((p): Cell[] => [p.first, p.last, r.pick(EN_UNIVERSITIES), r.pick(countries), enEmail(p, "example.org")]),
      ];
      return xlsx([{ name: "Registrations", rows, boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "xing-ming-columns.xlsx",
      shape: "A Chinese list with the surname and given name in two columns: 姓, 名, 性别, 工作单位, 邮箱",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 14,
        columns: { lastName: "姓", firstName: "名", gender: "性别", organisation: "工作单位", email: "邮箱" },
      },
    },
    (r) => {
      const names = zhNames(r, 14);
      const rows: Cell[][] = [
        ["姓", "名", "性别", "工作单位", "邮箱"],
        ...names.map((n, i): Cell[] => [n[0], n.slice(1), zhGender(n), r.pick(ZH_COMPANIES), zhEmail("member", i)]),
      ];
      return xlsx([{ name: "Sheet1", rows, boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "legal-preferred.xlsx",
      shape: "A tech meetup's sign-up with Legal First Name, Legal Last Name, Preferred name, Pronouns, Email, T-shirt size",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 18,
        columns: { firstName: "Legal First Name", lastName: "Legal Last Name", badgeName: "Preferred name", email: "Email" },
        kept: ["Pronouns", "T-shirt size"],
      },
    },
    (r) => {
      const people = enNames(r, 18);
      const pronouns = ["she/her", "he/him", "they/them", ""];
      const rows: Cell[][] = [
        ["Legal First Name", "Legal Last Name", "Preferred name", "Pronouns", "Email", "T-shirt size"],
        ...people.map((p): Cell[] => [
          p.first,
          p.last,
          NICKNAMES[p.first] ?? "",
          r.pick(pronouns),
          enEmail(p),
          r.pick(["S", "M", "L", "XL"]),
        ]),
      ];
      return xlsx([{ name: "Sheet1", rows, boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "fan-meetup-fan-name.utf8.csv",
      shape: "A fan meetup list downloaded from a shared sheet as UTF-8 CSV (no BOM, LF): Name, Fan Name, Email, Ticket",
      expect: {
        rosterSheet: "fan-meetup-fan-name.utf8",
        foundBy: "headers",
        people: 12,
        columns: { name: "Name", badgeName: "Fan Name", email: "Email" },
        kept: ["Ticket"],
      },
    },
    (r) => {
      const fans = enNames(r, 12);
      const rows = [
        ["Name", "Fan Name", "Email", "Ticket"],
        ...fans.map((f, i) => [f.full, FAN_NAMES[i], enEmail(f, "example.net"), r.pick(["Day pass", "Weekend", "VIP"])]),
      ];
      return delimited(rows, { sep: ",", eol: "\n", encoding: "utf-8" });
    },
  ),
  defineCase(
    {
      file: "community-nickname.xlsx",
      shape: "A community event's list on 工作表1 with 昵称 for the name badges: 姓名, 昵称, 手机号",
      expect: { rosterSheet: "工作表1", foundBy: "headers", people: 16, columns: { name: "姓名", badgeName: "昵称", phone: "手机号" } },
    },
    (r) => {
      const names = zhNames(r, 16);
      const tel = phones(r, 16);
      const rows: Cell[][] = [["姓名", "昵称", "手机号"], ...names.map((n, i): Cell[] => [n, ZH_NICKNAMES[i], tel[i]])];
      return xlsx([{ name: "工作表1", rows, textColumns: [3] }]);
    },
  ),
  defineCase(
    {
      file: "gov-xika-name.xlsx",
      shape: "A government meeting's list under a merged title, with 席卡名 for the table tents (two-character names spaced with U+3000)",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 12,
        columns: { name: "姓名", badgeName: "席卡名", organisation: "单位", title: "职务" },
        kept: ["序号"],
      },
    },
    (r) => {
      const names = [...zhNames(r, 11, ["阿依古丽·买买提"]), "阿依古丽·买买提"];
      const rows: Cell[][] = [
        ["2026年度工作会议参会人员名单"],
        ["序号", "姓名", "席卡名", "单位", "职务"],
        ...names.map((n, i): Cell[] => [
          i + 1,
          n,
          n.length === 2 ? `${n[0]}\u3000${n[1]}` : n === "阿依古丽·买买提" ? "阿依古丽" : n,
          r.pick(ZH_GOV_ORGS),
          r.pick(ZH_GOV_TITLES),
        ]),
      ];
      return xlsx([{ name: "Sheet1", rows, merges: ["A1:E1"], boldRow: 2 }]);
    },
  ),
];
