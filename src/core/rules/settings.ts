import { visitEventSettings } from "../schema/eventSettings";
import type { Finding } from "../finding";
import type { ParsedKeyValue } from "../schema/parsedSheet";
import type { ColumnDef } from "../schema/sheetDef";
import type { EventFields } from "../schema/sheets";

/**
 * Rule thresholds and switches. They live on the Event sheet (会议信息) as ordinary key–value
 * rows, so everyone sharing the workbook checks it with the same rules.
 */
export interface RuleSettings {
  /** A VIP or rostrum member still unconfirmed this many days before the start is an error… */
  vipErrorDays: number;
  /** …and a warning from this many days. */
  vipWarningDays: number;
  /** A budget line over budget by more than this share is an error (over at all: a warning). */
  budgetTolerance: number;
  /** The contingency line (不可预计费用) should be within this share of the total. */
  contingencyMin: number;
  contingencyMax: number;
  /** Tolerated difference between a per-head line's quantity and the confirmed headcount. */
  headcountTolerance: number;
  /** Cost per person per day above this is a warning; undefined: no cap. */
  costPerPersonDayCap?: number;
  /** A task due within this many days and not started is a warning. */
  taskDueSoonDays: number;
  /** Rule ids switched off for this workbook. */
  disabled: ReadonlySet<string>;
}

export const DEFAULT_SETTINGS: RuleSettings = {
  vipErrorDays: 3,
  vipWarningDays: 7,
  budgetTolerance: 0.1,
  contingencyMin: 0.05,
  contingencyMax: 0.15,
  headcountTolerance: 0.1,
  taskDueSoonDays: 3,
  disabled: new Set(),
};

type SettingKey = Exclude<keyof RuleSettings, "disabled"> | "disabled";

/** The Event-sheet rows that hold the settings, with their names in both languages. */
export const SETTING_DEFS: readonly (ColumnDef & { key: SettingKey })[] = [
  { key: "vipErrorDays", zh: "VIP确认报错天数", en: "VIP confirm error days", synonyms: ["VIP未确认报错天数"], type: "integer" },
  { key: "vipWarningDays", zh: "VIP确认提醒天数", en: "VIP confirm warning days", synonyms: ["VIP未确认提醒天数"], type: "integer" },
  {
    key: "budgetTolerance",
    zh: "超支容差",
    en: "Budget tolerance",
    synonyms: ["预算容差", "超预算容差", "Overspend tolerance"],
    type: "percent",
  },
  { key: "contingencyMin", zh: "不可预计费用下限", en: "Contingency minimum", synonyms: ["预备费下限"], type: "percent" },
  { key: "contingencyMax", zh: "不可预计费用上限", en: "Contingency maximum", synonyms: ["预备费上限"], type: "percent" },
  { key: "headcountTolerance", zh: "人数核对容差", en: "Headcount tolerance", synonyms: ["人头容差"], type: "percent" },
  {
    key: "costPerPersonDayCap",
    zh: "人均每天费用上限",
    en: "Cost per person per day cap",
    synonyms: ["人均日费用上限", "Daily cost cap"],
    type: "money",
  },
  { key: "taskDueSoonDays", zh: "任务临期天数", en: "Task due-soon days", synonyms: ["临期天数"], type: "integer" },
  { key: "disabled", zh: "关闭的规则", en: "Rules switched off", synonyms: ["停用规则", "关闭规则", "Disabled rules"], type: "list" },
];

export interface SettingsRead {
  settings: RuleSettings;
  findings: Finding[];
}

/** Reads the settings rows of the Event sheet; unreadable values keep the default and say so. */
export function readRuleSettings(event: ParsedKeyValue<EventFields>, knownRuleIds: ReadonlySet<string>): SettingsRead {
  const settings: { -readonly [K in keyof RuleSettings]: RuleSettings[K] } = { ...DEFAULT_SETTINGS, disabled: new Set<string>() };
  const findings: Finding[] = [];
  const sheet = event.sheet;
  if (!sheet) return { settings, findings };
  visitEventSettings(event, SETTING_DEFS, findings, ({ key, value, address }) => {
    if (key === "disabled") {
      const ids = value as string[];
      const disabled = new Set<string>();
      for (const id of ids) {
        if (knownRuleIds.has(id)) disabled.add(id);
        else
          findings.push({
            id: "settings.unknown-rule",
            severity: "warning",
            sheet,
            cell: address,
            message: { zh: `没有编号为“${id}”的规则，无法关闭。`, en: `There is no rule "${id}" to switch off.` },
            fix: { zh: "规则编号见“检查结果”表的“规则”列。", en: "Rule ids are listed in the Rule column of the Issues sheet." },
          });
      }
      settings.disabled = disabled;
    } else {
      (settings as unknown as Record<string, number>)[key] = value as number;
    }
  });
  return { settings, findings };
}
