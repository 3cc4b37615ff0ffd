import { xlsx, type Cell } from "../build";
import type { CorpusCase } from "../corpusCase";
import { defineCase } from "../define";
import { EN_ORGS, enNames, phones, ZH_GOV_ORGS, zhGender, zhNames } from "../fake";

/** Rows that stand for more than one person (a couple, a +1, a family, a unit's delegation) or for a household. */
export const PARTY_CASES: CorpusCase[] = [
  defineCase(
    {
      file: "wedding-category.xlsx",
      shape: "A wedding 'Guest List' whose Category column says Friends / Family / Work (a guest group, not the attendee's role)",
      expect: {
        rosterSheet: "Guest List",
        foundBy: "name",
        people: 32,
        columns: { name: "Name", table: "Table No.", diet: "Dietary" },
        kept: ["Category"],
      },
    },
    (r) => {
      const guests = enNames(r, 32);
      const rows: Cell[][] = [
        ["Name", "Category", "Table No.", "Dietary"],
        ...guests.map((g, i): Cell[] => [
          g.full,
          ["Family", "Friends", "Work"][i % 3],
          Math.floor(i / 8) + 1,
          r.pick(["", "", "", "Vegetarian", "Gluten free"]),
        ]),
      ];
      return xlsx([{ name: "Guest List", rows, boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "wedding-size-placeholders.xlsx",
      shape:
        "A wedding list with a Size column: 'Mr. & Mrs. Harper' = 2, 'Olivia Grant +1' = 2, 'Dr. Ken Ito (+2)' = 3, and a bare '+1' row",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        // 2 + 2 + 3 + 1 + 1 + 1 (the '+1' row) + 2 + 12 singles
        people: 24,
        columns: { name: "Guest", partySize: "Size", table: "Table", notes: "Notes" },
      },
    },
    (r) => {
      const singles = enNames(r, 12, ["Noah Kim", "Liam Patel", "Olivia Grant", "Ken Ito"]);
      const rows: Cell[][] = [
        ["Guest", "Size", "Table", "Notes"],
        ["Mr. & Mrs. Harper", 2, 1, ""],
        ["Olivia Grant +1", 2, 1, "plus-one's name to come"],
        ["Dr. Ken Ito (+2)", 3, 1, "with two children"],
        ["Noah Kim", 1, 2, ""],
        ["Liam Patel", 1, 2, ""],
        ["+1", null, 2, "Liam's guest"],
        ["Mr. & Mrs. Okafor", 2, 2, ""],
        ...singles.map((s, i): Cell[] => [s.full, 1, 3 + Math.floor(i / 6), ""]),
      ];
      return xlsx([{ name: "Sheet1", rows, boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "gala-caps-number.xlsx",
      shape: "A gala invitation list typed in capitals: NAME, COMPANY, NUMBER (seats per invitation), TABLE",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        // 2 + 1 + 2 + 2 + 1 + 3 + 1 + 2 + 1 + 1
        people: 16,
        columns: { name: "NAME", organisation: "COMPANY", partySize: "NUMBER", table: "TABLE" },
      },
    },
    () => {
      const rows: Cell[][] = [
        ["NAME", "COMPANY", "NUMBER", "TABLE"],
        ["Mr. & Mrs. David Wang", EN_ORGS[0], 2, 1],
        ["Sarah Lee", EN_ORGS[1], 1, 1],
        ["Tom Reid (+1)", EN_ORGS[2], 2, 1],
        ["Mr. & Mrs. Novak", EN_ORGS[3], 2, 1],
        ["Priya Shah", EN_ORGS[4], 1, 2],
        ["The Brennan family", EN_ORGS[5], 3, 2],
        ["Grace Young", EN_ORGS[6], 1, 2],
        ["Dr. & Mr. Fischer", EN_ORGS[7], 2, 2],
        ["Oscar Lane", EN_ORGS[8], 1, 3],
        ["Ivy Shaw", EN_ORGS[9], 1, 3],
      ];
      return xlsx([{ name: "Sheet1", rows, boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "banquet-renshu.xlsx",
      shape: "A 答谢宴 list of units: 单位, 姓名 (the unit's contact), 人数 (the unit's headcount), 桌号",
      expect: {
        rosterSheet: "答谢宴",
        foundBy: "headers",
        // 3 + 2 + 1 + 4 + 2 + 1 + 3 + 2 + 1 + 2
        people: 21,
        columns: { organisation: "单位", name: "姓名", partySize: "人数", table: "桌号" },
      },
    },
    (r) => {
      const sizes = [3, 2, 1, 4, 2, 1, 3, 2, 1, 2];
      const names = zhNames(r, sizes.length);
      const rows: Cell[][] = [
        ["单位", "姓名", "人数", "桌号"],
        ...names.map((n, i): Cell[] => [ZH_GOV_ORGS[i], n, sizes[i], i < 5 ? "1" : "2"]),
      ];
      return xlsx([{ name: "答谢宴", rows, boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "signup-tongxing-renshu.xlsx",
      shape: "A family-day sign-up (亲子活动报名): 姓名, 手机号码, 同行人数 (the people coming, the registrant included), 备注",
      expect: {
        rosterSheet: "亲子活动报名",
        foundBy: "headers",
        // 1 + 3 + 2 + 4 + 1 + 2 + 3 + 2 + 1 + 3 + 2 + 1
        people: 25,
        columns: { name: "姓名", phone: "手机号码", partySize: "同行人数", notes: "备注" },
      },
    },
    (r) => {
      const sizes = [1, 3, 2, 4, 1, 2, 3, 2, 1, 3, 2, 1];
      const names = zhNames(r, sizes.length);
      const tel = phones(r, sizes.length);
      const note = (s: number) => (s === 1 ? "" : s === 2 ? "带一个孩子" : `带${s - 1}位家属`);
      const rows: Cell[][] = [
        ["姓名", "手机号码", "同行人数", "备注"],
        ...names.map((n, i): Cell[] => [n, tel[i], sizes[i], note(sizes[i])]),
      ];
      return xlsx([{ name: "亲子活动报名", rows, textColumns: [2] }]);
    },
  ),
  defineCase(
    {
      file: "group-members.xlsx",
      shape:
        "Invitations with a Group members column joined by ', ', '、', ' & ' and '和': a household label or the first member as Name, each member a person",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        // 2 + 2 + 2 + 2 + 3 + 1 + 1 + 3: a Name that labels the household (Chen household, 王家) or is one of the members (Amy Lee, 李娜) is not one more person
        people: 16,
        columns: { name: "Name", members: "Group members", table: "Table" },
      },
    },
    () => {
      const rows: Cell[][] = [
        ["Name", "Group members", "Table"],
        ["Chen household", "Alice Chen, Tom Chen", 1],
        ["王家", "王芳、王伟", 1],
        ["Amy Lee", "Amy Lee & Ben Lee", 2],
        ["李娜", "李娜和李强", 2],
        ["Park family", "Jin Park, Mia Park, Leo Park", 3],
        ["Dana Fox", "", 3],
        ["Sam Ortiz", "", 3],
        ["赵家", "赵敏、赵磊、赵子涵", 4],
      ];
      return xlsx([{ name: "Sheet1", rows, boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "family-key-blank-below.xlsx",
      shape: "A family reunion list: 家庭编号 typed on a family's first row and left blank under it (same as above)",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 14,
        columns: { party: "家庭编号", name: "姓名", gender: "性别", table: "桌号" },
      },
    },
    (r) => {
      const sizes = [3, 2, 4, 1, 4];
      const names = zhNames(r, 14);
      const rows: Cell[][] = [["家庭编号", "姓名", "性别", "桌号"]];
      let k = 0;
      sizes.forEach((size, f) => {
        for (let j = 0; j < size; j++, k++)
          rows.push([j === 0 ? `F${String(f + 1).padStart(2, "0")}` : "", names[k], zhGender(names[k]), f < 3 ? 1 : 2]);
      });
      return xlsx([{ name: "Sheet1", rows, boldRow: 1 }]);
    },
  ),
];
