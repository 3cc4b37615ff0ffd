import type { Rng } from "./prng";

/** Made-up people for the corpus: no real person's data, deterministic for a given Rng. */

const ZH_SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "赵",
  "黄",
  "周",
  "吴",
  "徐",
  "孙",
  "胡",
  "朱",
  "高",
  "林",
  "何",
  "郭",
  "马",
  "罗",
  "梁",
  "宋",
  "郑",
  "谢",
  "韩",
  "唐",
  "冯",
  "于",
  "董",
  "萧",
  "程",
  "曹",
  "袁",
  "邓",
  "许",
  "傅",
  "沈",
  "曾",
  "彭",
  "吕",
];
// No 和 / 与 / 及 (they join names in a members cell) and nothing that reads as a title.
const ZH_GIVEN = [
  "伟",
  "芳",
  "娜",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀",
  "霞",
  "平",
  "刚",
  "桂",
  "英",
  "华",
  "玉",
  "兰",
  "萍",
  "鹏",
  "辉",
  "玲",
  "婷",
  "宁",
  "浩",
  "宇",
  "欣",
  "怡",
  "晨",
  "雪",
  "琳",
  "博",
  "文",
  "思",
  "佳",
  "子",
  "嘉",
  "俊",
  "雨",
  "梓",
  "睿",
  "瑶",
  "昊",
  "晓",
  "志",
  "建",
  "海",
  "春",
  "红",
  "立",
  "新",
  "亮",
];

const EN_FIRST = [
  "Alice",
  "Robert",
  "Olivia",
  "Noah",
  "Emma",
  "Liam",
  "Sophia",
  "Mason",
  "Isabella",
  "Ethan",
  "Mia",
  "Lucas",
  "Amelia",
  "James",
  "Harper",
  "Benjamin",
  "Evelyn",
  "Henry",
  "Abigail",
  "Samuel",
  "Grace",
  "Daniel",
  "Chloe",
  "Owen",
  "Zoe",
  "Leo",
  "Nora",
  "Isaac",
  "Ruby",
  "Felix",
  "Hannah",
  "Jack",
  "Ivy",
  "Oscar",
  "Lily",
  "Theo",
  "Ava",
  "Adam",
  "Clara",
  "Miles",
];
const EN_LAST = [
  "Chen",
  "Miles",
  "Grant",
  "Kim",
  "Patel",
  "Harper",
  "Ortiz",
  "Nguyen",
  "Walker",
  "Hughes",
  "Fischer",
  "Rossi",
  "Okafor",
  "Silva",
  "Novak",
  "Brennan",
  "Lindqvist",
  "Moreau",
  "Tanaka",
  "Schultz",
  "Ferreira",
  "Kowalski",
  "Murphy",
  "Dubois",
  "Ibrahim",
  "Jensen",
  "Costa",
  "Reid",
  "Bauer",
  "Sato",
  "Lopez",
  "Wright",
  "Young",
  "Hale",
  "Fox",
  "Park",
  "Ito",
  "Wood",
  "Shaw",
  "Lane",
];

export const ZH_GOV_ORGS = [
  "市财政局",
  "市教育局",
  "市卫生健康委",
  "市发展改革委",
  "市商务局",
  "市文化和旅游局",
  "市交通运输局",
  "市人力资源和社会保障局",
  "区政府办公室",
  "市统计局",
];
export const ZH_UNIVERSITIES = [
  "北京大学",
  "清华大学",
  "复旦大学",
  "浙江大学",
  "南京大学",
  "武汉大学",
  "中山大学",
  "四川大学",
  "山东大学",
  "厦门大学",
];
export const ZH_COLLEGES = ["信息科学技术学院", "经济学院", "外国语学院", "数学科学学院", "化学与分子工程学院", "法学院"];
export const ZH_COMPANIES = [
  "星河科技有限公司",
  "远景咨询有限公司",
  "华信数据服务有限公司",
  "青禾文化传媒有限公司",
  "东方启明教育科技有限公司",
  "云帆物流有限公司",
];
export const ZH_SCHOOLS = [
  "市第一中学",
  "市实验中学",
  "育才小学",
  "城南中学",
  "市外国语学校",
  "师范大学附属中学",
  "市第三中学",
  "光明小学",
];
export const EN_ORGS = [
  "Acme Ltd",
  "Globex Corporation",
  "Initech",
  "Northwind Traders",
  "Contoso Ltd",
  "Fabrikam Inc.",
  "City Planning Office",
  "University of Westbridge",
  "Harbour Health Trust",
  "Bluefin Analytics",
];
export const EN_UNIVERSITIES = [
  "University of Westbridge",
  "Eastfield Institute of Technology",
  "Northgate University",
  "Lakeside College",
  "Royal Harbour University",
  "Southmoor University",
];

