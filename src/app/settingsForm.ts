import type { Bilingual, Lang } from "../core/i18n";
import { PRINT_SETTING_DEFS } from "../core/plan/printSetup";
import { DEFAULT_ROOM_SETTINGS, ROOM_SETTING_DEFS } from "../core/rooms/roomSettings";
import { DEFAULT_SETTINGS, SETTING_DEFS } from "../core/rules/settings";
import { CHAIR_POSITION, DAIS_SETTING_DEFS, EVEN_VARIANT } from "../core/seating/dais/daisSettings";
import { DEFAULT_TABLE_SETTINGS, TABLE_SETTING_DEFS } from "../core/seating/tables/settings";
import type { EventEdit } from "../core/schema/eventEdits";
import { visitEventSettings } from "../core/schema/eventSettings";
import { SEATING_CONVENTION } from "../core/schema/enums";
import type { ParsedKeyValue } from "../core/schema/parsedSheet";
import type { ColumnDef } from "../core/schema/sheetDef";
import { EVENT, type EventFields } from "../core/schema/sheets";

export type SettingGroup = "check" | "seating" | "rooms" | "print";
export type SettingValue = number | string | boolean;

/** One Event-sheet row as the Settings form shows it. Plain data. */
export interface SettingField {
  key: string;
  group: SettingGroup;
  label: Bilingual;
  /** "percent" values are shares (0.1 for 10 %). */
  type: "integer" | "percent" | "money" | "choice" | "boolean";
  choices?: { code: string; label: Bilingual }[];
  /** What the Event sheet says now; absent when the row is missing or unreadable (the default applies). */
  value?: SettingValue;
  /** What applies without a row; absent when nothing does (no cap). */
  fallback?: SettingValue;
  /** The cell holding the value, when there is one. */
  cell?: string;
}

export interface SettingsForm {
  /** The Event sheet the settings live on; null when the workbook has none (nothing can be kept). */
  sheet: string | null;
  fields: SettingField[];
}

type Def = ColumnDef & { key: string };
const defOf = (defs: readonly Def[], key: string): Def => defs.find((d) => d.key === key)!;
const eventDef = (key: keyof EventFields): Def => defOf(EVENT.keys as readonly Def[], key);

type Choices = { values: readonly { code: string; zh: string; en: string }[] };

function choicesOf(e: Choices): SettingField["choices"] {
  return e.values.map((v) => ({ code: v.code, label: { zh: v.zh, en: v.en } }));
}

/** 分桌依据 and 同单位安排 are read from words (tables/settings.ts); these are the words the form writes. */
const GROUP_BY = {
  values: [
    { code: "organisation", zh: "单位", en: "Organisation" },
    { code: "group", zh: "分组", en: "Group" },
  ],
};
const MODE = {
  values: [
    { code: "together", zh: "同桌", en: "Together" },
    { code: "mix", zh: "混坐", en: "Mix" },
  ],
};

interface FieldSpec {
  def: Def;
  group: SettingGroup;
  type: SettingField["type"];
  choices?: Choices;
  fallback?: (lang: Lang) => SettingValue | undefined;
  /** An Event field (parsed with the Event sheet) rather than a settings row. */
  field?: keyof EventFields;
}

