import type { CellValue } from "../../cellValue";
import type { SheetSnapshot } from "../../../workbook/gateway";
import { NOTICE_LINE_KEYS, type NoticeLineKey } from "./labels";
import { COPY_COL, FIRST_LINE_ROW, KEY_COL, TEXT_COL } from "./noticeLayout";

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

const KEYS = new Set<string>(NOTICE_LINE_KEYS);

/** Reads the previous version of the sheet; rows are matched by the key column, never by position. */
export function readPreviousNotice(snap: SheetSnapshot | undefined): PreviousNotice {
  const edited = new Map<NoticeLineKey, CellValue>();
  const added = new Map<NoticeLineKey | "", CellValue[][]>();
  if (!snap) return { edited, added };
  const width = snap.left + Math.max(0, ...snap.values.map((r) => r.length));
  const at = (r: CellValue[], col: number): CellValue => r[col - snap.left] ?? "";
  const seen = new Set<string>();
  let anchor: NoticeLineKey | "" = "";
  snap.values.forEach((r, i) => {
    if (snap.top + i < FIRST_LINE_ROW) return;
    const key = at(r, KEY_COL);
    if (typeof key === "string" && KEYS.has(key) && !seen.has(key)) {
      seen.add(key);
      anchor = key as NoticeLineKey;
      const text = at(r, TEXT_COL);
      if (text !== at(r, COPY_COL)) edited.set(anchor, text);
      return;
    }
    if (r.every((v) => v === "")) return;
    const whole = Array.from({ length: width }, (_, col) => at(r, col));
    const list = added.get(anchor);
    if (list) list.push(whole);
    else added.set(anchor, [whole]);
  });
  return { edited, added };
}
