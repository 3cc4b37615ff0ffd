import { visitEventSettings } from "../../schema/eventSettings";
import type { Finding } from "../../finding";
import { foldKey } from "../../schema/normalize/text";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import type { ColumnDef } from "../../schema/sheetDef";
import type { EventFields } from "../../schema/sheets";
import type { GroupBy, GroupingMode, ObjectiveWeights, TableConvention } from "./types";

/** Banquet settings, read from Event-sheet rows so the whole team plans with the same rules. */
export interface TableSettings {
  /** 每桌人数 (default 10). */
  seatsPerTable: number;
  /** 主桌人数: seats at each main table (default = seatsPerTable). */
  mainTableSeats: number;
  /** 主桌数: how many tables take the main-table size (default 1). */
  mainTables: number;
  /** 桌数: fixed number of tables; undefined = as many as needed (extra tables may be opened). */
  tableCount?: number;
  /** 各桌人数: capacities table by table ("12,10,10,8"); overrides the sizes above for those tables. */
  tableSizes: number[];
  /** 工作人员就餐: staff dine with the guests (default no; staff travelling with a guest always do). */
  staffDine: boolean;
  /** Diets with dedicated tables (清真桌 = 是, 素食桌 = 是, or a list under 专桌饮食). */
  dietTables: string[];
  groupBy: GroupBy;
  mode: GroupingMode;
  weights: ObjectiveWeights;
  convention: TableConvention;
  iterations?: number;
  seed: number;
  /** 桌号写回名单: yes adds 桌号/座位 to the roster when missing, no never writes there; unset writes to the columns there are. */
  rosterWriteBack?: boolean;
}

export const DEFAULT_TABLE_SETTINGS: TableSettings = {
  seatsPerTable: 10,
  mainTableSeats: 10,
  mainTables: 1,
  tableSizes: [],
  staffDine: false,
  dietTables: [],
  groupBy: "organisation",
  mode: "together",
  weights: { grouping: 1, even: 1, alone: 3 },
  convention: "chinese",
  seed: 1,
};

type Key =
  | "mainTableSeats"
  | "mainTables"
  | "tableCount"
  | "tableSizes"
  | "staffDine"
  | "halal"
  | "vegetarian"
  | "dietTables"
  | "groupBy"
  | "mode"
  | "wGrouping"
  | "wEven"
  | "wAlone"
  | "iterations"
  | "seed"
  | "writeBack";

const def = (key: Key, zh: string, en: string, type: ColumnDef["type"], synonyms: string[] = []) => ({ key, zh, en, type, synonyms });

export const TABLE_SETTING_DEFS: readonly (ColumnDef & { key: Key })[] = [
  def("mainTableSeats", "主桌人数", "Main table seats", "integer", ["主桌座位数", "Head table seats"]),
  def("mainTables", "主桌数", "Main tables", "integer", ["主桌数量", "Head tables"]),
  def("tableCount", "桌数", "Tables", "integer", ["餐桌数", "桌数量", "Number of tables"]),
  def("tableSizes", "各桌人数", "Table sizes", "list", ["每桌座位", "Seats by table"]),
  def("staffDine", "工作人员就餐", "Staff dine", "boolean", ["工作人员入席", "Staff at tables"]),
  def("halal", "清真桌", "Halal table", "boolean", ["设清真桌"]),
  def("vegetarian", "素食桌", "Vegetarian table", "boolean", ["设素食桌"]),
  def("dietTables", "专桌饮食", "Special-diet tables", "list", ["特殊饮食桌", "Diet tables"]),
  def("groupBy", "分桌依据", "Seat together by", "text", ["同桌依据", "Group by"]),
  def("mode", "同单位安排", "Same organisation", "text", ["单位安排", "Organisation seating"]),
  def("wGrouping", "同单位权重", "Grouping weight", "number", ["单位权重"]),
  def("wEven", "均衡权重", "Even fill weight", "number", ["满座均衡权重"]),
  def("wAlone", "孤坐权重", "Alone weight", "number", ["避免孤坐权重"]),
  def("iterations", "排桌迭代次数", "Table search iterations", "integer", ["迭代次数", "Iterations"]),
  def("seed", "随机种子", "Seed", "integer", ["Random seed"]),
  def("writeBack", "桌号写回名单", "Write tables to roster", "boolean", ["写回名单", "Tables to roster", "Table numbers to roster"]),
];

const MIX = new Set(["混坐", "分散", "打散", "mix", "mixed", "spread"].map(foldKey));
const TOGETHER = new Set(["同桌", "集中", "together", "keeptogether"].map(foldKey));
const BY_GROUP = new Set(["分组", "小组", "group"].map(foldKey));
const BY_ORG = new Set(["单位", "organisation", "organization"].map(foldKey));

function badChoice(sheet: string, address: string, label: string, expected: { zh: string; en: string }): Finding {
  return {
    id: "settings.invalid",
    severity: "warning",
    sheet,
    cell: address,
    message: { zh: `“${label}”的值无法识别，沿用默认值。`, en: `The value of "${label}" is not recognised; the default is used.` },
    fix: expected,
  };
}

/**
 * What a banquet can be: a round table seats 2 to 40, a main table up to 60; up to 5,000 tables;
 * a search of up to 100,000,000 steps (long, but the pane can cancel it). Past these a value is a slip ("100" for "10"), and taking it
 * would plan nonsense or run out of memory.
 */
const RANGES = {
  seatsPerTable: [2, 40],
  mainTableSeats: [2, 60],
  mainTables: [0, 100],
  tableCount: [1, 5_000],
  tableSize: [1, 60],
  iterations: [0, 100_000_000],
} as const;

const DEFAULT_USED = { zh: "默认值", en: "the default" };

