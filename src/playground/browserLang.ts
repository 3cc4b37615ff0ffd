import type { Lang } from "../core/i18n";

/** The browser's language as Huiwu's: any Chinese (zh, zh-CN, zh-TW, zh-Hans-SG…) is "zh", everything else "en". */
export function browserLang(language: string | undefined): Lang {
  return language?.toLowerCase().startsWith("zh") ? "zh" : "en";
}
