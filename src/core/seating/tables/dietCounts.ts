import { foldKey } from "../../schema/normalize/text";
import type { Lang } from "../../i18n";

export interface DietCount {
  diet: string;
  count: number;
}

/**
 * What the kitchen prepares: each diet note split into its items ("清真，不吃辣" → 清真, 不吃辣),
 * counted per item, most frequent first (ties in the order first seen). Items are kept as typed,
 * since a kitchen must not be told "vegetarian" for "vegan".
 */
export function dietCounts(notes: readonly string[]): DietCount[] {
  const counts = new Map<string, DietCount>();
  for (const note of notes)
    for (const item of note.split(/[，,、;；/\n]+/)) {
      const text = item.trim();
      const key = foldKey(text);
      if (!key) continue;
      const c = counts.get(key);
      if (c) c.count++;
      else counts.set(key, { diet: text, count: 1 });
    }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

/** "清真 2、素食 1" / "Halal 2, Vegan 1". */
export function formatDietCounts(counts: readonly DietCount[], lang: Lang): string {
  return counts.map((c) => `${c.diet} ${c.count}`).join(lang === "zh" ? "、" : ", ");
}