function outOfRange(
  sheet: string,
  address: string,
  label: string,
  value: unknown,
  [min, max]: readonly [number, number],
  used: { zh: string; en: string } = DEFAULT_USED,
): Finding {
  return {
    id: "settings.out-of-range",
    severity: "warning",
    sheet,
    cell: address,
    message: {
      zh: `“${label}”为 ${String(value)}，应为 ${min} 到 ${max} 之间的整数；沿用${used.zh}。`,
      en: `"${label}" is ${String(value)}; it should be a whole number from ${min} to ${max}. Using ${used.en}.`,
    },
    fix: { zh: `填写 ${min} 到 ${max} 之间的整数。`, en: `Enter a whole number from ${min} to ${max}.` },
  };
}

const within = (v: unknown, [min, max]: readonly [number, number]): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;

/** Reads the banquet settings; an unreadable or impossible value keeps its default and gives a finding. */
export function readTableSettings(event: ParsedKeyValue<EventFields>): { settings: TableSettings; findings: Finding[] } {
  const s: TableSettings = { ...DEFAULT_TABLE_SETTINGS, weights: { ...DEFAULT_TABLE_SETTINGS.weights }, dietTables: [], tableSizes: [] };
  const findings: Finding[] = [];
  const per = event.fields.seatsPerTable;
  if (per && within(per.value, RANGES.seatsPerTable)) s.seatsPerTable = per.value;
  else if (per && event.sheet)
    findings.push(
      outOfRange(event.sheet, per.address, "每桌人数", per.value, RANGES.seatsPerTable, {
        zh: `默认值 ${DEFAULT_TABLE_SETTINGS.seatsPerTable}`,
        en: `the default of ${DEFAULT_TABLE_SETTINGS.seatsPerTable}`,
      }),
    );
  s.mainTableSeats = s.seatsPerTable;
  if (event.fields.seatingConvention) s.convention = event.fields.seatingConvention.value;
  const sheet = event.sheet;
  if (!sheet) return { settings: s, findings };
  const diets: string[] = [];
  visitEventSettings(event, TABLE_SETTING_DEFS, findings, ({ key, value: v, label, address }) => {
    const ranged = (range: readonly [number, number], set: (n: number) => void) => {
      if (within(v, range)) set(v);
      else findings.push(outOfRange(sheet, address, label, v, range));
    };
    switch (key) {
      case "mainTableSeats":
        ranged(RANGES.mainTableSeats, (n) => (s.mainTableSeats = n));
        break;
      case "mainTables":
        ranged(RANGES.mainTables, (n) => (s.mainTables = n));
        break;
      case "tableCount":
        ranged(RANGES.tableCount, (n) => (s.tableCount = n));
        break;
      case "tableSizes": {
        const sizes = (v as string[]).map((x) => Number(x));
        const bad = sizes.filter((n) => !within(n, RANGES.tableSize));
        if (bad.length > 0)
          findings.push(
            outOfRange(sheet, address, label, bad.join("、"), RANGES.tableSize, { zh: "其余各桌的人数", en: "the other sizes" }),
          );
        s.tableSizes = sizes.filter((n) => within(n, RANGES.tableSize)).slice(0, RANGES.tableCount[1]);
        break;
      }
      case "staffDine":
        s.staffDine = v as boolean;
        break;
      case "halal":
        if (v) diets.push("清真");
        break;
      case "vegetarian":
        if (v) diets.push("素食");
        break;
      case "dietTables":
        diets.push(...(v as string[]));
        break;
      case "groupBy": {
        const k = foldKey(String(v));
        if (BY_GROUP.has(k)) s.groupBy = "group";
        else if (BY_ORG.has(k)) s.groupBy = "organisation";
        else findings.push(badChoice(sheet, address, label, { zh: "填“单位”或“分组”。", en: 'Use "Organisation" or "Group".' }));
        break;
      }
      case "mode": {
        const k = foldKey(String(v));
        if (MIX.has(k)) s.mode = "mix";
        else if (TOGETHER.has(k)) s.mode = "together";
        else findings.push(badChoice(sheet, address, label, { zh: "填“集中”或“混坐”。", en: 'Use "Together" or "Mix".' }));
        break;
      }
      case "wGrouping":
      case "wEven":
      case "wAlone":
        if (typeof v === "number" && v >= 0) s.weights[key === "wGrouping" ? "grouping" : key === "wEven" ? "even" : "alone"] = v;
        break;
      case "iterations":
        ranged(RANGES.iterations, (n) => (s.iterations = n));
        break;
      case "seed":
        s.seed = v as number;
        break;
      case "writeBack":
        s.rosterWriteBack = v as boolean;
        break;
    }
  });
  s.dietTables = [...new Set(diets.map(canonicalDiet))];
  return { settings: s, findings };
}

const DIET_SYNONYMS: Record<string, string[]> = {
  清真: ["清真", "halal", "穆斯林", "muslim", "回族", "回民"],
  素食: ["素食", "vegetarian", "吃素", "vegan", "纯素"],
};

/** "Halal" and "清真" name one diet; other diets are kept as typed. */
export function canonicalDiet(d: string): string {
  const k = foldKey(d);
  for (const [canon, names] of Object.entries(DIET_SYNONYMS)) if (names.some((n) => foldKey(n) === k)) return canon;
  return d.trim();
}

/** The configured diet a guest's 生活习俗 text asks for ("清真，不吃辣" → 清真), or "". */
export function dietTableOf(diet: string, dietTables: readonly string[]): string {
  const k = foldKey(diet);
  if (!k) return "";
  for (const d of dietTables) {
    const names = DIET_SYNONYMS[d] ?? [d];
    if (names.some((n) => k.includes(foldKey(n)))) return d;
  }
  return "";
}
