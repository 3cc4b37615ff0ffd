import type { Gender } from "../../../src/core/schema/enums";
import type { Rng } from "../prng";
import { groupThousands } from "../format";
import { chineseNumeral } from "./chineseNumeral";
import { ZH_GIVEN_FEMALE, ZH_GIVEN_MALE, ZH_SURNAMES } from "./zhNames";
import { ZH_CITIES, ZH_GUESTS, ZH_HOTELS, ZH_KIND_WEIGHTS, ZH_LEADERS, ZH_ORGS, ZH_SPEAKERS } from "./zhOrgs";
import type { Lexicon, PersonName, TravelMode } from "./types";

const SURNAME_WEIGHTS = ZH_SURNAMES.map((s) => s[2]);

/** Mobile prefixes of the three carriers. */
const MOBILE_PREFIXES = [
  "130",
  "131",
  "132",
  "133",
  "135",
  "136",
  "137",
  "138",
  "139",
  "150",
  "151",
  "152",
  "155",
  "156",
  "157",
  "158",
  "159",
  "166",
  "176",
  "177",
  "180",
  "181",
  "182",
  "183",
  "185",
  "186",
  "187",
  "188",
  "189",
  "198",
  "199",
];

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** An 18-digit resident identity number with a valid check digit (GB 11643). */
export function chineseIdNumber(rng: Rng, area: string, birthYear: number, gender: Gender): string {
  const month = String(rng.int(1, 12)).padStart(2, "0");
  const day = String(rng.int(1, 28)).padStart(2, "0");
  let seq = rng.int(0, 99) * 10 + rng.int(0, 4) * 2 + (gender === "male" ? 1 : 0);
  seq = Math.min(seq, 999);
  const body = `${area}${birthYear}${month}${day}${String(seq).padStart(3, "0")}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * ID_WEIGHTS[i];
  return body + ID_CHECK[sum % 11];
}

function personName(rng: Rng, gender: Gender, short: boolean): PersonName {
  const [sn, sp] = rng.weighted(ZH_SURNAMES, SURNAME_WEIGHTS);
  const pool = gender === "male" ? ZH_GIVEN_MALE : ZH_GIVEN_FEMALE;
  const [g1, p1] = rng.pick(pool);
  if (short || rng.chance(0.3)) return { name: sn + g1, mailbox: sp + p1, parts: [sn, g1] };
  const [g2, p2] = rng.pick(pool);
  return { name: sn + g1 + g2, mailbox: sp + p1 + p2, parts: [sn, g1 + g2] };
}

const PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ".split("");

export const ZH: Lexicon = {
  lang: "zh",
  localOrigin: "本市",
  yes: "是",
  no: "否",
  listSeparator: "、",
  currency: "CNY",
  currencySymbol: "¥",
  seating: "chinese",
  languageName: "中文",
  organiser: "市人民政府办公室",
  organiserDomain: "example.gov.cn",
  leaders: ZH_LEADERS,
  guests: ZH_GUESTS,
  speakers: ZH_SPEAKERS,
  aideTitle: "秘书",
  orgs: ZH_ORGS,
  kindWeights: ZH_KIND_WEIGHTS,
  staffOrgs: ["市人民政府办公室", "市人民政府办公室", "市人民政府办公室", "市机关事务管理局", "市会议中心"],
  staffTitles: ["科员", "一级科员", "四级主任科员", "副科长", "科长"],
  teams: ["策划布置组", "会务组", "材料组", "接待组", "安保组"],
  cities: ZH_CITIES,
  hotels: ZH_HOTELS,
  unknownHotel: "如家酒店（火车站店）",
  diets: [
    ["清真", 0.02],
    ["素食", 0.02],
    ["海鲜过敏", 0.006],
    ["不吃辣", 0.006],
  ],
  notes: ["需提前离会", "代替主要负责同志参会", "需无障碍通道", "携带汇报材料", "首次参会", "会后返回单位"],
  groupName: (i) => `第${chineseNumeral(i + 1)}组`,
  personName,
  disambiguate(rng, n, gender, longer) {
    const pool = gender === "male" ? ZH_GIVEN_MALE : ZH_GIVEN_FEMALE;
    const [g, p] = rng.pick(pool);
    const given = (longer ? n.parts[1] : n.parts[1].slice(0, 1)) + g;
    return { name: n.parts[0] + given, mailbox: n.mailbox + p, parts: [n.parts[0], given] };
  },
  phone: (rng) => rng.pick(MOBILE_PREFIXES) + rng.digits(8),
  idNumber(rng, origin, year, gender) {
    // Locals often leave it out; people who stay in a hotel must give it.
    if (!origin && rng.chance(0.25)) return "";
    const area = ZH_CITIES.find((c) => c.name === (origin ?? "本市"))?.idArea ?? "320506";
    return chineseIdNumber(rng, area, year, gender);
  },
  transport(rng: Rng, mode: TravelMode) {
    if (mode === "car") return "自驾";
    if (mode === "flight") return `${rng.pick(["CA", "MU", "MU", "CZ"])}${rng.int(1001, 9899)}`;
    return `G${rng.int(7, 1999)}`;
  },
  carPlate: (rng) => `苏E·${rng.pick(PLATE_LETTERS)}${rng.digits(1)}${rng.pick(PLATE_LETTERS)}${rng.digits(2)}`,
  dateText: (y, m, d, time) => `${y}年${m}月${d}日 ${time}`,
  moneyText: (n) => `¥${groupThousands(n)}`,
  invoiceNo: (rng) => rng.digits(8),
  extraColumn: "车牌号",
};
