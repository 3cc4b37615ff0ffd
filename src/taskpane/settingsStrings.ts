import type { SettingField, SettingGroup } from "../app/settingsForm";
import type { Lang } from "../core/i18n";

/** The texts of the Settings screen, in both languages; loaded with it, not with the pane. */
export interface SettingsPaneStrings {
  languageHeading: string;
  language: string;
  languageHint: string;
  followOffice: string;
  languages: Record<Lang, string>;
  sharedHint: (sheet: string) => string;
  noEventSheet: string;
  groups: Record<SettingGroup, string>;
  inCell: (cell: string) => string;
  defaultIs: (value: string) => string;
  none: string;
  yes: string;
  no: string;
  expected: Record<SettingField["type"], string>;
  save: (n: number) => string;
  saved: (sheet: string, cells: string[]) => string;
  columnsHeading: string;
  columnsHint: string;
}

const zh: SettingsPaneStrings = {
  languageHeading: "语言",
  language: "任务窗格语言",
  languageHint: "只影响您自己的任务窗格；写入工作簿的表格仍按工作簿的语言。",
  followOffice: "跟随 Office",
  languages: { zh: "中文", en: "English" },
  sharedHint: (sheet) => `以下设置保存在“${sheet}”表中，共同编辑此工作簿的人都按同样的设置检查、排座和打印。留空即使用默认值。`,
  noEventSheet: "工作簿中没有“会议信息”表，设置无法保存。可用 huiwu init 生成模板。",
  groups: { check: "检查规则", seating: "座次与桌次", rooms: "住宿", print: "打印" },
  inCell: (cell) => `单元格 ${cell}`,
  defaultIs: (value) => `默认 ${value}`,
  none: "不限",
  yes: "是",
  no: "否",
  expected: {
    integer: "请填写不小于 0 的整数。",
    percent: "请填写百分数，如 10。",
    money: "请填写金额，如 800。",
    choice: "",
    boolean: "",
  },
  save: (n) => (n > 0 ? `保存 ${n} 项设置` : "保存设置"),
  saved: (sheet, cells) => `已保存到“${sheet}”：${cells.join("、")}`,
  columnsHeading: "列的识别",
  columnsHint: "会务助手按列标题识别各列。某列识别错了，把其列标题改成括号中的标准名称（如“单位”），再重新检查。",
};

const en: SettingsPaneStrings = {
  languageHeading: "Language",
  language: "Pane language",
  languageHint: "Only your own pane changes; the sheets written into the workbook follow the workbook's language.",
  followOffice: "Follow Office",
  languages: { zh: "中文", en: "English" },
  sharedHint: (sheet) =>
    `These settings live on the ${sheet} sheet, so everyone sharing this workbook checks, seats and prints the same way. Leave a field empty for the default.`,
  noEventSheet: "This workbook has no Event sheet, so settings cannot be kept. huiwu init writes a template.",
  groups: { check: "Check rules", seating: "Rostrum and tables", rooms: "Rooms", print: "Printing" },
  inCell: (cell) => `Cell ${cell}`,
  defaultIs: (value) => `Default ${value}`,
  none: "No limit",
  yes: "Yes",
  no: "No",
  expected: {
    integer: "Enter a whole number, 0 or more.",
    percent: "Enter a percentage, such as 10.",
    money: "Enter an amount, such as 800.",
    choice: "",
    boolean: "",
  },
  save: (n) => (n === 1 ? "Save 1 setting" : n > 0 ? `Save ${n} settings` : "Save settings"),
  saved: (sheet, cells) => `Saved on ${sheet}: ${cells.join(", ")}`,
  columnsHeading: "Columns understood",
  columnsHint:
    "Huiwu recognises columns by their headers. If one is read wrongly, rename its header to the standard name shown (such as Organisation) and check again.",
};

const STRINGS: Record<Lang, SettingsPaneStrings> = { zh, en };

export function settingsPaneStrings(lang: Lang): SettingsPaneStrings {
  return STRINGS[lang];
}
