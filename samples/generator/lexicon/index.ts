import { EN } from "./en";
import type { Lang, Lexicon } from "./types";
import { ZH } from "./zh";

export type { Lang, Lexicon } from "./types";

export function lexicon(lang: Lang): Lexicon {
  return lang === "zh" ? ZH : EN;
}
