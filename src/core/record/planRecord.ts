import { cellText } from "../schema/normalize/cellText";
import type { Bilingual, Lang } from "../i18n";
import type { OutputTarget } from "../plan/outputTarget";
import type { SheetWrite } from "../plan/writePlan";
import type { SheetSnapshot } from "../../workbook/gateway";

/** What Huiwu last wrote into one roster row. */
export interface RecordedValues {
  table: string;
  seat: string;
}

/** Row key → what Huiwu wrote there. */
export type PlanRecord = ReadonlyMap<string, RecordedValues>;

export const PLAN_RECORD_SHEET_NAME: Bilingual = { zh: "会务助手记录", en: "Huiwu record" };

/**
 * The first cell says what the sheet is. A marker alone is a hint (a defined name can be copied or
 * edited), so a record is read only from a sheet that also carries this signature.
 */
const SIGNATURE = "Huiwu plan record v1";
const HEADER_ROW = 2;

const HEADERS: Record<Lang, string[]> = {
  zh: ["名单行", "桌号（会务助手写入）", "座位（会务助手写入）"],
  en: ["Roster row", "Table (written by Huiwu)", "Seat (written by Huiwu)"],
};

const NOTE: Bilingual = {
  zh: "会务助手在名单中写入的桌号和座位。名单中与此不同的值是策划人员自己填写的，重新排座时保留不动。请勿编辑本表。",
  en: "The tables and seats Huiwu wrote into the roster. A roster value that differs from this is the planner's own and is kept on every run. Do not edit this sheet.",
};

/** The record on a sheet the add-in marked as its own; empty when there is none or the sheet is not one (no signature). */
export function readPlanRecord(snap: SheetSnapshot | undefined): PlanRecord {
  const out = new Map<string, RecordedValues>();
  if (!snap || snap.top !== 0 || snap.left !== 0 || cellText(snap.values[0]?.[0] ?? "") !== SIGNATURE) return out;
  for (const row of snap.values.slice(HEADER_ROW + 1)) {
    const key = cellText(row[0] ?? "");
    if (key) out.set(key, { table: cellText(row[1] ?? ""), seat: cellText(row[2] ?? "") });
  }
  return out;
}

/** The record sheet: hidden, replaced whole on every run that writes the roster. */
export function planRecordSheet(target: OutputTarget, lang: Lang, record: PlanRecord): SheetWrite {
  const rows = [...record].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, v.table, v.seat]);
  return {
    ...target,
    hidden: true,
    values: [{ row: 0, col: 0, values: [[SIGNATURE, "", ""], [NOTE[lang], "", ""], HEADERS[lang], ...rows] }],
    columnWidths: [
      { col: 0, width: 36 },
      { col: 1, width: 14 },
      { col: 2, width: 14 },
    ],
  };
}