const RULE = (key: string) => defOf(SETTING_DEFS, key);
const FIELDS: FieldSpec[] = [
  { def: RULE("vipErrorDays"), group: "check", type: "integer", fallback: () => DEFAULT_SETTINGS.vipErrorDays },
  { def: RULE("vipWarningDays"), group: "check", type: "integer", fallback: () => DEFAULT_SETTINGS.vipWarningDays },
  { def: RULE("budgetTolerance"), group: "check", type: "percent", fallback: () => DEFAULT_SETTINGS.budgetTolerance },
  { def: RULE("contingencyMin"), group: "check", type: "percent", fallback: () => DEFAULT_SETTINGS.contingencyMin },
  { def: RULE("contingencyMax"), group: "check", type: "percent", fallback: () => DEFAULT_SETTINGS.contingencyMax },
  { def: RULE("headcountTolerance"), group: "check", type: "percent", fallback: () => DEFAULT_SETTINGS.headcountTolerance },
  { def: RULE("costPerPersonDayCap"), group: "check", type: "money" },
  { def: RULE("taskDueSoonDays"), group: "check", type: "integer", fallback: () => DEFAULT_SETTINGS.taskDueSoonDays },
  {
    def: eventDef("seatingConvention"),
    field: "seatingConvention",
    group: "seating",
    type: "choice",
    choices: SEATING_CONVENTION,
    fallback: (lang) => (lang === "zh" ? "chinese" : "international"),
  },
  { def: defOf(DAIS_SETTING_DEFS, "variant"), group: "seating", type: "choice", choices: EVEN_VARIANT, fallback: () => "A" },
  { def: defOf(DAIS_SETTING_DEFS, "chairPosition"), group: "seating", type: "choice", choices: CHAIR_POSITION, fallback: () => "byRank" },
  {
    def: eventDef("seatsPerTable"),
    field: "seatsPerTable",
    group: "seating",
    type: "integer",
    fallback: () => DEFAULT_TABLE_SETTINGS.seatsPerTable,
  },
  {
    def: defOf(TABLE_SETTING_DEFS, "groupBy"),
    group: "seating",
    type: "choice",
    choices: GROUP_BY,
    fallback: () => DEFAULT_TABLE_SETTINGS.groupBy,
  },
  { def: defOf(TABLE_SETTING_DEFS, "mode"), group: "seating", type: "choice", choices: MODE, fallback: () => DEFAULT_TABLE_SETTINGS.mode },
  { def: defOf(ROOM_SETTING_DEFS, "spareRooms"), group: "rooms", type: "integer", fallback: () => DEFAULT_ROOM_SETTINGS.spareRooms },
  {
    def: defOf(ROOM_SETTING_DEFS, "mixedGenderPairs"),
    group: "rooms",
    type: "boolean",
    fallback: () => DEFAULT_ROOM_SETTINGS.mixedGenderPairs,
  },
  { def: PRINT_SETTING_DEFS[0], group: "print", type: "choice", choices: PRINT_SETTING_DEFS[0].enumDef, fallback: () => "A4" },
];

/** A value read by the text-typed rows (分桌依据, 同单位安排) as the code of the word it is. */
function textChoice(spec: FieldSpec, raw: unknown): string | undefined {
  if (typeof raw !== "string" || !spec.choices) return undefined;
  const t = raw.trim().toLowerCase();
  if (spec.def.key === "groupBy") return /分组|小组|group/.test(t) ? "group" : /单位|org/.test(t) ? "organisation" : undefined;
  if (spec.def.key === "mode") return /混|分散|打散|mix|spread/.test(t) ? "mix" : /同桌|集中|together/.test(t) ? "together" : undefined;
  return undefined;
}

/** The Settings form: every setting the pane offers, with what the Event sheet says now. */
export function settingsForm(event: ParsedKeyValue<EventFields>, lang: Lang): SettingsForm {
  const found = new Map<string, { value: unknown; address: string }>();
  const extras = FIELDS.filter((f) => !f.field);
  visitEventSettings(
    event,
    extras.map((f) => f.def),
    [],
    ({ key, value, address }) => {
      if (!found.has(key)) found.set(key, { value, address });
    },
  );
  const fields = FIELDS.map((spec): SettingField => {
    const cell = spec.field ? event.fields[spec.field] : found.get(spec.def.key);
    let value: SettingValue | undefined = cell?.value as SettingValue | undefined;
    if (spec.def.type === "text") value = textChoice(spec, value);
    return {
      key: spec.def.key,
      group: spec.group,
      label: { zh: spec.def.zh, en: spec.def.en },
      type: spec.type,
      ...(spec.choices ? { choices: choicesOf(spec.choices) } : {}),
      ...(value !== undefined ? { value } : {}),
      ...(spec.fallback?.(lang) !== undefined ? { fallback: spec.fallback(lang) } : {}),
      ...(cell ? { cell: cell.address } : {}),
    };
  });
  return { sheet: event.sheet, fields };
}

/** The cell a value is written as: a percentage as planners type it, a switch or a choice by its word. */
function cellValueOf(spec: FieldSpec, value: SettingValue | null): EventEdit["value"] {
  if (value === null) return "";
  if (spec.type === "percent" && typeof value === "number") return `${Math.round(value * 1000) / 10}%`;
  if (spec.type === "boolean") return value ? { zh: "是", en: "Yes" } : { zh: "否", en: "No" };
  if (spec.type === "choice") {
    const v = spec.choices?.values.find((c) => c.code === value);
    return v ? { zh: v.zh, en: v.en } : String(value);
  }
  return value;
}

/** The Event-sheet edits for changed settings (null: empty the cell, so the default applies). */
export function settingEdits(changes: Readonly<Record<string, SettingValue | null>>): EventEdit[] {
  return Object.entries(changes).flatMap(([key, value]) => {
    const spec = FIELDS.find((f) => f.def.key === key);
    return spec ? [{ def: spec.def, value: cellValueOf(spec, value) }] : [];
  });
}
