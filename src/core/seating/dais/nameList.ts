import type { Bilingual } from "../../i18n";

const SHOWN = 8;

/** "张伟、李娜等 12 人" / "Alice Chen, Robert Miles and 10 more": names in a message, never a wall of them. */
export function nameList(names: readonly string[]): Bilingual {
  const shown = names.slice(0, SHOWN);
  const more = names.length - shown.length;
  return {
    zh: shown.join("、") + (more > 0 ? `等 ${names.length} 人` : ""),
    en: shown.join(", ") + (more > 0 ? ` and ${more} more` : ""),
  };
}
