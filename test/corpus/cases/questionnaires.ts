import { xlsx, type Cell } from "../build";
import type { CorpusCase } from "../corpusCase";
import { defineCase } from "../define";
import {
  EN_ORGS,
  enEmail,
  enNames,
  enPhones,
  phones,
  ZH_COMPANIES,
  ZH_COMPANY_TITLES,
  ZH_GOV_ORGS,
  ZH_UNIVERSITIES,
  zhEmail,
  zhNames,
} from "../fake";
import type { Rng } from "../prng";

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026/11/20 14:03:12": how 问卷星 and 腾讯问卷 write their times, as text. */
function zhStamp(r: Rng, day: number): string {
  return `2026/11/${pad(day)} ${pad(r.int(8, 22))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`;
}

function ip(r: Rng): string {
  return `${r.pick([116, 183, 222, 61, 113])}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(1, 254)}`;
}

const CITIES = ["北京-北京", "上海-上海", "广东-广州", "浙江-杭州", "四川-成都", "江苏-南京"];

/** Questionnaire exports: the questions are the headers, and the form adds columns of its own about each response. */
export const QUESTIONNAIRE_CASES: CorpusCase[] = [
  defineCase(
    {
      file: "wjx-export.xlsx",
      shape: "问卷星 (wjx.cn) 按序号导出 to Excel: 序号, 提交答卷时间, 所用时间, 来源, 来源详情, 来自IP, then the numbered questions",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 28,
        columns: { name: "1、您的姓名：", organisation: "2、您的工作单位：", phone: "3、您的手机号码：", needsHotel: "4、是否需要住宿：" },
        kept: ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"],
      },
    },
    (r) => {
      const names = zhNames(r, 28);
      const tel = phones(r, 28);
      const header = [
        "序号",
        "提交答卷时间",
        "所用时间",
        "来源",
        "来源详情",
        "来自IP",
        "1、您的姓名：",
        "2、您的工作单位：",
        "3、您的手机号码：",
        "4、是否需要住宿：",
      ];
      const rows: Cell[][] = [
        header,
        ...names.map((n, i): Cell[] => [
          i + 1,
          zhStamp(r, 10 + Math.floor(i / 4)),
          `${r.int(35, 300)}秒`,
          r.pick(["微信", "手机提交", "链接"]),
          r.pick(["N/A", "直接访问", "微信群"]),
          `${ip(r)}(${r.pick(CITIES)})`,
          n,
          r.pick([...ZH_GOV_ORGS, ...ZH_COMPANIES]),
          tel[i],
          r.pick(["是", "否"]),
        ]),
      ];
      return xlsx([{ name: "Sheet1", rows, textColumns: [9] }]);
    },
  ),
  defineCase(
    {
      file: "tencent-wj-export.xlsx",
      shape: "腾讯问卷 export: 编号, 开始答题时间, 结束答题时间, 答题时长, 地理位置 columns, then questions numbered 1.您的姓名",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 20,
        columns: { name: "1.您的姓名", organisation: "2.您的单位", phone: "3.您的手机号", email: "4.您的邮箱" },
        kept: ["编号", "开始答题时间", "结束答题时间", "答题时长", "地理位置国家和地区", "地理位置省", "地理位置市"],
      },
    },
    (r) => {
      const names = zhNames(r, 20);
      const tel = phones(r, 20);
      const places: [string, string][] = [
        ["北京", "北京"],
        ["上海", "上海"],
        ["广东", "深圳"],
        ["湖北", "武汉"],
      ];
      const header = [
        "编号",
        "开始答题时间",
        "结束答题时间",
        "答题时长",
        "地理位置国家和地区",
        "地理位置省",
        "地理位置市",
        "1.您的姓名",
        "2.您的单位",
        "3.您的手机号",
        "4.您的邮箱",
      ];
      const rows: Cell[][] = [
        header,
        ...names.map((n, i): Cell[] => {
          const start = zhStamp(r, 12 + Math.floor(i / 5));
          const [prov, city] = r.pick(places);
          return [
            i + 1,
            start,
            start.replace(/:(\d\d)$/, ":59"),
            `${r.int(1, 4)}分${r.int(0, 59)}秒`,
            "中国",
            prov,
            city,
            n,
            r.pick(ZH_UNIVERSITIES),
            tel[i],
            zhEmail("wj", i),
          ];
        }),
      ];
      return xlsx([{ name: "Sheet1", rows, textColumns: [10] }]);
    },
  ),
  defineCase(
    {
      file: "jinshuju-export.xlsx",
      shape: "金数据 (jinshuju.net) export: 请在此留下您的大名 as the name question, device/IP/微信昵称 columns after the answers",
      expect: {
        rosterSheet: "合作伙伴大会报名",
        foundBy: "headers",
        people: 15,
        columns: { name: "请在此留下您的大名", phone: "手机号码", organisation: "所在单位", title: "您的职务是？" },
        kept: ["序号", "填写设备", "操作系统", "浏览器", "填写地区", "IP", "微信昵称", "提交时间"],
      },
    },
    (r) => {
      const names = zhNames(r, 15);
      const tel = phones(r, 15);
      const header = [
        "序号",
        "请在此留下您的大名",
        "手机号码",
        "所在单位",
        "您的职务是？",
        "填写设备",
        "操作系统",
        "浏览器",
        "填写地区",
        "IP",
        "微信昵称",
        "提交时间",
      ];
      const rows: Cell[][] = [
        header,
        ...names.map((n, i): Cell[] => [
          i + 1,
          n,
          tel[i],
          r.pick(ZH_COMPANIES),
          r.pick(ZH_COMPANY_TITLES),
          r.pick(["手机", "电脑"]),
          r.pick(["iOS", "Android", "Windows", "macOS"]),
          r.pick(["微信", "Chrome", "Safari"]),
          r.pick(["北京市", "上海市", "广东省深圳市", "浙江省杭州市"]),
          ip(r),
          r.pick(["🌙 小月", "Sunny", "阿杰", "蓝天白云", "-", "木子"]),
          zhStamp(r, 15 + (i % 5)).replace(/\//g, "-"),
        ]),
      ];
      return xlsx([{ name: "合作伙伴大会报名", rows, textColumns: [3] }]);
    },
  ),
  defineCase(
    {
      file: "google-forms-responses.xlsx",
      shape:
        "Google Forms responses downloaded as .xlsx: Form Responses 1, Timestamp, Email Address, Full Name, 'Phone Number ' (trailing space), Company",
      expect: {
        rosterSheet: "Form Responses 1",
        foundBy: "headers",
        people: 26,
        columns: {
          email: "Email Address",
          name: "Full Name",
          phone: "Phone Number ",
          organisation: "Company",
          diet: "Dietary requirements",
        },
        kept: ["Timestamp", "Will you join the dinner?"],
      },
    },
    (r) => {
      const people = enNames(r, 26);
      const tel = enPhones(r, 26);
      const header = [
        "Timestamp",
        "Email Address",
        "Full Name",
        "Phone Number ",
        "Company",
        "Dietary requirements",
        "Will you join the dinner?",
      ];
      const rows: Cell[][] = [
        header,
        ...people.map((p, i): Cell[] => [
          new Date(Date.UTC(2026, 10, 3 + Math.floor(i / 3), r.int(8, 21), r.int(0, 59), r.int(0, 59))),
          enEmail(p, "example.com"),
          p.full,
          tel[i],
          r.pick(EN_ORGS),
          r.pick(["", "", "", "Vegetarian", "Vegan", "No nuts", "Halal"]),
          r.pick(["Yes", "No", "Yes"]),
        ]),
      ];
      return xlsx([{ name: "Form Responses 1", rows, numFmt: { 1: "m/d/yyyy h:mm:ss" } }]);
    },
  ),
  defineCase(
    {
      file: "ms-forms-export.xlsx",
      shape: "Microsoft Forms 'Open in Excel': ID, Start time, Completion time, Email, Name, then the question 'Your organisation?'",
      expect: {
        rosterSheet: "Sheet1",
        foundBy: "headers",
        people: 14,
        columns: { email: "Email", name: "Name", organisation: "Your organisation?" },
        kept: ["ID", "Start time", "Completion time"],
      },
    },
    (r) => {
      const people = enNames(r, 14);
      const header = ["ID", "Start time", "Completion time", "Email", "Name", "Your organisation?"];
      const rows: Cell[][] = [
        header,
        ...people.map((p, i): Cell[] => {
          const start = Date.UTC(2026, 10, 6 + Math.floor(i / 4), r.int(8, 18), r.int(0, 59), r.int(0, 59));
          return [i + 1, new Date(start), new Date(start + r.int(40, 400) * 1000), enEmail(p, "example.org"), p.full, r.pick(EN_ORGS)];
        }),
      ];
      return xlsx([{ name: "Sheet1", rows, numFmt: { 2: "m/d/yy h:mm:ss", 3: "m/d/yy h:mm:ss" } }]);
    },
  ),
];
