import type { Lang } from "../i18n";
import type { ParsedKeyValue, ParsedTable } from "./parsedSheet";
import type { EventFields } from "./sheets";
import { foldKey } from "./normalize/text";
import type { SheetSnapshot } from "../../workbook/gateway";

/** Chinese characters: text containing one is written in Chinese. */
export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Output follows the workbook: an explicit 语言/Language setting wins; otherwise Chinese
 * when most recognised sheet names and headers are written in Chinese.
 */
export function detectLang(
  event: ParsedKeyValue<EventFields>,
  tables: ParsedTable<unknown>[],
  sheets: readonly SheetSnapshot[] = [],
): Lang {
  return workbookLang(event, tables, sheets).lang;
}

/** The workbook's language, and whether anything in it said so (an empty one does not: the user's locale decides). */
export function workbookLang(
  event: ParsedKeyValue<EventFields>,
  tables: ParsedTable<unknown>[],
  sheets: readonly SheetSnapshot[] = [],
): { lang: Lang; known: boolean } {
  const setting = event.fields.language?.value;
  if (setting) {
    const k = foldKey(setting);
    if (["zh", "cn", "中文", "汉语", "简体中文", "chinese", "zhcn"].includes(k)) return { lang: "zh", known: true };
    if (["en", "english", "英文", "英语", "enus", "engb"].includes(k)) return { lang: "en", known: true };
  }
  let zh = 0;
  let en = 0;
  const count = (text: string | null) => {
    if (!text) return;
    if (CJK.test(text)) zh++;
    else en++;
  };
  // "Sheet1" is what any Excel calls a new sheet, and a guessed column's "header" is its letter: neither says anything.
  const named = (s: string | null) => (s && !/^sheet\d*$/i.test(s) ? s : null);
  count(named(event.sheet));
  for (const t of tables) {
    count(named(t.sheet));
    for (const { header, guessed } of t.columns.values()) if (!guessed) count(header);
  }
  // Nothing recognised (a list Huiwu cannot read): what its sheets are written in, so the message
  // about it speaks the planner's language.
  if (zh === 0 && en === 0) {
    for (const snap of sheets) {
      // "Sheet1" is what any Excel calls a new sheet; a Chinese sheet name does say something.
      if (CJK.test(snap.name)) count(snap.name);
      for (const row of snap.values.slice(0, 5)) for (const v of row) if (typeof v === "string" && /\p{L}/u.test(v)) count(v);
    }
  }
  return { lang: en > zh ? "en" : "zh", known: en + zh > 0 };
}