export const ZH_GOV_TITLES = ["局长", "副局长", "处长", "副处长", "主任", "副主任", "科长", "科员"];
export const ZH_ACADEMIC_TITLES = ["教授", "副教授", "讲师", "研究员", "助理研究员"];
export const ZH_COMPANY_TITLES = ["总经理", "副总经理", "总监", "经理", "主管", "专员"];
export const EN_TITLES = ["Director", "Manager", "Engineer", "Professor", "Analyst", "Consultant", "Head of Sales", "Designer"];

/** n different Chinese names (2–3 characters), none in `exclude`. */
export function zhNames(r: Rng, n: number, exclude: Iterable<string> = []): string[] {
  const seen = new Set(exclude);
  const out: string[] = [];
  while (out.length < n) {
    const given = r.chance(0.55) ? r.pick(ZH_GIVEN) + r.pick(ZH_GIVEN) : r.pick(ZH_GIVEN);
    const name = r.pick(ZH_SURNAMES) + given;
    if (seen.has(name) || name.length < 2 || (given.length === 2 && given[0] === given[1])) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

export interface EnName {
  first: string;
  last: string;
  full: string;
}

/** n different English names, none whose full name is in `exclude`. */
export function enNames(r: Rng, n: number, exclude: Iterable<string> = []): EnName[] {
  const seen = new Set(exclude);
  const out: EnName[] = [];
  while (out.length < n) {
    const first = r.pick(EN_FIRST);
    const last = r.pick(EN_LAST);
    const full = `${first} ${last}`;
    if (seen.has(full)) continue;
    seen.add(full);
    out.push({ first, last, full });
  }
  return out;
}

/** n different mainland mobile numbers (138/139/186 + 8 digits), as text. */
export function phones(r: Rng, n: number, exclude: Iterable<string> = []): string[] {
  const seen = new Set(exclude);
  const out: string[] = [];
  while (out.length < n) {
    const p = r.pick(["138", "139", "186", "135", "137"]) + String(r.int(0, 99_999_999)).padStart(8, "0");
    if (seen.has(p)) continue;
    seen.add(p);
    out.push(p);
  }
  return out;
}

/** UK/US style numbers for English lists (Ofcom's drama range, 555-01xx). */
export function enPhones(r: Rng, n: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < n) {
    const p = r.chance(0.5)
      ? `+44 7700 900${String(r.int(0, 999)).padStart(3, "0")}`
      : `+1 415 555 01${String(r.int(0, 99)).padStart(2, "0")}`;
    if (seen.has(p)) continue;
    seen.add(p);
    out.push(p);
  }
  return out;
}

/** An e-mail address for an English name. */
export function enEmail(n: EnName, domain = "example.com"): string {
  return `${n.first}.${n.last}@${domain}`.toLowerCase();
}

/** An e-mail address for the i-th person of a Chinese list (no pinyin table needed). */
export function zhEmail(prefix: string, i: number, domain = "example.cn"): string {
  return `${prefix}${String(i + 1).padStart(3, "0")}@${domain}`;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** A made-up 18-character resident ID number with a valid check character (GB 11643). */
export function idNumber(r: Rng, female: boolean): string {
  const region = r.pick(["110101", "110105", "310104", "320102", "330106", "440106", "510107"]);
  const y = r.int(1965, 2000);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  let seq = r.int(10, 99) * 10 + r.int(0, 9);
  if ((seq % 2 === 0) !== female) seq = (seq + 1) % 1000;
  const body = `${region}${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}${String(seq).padStart(3, "0")}`;
  const sum = [...body].reduce((s, c, i) => s + Number(c) * ID_WEIGHTS[i], 0);
  return body + ID_CHECK[sum % 11];
}

/** The Chinese given names above that read as female, for a plausible 性别 column. */
const FEMININE = new Set([
  "芳",
  "娜",
  "敏",
  "静",
  "丽",
  "艳",
  "娟",
  "秀",
  "霞",
  "桂",
  "英",
  "玉",
  "兰",
  "萍",
  "玲",
  "婷",
  "欣",
  "怡",
  "雪",
  "琳",
  "瑶",
  "红",
]);

export function zhGender(name: string): "男" | "女" {
  return [...name.slice(1)].some((c) => FEMININE.has(c)) ? "女" : "男";
}
