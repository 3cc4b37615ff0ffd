import type { Lang } from "../i18n";
import type { ParsedKeyValue, ParsedTable } from "./parsedSheet";
import type { EventFields } from "./sheets";
import { foldKey } from "./normalize/text";

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Output follows the workbook: an explicit 语言/Language setting wins; otherwise Chinese
 * when most recognised sheet names and headers are written in Chinese.
 */
export function detectLang(event: ParsedKeyValue<EventFields>, tables: ParsedTable<unknown>[]): Lang {
  const setting = event.fields.language?.value;
  if (setting) {
    const k = foldKey(setting);
    if (["zh", "cn", "中文", "汉语", "简体中文", "chinese", "zhcn"].includes(k)) return "zh";
    if (["en", "english", "英文", "英语", "enus", "engb"].includes(k)) return "en";
  }
  let zh = 0;
  let en = 0;
  const count = (text: string | null) => {
    if (!text) return;
    if (CJK.test(text)) zh++;
    else en++;
  };
  count(event.sheet);
  for (const t of tables) {
    count(t.sheet);
    for (const { header } of t.columns.values()) count(header);
  }
  return en > zh ? "en" : "zh";
}
