import { delimited, xlsx, type Cell } from "../build";
import type { CorpusCase } from "../corpusCase";
import { defineCase } from "../define";
import { EN_ORGS, EN_TITLES, enNames, phones, ZH_GOV_ORGS, ZH_GOV_TITLES, zhGender, zhNames } from "../fake";

const DECLINED = new Set([4, 17, 25]);

/** Seating, travel and contact columns under the names exporters and planners give them. */
export const TABLE_CONTACT_CASES: CorpusCase[] = [
  defineCase(
    {
      file: "wedding-website-export.utf8.csv",
      shape: "A wedding website's guest export (UTF-8, LF): guest_name, table_number, meal_choice, rsvp with three 'declined'",
      expect: {
        rosterSheet: "wedding-website-export.utf8",
        foundBy: "headers",
        people: 27,
        columns: { name: "guest_name", table: "table_number", diet: "meal_choice", status: "rsvp" },
      },
    },
    (r) => {
      const guests = enNames(r, 30);
      const rows = [
        ["guest_name", "table_number", "meal_choice", "rsvp"],
        ...guests.map((g, i) => [
          g.full,
          String(Math.floor(i / 8) + 1),
          r.pick(["beef", "fish", "vegetarian"]),
          DECLINED.has(i) ? "declined" : i % 7 === 3 ? "" : "accepted",
        ]),
      ];
      return delimited(rows, { sep: ",", eol: "\n", encoding: "utf-8" });
    },
  ),
  defineCase(
    {
      file: "gala-seating-plan.xlsx",
      shape: "A gala's seating plan: Name, Organisation, Title, VIP, Head table, Table, Seat, Locked, Keep apart from, Notes",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 20,
        columns: {
          name: "Name",
          organisation: "Organisation",
          title: "Title",
          vip: "VIP",
          dais: "Head table",
          table: "Table",
          seat: "Seat",
          locked: "Locked",
          keepApart: "Keep apart from",
          notes: "Notes",
        },
      },
    },
    (r) => {
      const people = enNames(r, 20);
      const rows: Cell[][] = [
        ["Name", "Organisation", "Title", "VIP", "Head table", "Table", "Seat", "Locked", "Keep apart from", "Notes"],
        ...people.map((p, i): Cell[] => [
          p.full,
          EN_ORGS[i % EN_ORGS.length],
          i < 4 ? "Director" : r.pick(EN_TITLES),
          i < 6 ? "Yes" : "No",
          i < 4 ? "Yes" : "",
          i < 4 ? "" : Math.floor((i - 4) / 8) + 1,
          i < 4 ? "" : ((i - 4) % 8) + 1,
          i === 4 || i === 12 ? true : "",
          i === 7 ? people[15].full : i === 15 ? people[7].full : "",
          i === 9 ? "Wheelchair access" : "",
        ]),
      ];
      return xlsx([{ name: "Sheet1", rows, boldRow: 1 }]);
    },
  ),
  defineCase(
    {
      file: "huizhi-summary-wps.xlsx",
      shape: "A 回执汇总表 collected in WPS: arrival, departure, 是否住宿, 酒店, 房型, 房号, 同住人, 饮食禁忌, 分组 under a merged title",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 16,
        columns: {
          name: "姓名",
          gender: "性别",
          organisation: "单位",
          title: "职务",
          phone: "手机号码",
          arrival: "抵达时间",
          departure: "返程时间",
          needsHotel: "是否住宿",
          hotel: "酒店",
          roomType: "房型",
          room: "房号",
          roommate: "同住人",
          diet: "饮食禁忌",
          group: "分组",
          notes: "备注",
        },
        kept: ["序号"],
      },
    },
    (r) => {
      // Men first then women, so that room-mates (pairs in order) share a gender.
      const all = zhNames(r, 40);
      const men = all.filter((n) => zhGender(n) === "男").slice(0, 10);
      const women = all.filter((n) => zhGender(n) === "女").slice(0, 6);
      const names = [...men, ...women];
      if (names.length !== 16) throw new Error("huizhi-summary-wps: not enough names of each gender");
      const tel = phones(r, 16);
      const header = [
        "序号",
        "姓名",
        "性别",
        "单位",
        "职务",
        "手机号码",
        "抵达时间",
        "返程时间",
        "是否住宿",
        "酒店",
        "房型",
        "房号",
        "同住人",
        "饮食禁忌",
        "分组",
        "备注",
      ];
      const rows: Cell[][] = [
        ["2026年度工作会议回执汇总表"],
        header,
        ...names.map((n, i): Cell[] => {
          const local = i === 0 || i === 10;
          const mate = i % 2 === 0 ? names[i + 1] : names[i - 1];
          const shares = !local && i !== 1 && i !== 11;
          return [
            i + 1,
            n,
            zhGender(n),
            r.pick(ZH_GOV_ORGS),
            r.pick(ZH_GOV_TITLES),
            tel[i],
            local ? "" : `2026-12-09 ${r.pick(["10:30", "14:05", "16:40", "19:20"])}`,
            local ? "" : `2026-12-11 ${r.pick(["13:00", "15:30", "17:45"])}`,
            local ? "否" : "是",
            local ? "" : "会议中心酒店",
            local ? "" : shares ? "标间" : "大床房",
            local ? "" : String(8100 + Math.floor(i / 2) + 1),
            shares ? mate : "",
            i === 3 ? "清真" : i === 12 ? "素食" : "",
            `第${(i % 3) + 1}组`,
            local ? "本地，不住宿" : "",
          ];
        }),
      ];
      return xlsx([{ name: "Sheet1", rows, merges: ["A1:P1"], textColumns: [6, 12], boldRow: 2 }]);
    },
  ),
];
