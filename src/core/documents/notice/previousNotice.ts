import { isBlank, type CellValue } from "../../cellValue";
import type { SheetSnapshot } from "../../../workbook/gateway";
import { NOTICE_LINE_KEYS, type NoticeLineKey } from "./labels";
import { COPY_COL, FIRST_LINE_ROW, KEY_COL, LEGACY_KEY_COL, TEXT_COL, WIDTH } from "./noticeLayout";

/** What the planner left on the previous notice. */
export interface PreviousNotice {
  /** Generated rows whose text the planner changed: the text as it stands now. */
  edited: Map<NoticeLineKey, CellValue>;
  /**
   * Rows the planner added, whole, each after the generated row it followed ("" = above them all),
   * in sheet order.
   */
  added: Map<NoticeLineKey | "", CellValue[][]>;
}

const KEYS = new Set<string>([...NOTICE_LINE_KEYS, "name", "contactPhone"]);
const isKey = (v: CellValue): v is string => typeof v === "string" && KEYS.has(v);

/**
 * Reads the previous version of the sheet; rows are matched by the key column, never by position.
 * A notice of the earlier layout (label and text in two columns) keeps every row the planner
 * edited or added, as a paragraph of the new layout after the item it followed; its untouched
 * rows are simply generated again.
 */
export function readPreviousNotice(snap: SheetSnapshot | undefined): PreviousNotice {
  const edited = new Map<NoticeLineKey, CellValue>();
  const added = new Map<NoticeLineKey | "", CellValue[][]>();
  if (!snap) return { edited, added };
  const at = (r: CellValue[], col: number): CellValue => r[col - snap.left] ?? "";
  const rows = snap.values.filter((_, i) => snap.top + i >= FIRST_LINE_ROW);
  const legacy = !rows.some((r) => isKey(at(r, KEY_COL))) && rows.some((r) => isKey(at(r, LEGACY_KEY_COL)));
  const keyCol = legacy ? LEGACY_KEY_COL : KEY_COL;
  const width = Math.max(WIDTH, snap.left + Math.max(0, ...snap.values.map((r) => r.length)));
  const current = new Set<string>(NOTICE_LINE_KEYS);
  const seen = new Set<string>();
  let anchor: NoticeLineKey | "" = "";
  const add = (row: CellValue[]) => {
    const list = added.get(anchor);
    if (list) list.push(row);
    else added.set(anchor, [row]);
  };
  /** An earlier row as one paragraph: its label and text joined, in the text column. */
  const paragraph = (r: CellValue[]): CellValue[] => {
    const [label, text] = [at(r, 0), at(r, 1)];
    const joined = isBlank(label) ? text : isBlank(text) ? label : `${String(label)}${String(text)}`;
    return [joined, ...Array<CellValue>(WIDTH - 1).fill("")];
  };
  for (const r of rows) {
    const key = at(r, keyCol);
    if (isKey(key) && !seen.has(key)) {
      seen.add(key);
      const generated = at(r, legacy ? 2 : COPY_COL);
      const text = at(r, legacy ? 1 : TEXT_COL);
      if (current.has(key)) anchor = key as NoticeLineKey;
      if (text === generated) continue;
      if (legacy || !current.has(key)) add(legacy ? paragraph(r) : [text, ...Array<CellValue>(WIDTH - 1).fill("")]);
      else edited.set(key as NoticeLineKey, text);
      continue;
    }
    if (r.every(isBlank)) continue;
    add(legacy ? paragraph(r) : Array.from({ length: width }, (_, col) => at(r, col)));
  }
  return { edited, added };
}
