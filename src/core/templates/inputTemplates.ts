import type { CellValue } from "../cellValue";
import type { Lang } from "../i18n";
import type { ListValidation, SheetWrite } from "../plan/writePlan";
import { CHECKLIST_OPTION_DEFS } from "../documents/checklist/options";
import { NOTICE_SETTING_DEFS } from "../documents/notice/noticeSettings";
import { SIGN_IN_SETTING_DEFS } from "../documents/signIn/signInSettings";
import { ROOM_SETTING_DEFS } from "../rooms/roomSettings";
import { DEFAULT_SETTINGS, SETTING_DEFS } from "../rules/settings";
import { TABLE_SETTING_DEFS } from "../seating/tables/settings";
import { enumLabels } from "../schema/enums";
import type { ColumnDef, KeyValueSheetDef, SheetDef, TableSheetDef } from "../schema/sheetDef";

/** Rows below the header that get dropdowns, so the lists work as the planner adds people. */
export const TEMPLATE_VALIDATION_ROWS = 1000;

const YES_NO = { zh: ["是", "否"], en: ["Yes", "No"] };

const pick = (defs: readonly ColumnDef[], ...keys: string[]) => keys.map((k) => defs.find((d) => d.key === k)!);

/** The choices a planner is most likely to make, shown so they can be found; the rest stay documented. */
const OPTIONAL_SETTINGS: readonly ColumnDef[] = [
  ...pick(TABLE_SETTING_DEFS, "mainTableSeats", "tableCount", "staffDine", "halal", "mode", "writeBack"),
  ...pick(ROOM_SETTING_DEFS, "spareRooms"),
  ...pick(CHECKLIST_OPTION_DEFS, "size", "lodging", "meals"),
  ...SIGN_IN_SETTING_DEFS,
  ...pick(NOTICE_SETTING_DEFS, "organiser", "date"),
];

function dropdown(col: ColumnDef, lang: Lang): string[] | undefined {
  if (col.type === "enum" && col.enumDef) return enumLabels(col.enumDef, lang);
  if (col.type === "boolean") return YES_NO[lang];
  return undefined;
}

function numberFormat(col: ColumnDef): string | undefined {
  switch (col.type) {
    case "idText":
    case "phone":
      return "@";
    case "dateTime":
      return "yyyy-mm-dd hh:mm";
    case "money":
      return "#,##0.00";
    default:
      return undefined;
  }
}

function tableTemplate(def: TableSheetDef, lang: Lang): SheetWrite {
  const cols = def.columns.filter((c) => !c.optional);
  const examples = Math.max(0, ...cols.map((c) => c.examples?.[lang].length ?? 0));
  const rows: CellValue[][] = [cols.map((c) => c[lang])];
  for (let i = 0; i < examples; i++) rows.push(cols.map((c) => c.examples?.[lang][i] ?? ""));
  const validations: ListValidation[] = [];
  const formats: NonNullable<SheetWrite["formats"]> = [];
  cols.forEach((c, i) => {
    const list = dropdown(c, lang);
    if (list) validations.push({ range: { row: 1, col: i, rows: TEMPLATE_VALIDATION_ROWS, cols: 1 }, list, strict: false });
    const nf = numberFormat(c);
    if (nf) formats.push({ range: { row: 1, col: i, rows: TEMPLATE_VALIDATION_ROWS, cols: 1 }, numberFormat: nf });
  });
  const name = def[lang];
  return {
    name,
    mode: "create",
    exists: false,
    values: [{ row: 0, col: 0, values: rows }],
    formats,
    columnWidths: cols.map((c, i) => ({ col: i, width: Math.max(c.width ?? 10, c[lang].length * (lang === "zh" ? 2 : 1) + 2) })),
    validations,
    tables: [
      {
        name: `${def.en.replace(/\W/g, "")}Table`,
        range: { row: 0, col: 0, rows: rows.length, cols: cols.length },
        style: "TableStyleMedium2",
      },
    ],
    freeze: { rows: 1, cols: 0 },
  };
}

function keyValueTemplate(def: KeyValueSheetDef, lang: Lang): SheetWrite {
  const heading = lang === "zh" ? ["项目", "内容"] : ["Setting", "Value"];
  const rows: CellValue[][] = [heading, ...def.keys.map((k) => [k[lang], k.examples?.[lang][0] ?? ""])];
  // The check settings follow the meeting's own keys, with their defaults, so the team sees and shares them.
  const settingsTitle = rows.length + 1;
  rows.push([], [lang === "zh" ? "检查规则设置" : "Check settings"]);
  for (const d of SETTING_DEFS) rows.push([d[lang], settingDefault(d.key)]);
  // Seating and document choices, left empty: empty means the default each command describes.
  const choicesTitle = rows.length + 1;
  rows.push([], [lang === "zh" ? "排座、住宿与文档设置（留空用默认）" : "Seating, rooms and documents (empty = default)"]);
  for (const d of OPTIONAL_SETTINGS) rows.push([d[lang], ""]);
  const validations: ListValidation[] = [];
  def.keys.forEach((k, i) => {
    const list = dropdown(k, lang);
    if (list) validations.push({ range: { row: i + 1, col: 1, rows: 1, cols: 1 }, list, strict: false });
  });
  OPTIONAL_SETTINGS.forEach((d, i) => {
    const list = dropdown(d, lang);
    if (list) validations.push({ range: { row: choicesTitle + 1 + i, col: 1, rows: 1, cols: 1 }, list, strict: false });
  });
  return {
    name: def[lang],
    mode: "create",
    exists: false,
    values: [{ row: 0, col: 0, values: rows }],
    formats: [
      { range: { row: 0, col: 0, rows: 1, cols: 2 }, bold: true, fill: "#D9D9D9", border: true },
      { range: { row: 1, col: 0, rows: def.keys.length, cols: 1 }, bold: true },
      { range: { row: 1, col: 1, rows: def.keys.length, cols: 1 }, wrap: true },
      { range: { row: settingsTitle, col: 0, rows: 1, cols: 2 }, bold: true, fill: "#D9D9D9", border: true },
      { range: { row: choicesTitle, col: 0, rows: 1, cols: 2 }, bold: true, fill: "#D9D9D9", border: true },
      ...SETTING_DEFS.flatMap((d, i) =>
        d.type === "percent" ? [{ range: { row: settingsTitle + 1 + i, col: 1, rows: 1, cols: 1 }, numberFormat: "0%" }] : [],
      ),
    ],
    columnWidths: [
      { col: 0, width: lang === "zh" ? 14 : 20 },
      { col: 1, width: 48 },
    ],
    validations,
    freeze: { rows: 1, cols: 0 },
  };
}

function settingDefault(key: string): CellValue {
  const v = (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key];
  return typeof v === "number" ? v : "";
}

/** The empty input sheets of the workbook contract, with headers, dropdowns and example rows. */
export function inputTemplate(def: SheetDef, lang: Lang): SheetWrite {
  return def.layout === "table" ? tableTemplate(def, lang) : keyValueTemplate(def, lang);
}
