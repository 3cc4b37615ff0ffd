export type Lang = "zh" | "en";

/** Every user-facing text in the core is given in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export function bi(zh: string, en: string): Bilingual {
  return { zh, en };
}

export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}
