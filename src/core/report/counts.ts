import type { Lang } from "../i18n";

/** "1 error, 3 warnings, 0 info" / "错误 1 项，警告 3 项，提示 0 项". */
export function countsText(c: { error: number; warning: number; info: number }, lang: Lang, sep: string): string {
  if (lang === "zh") return [`错误 ${c.error} 项`, `警告 ${c.warning} 项`, `提示 ${c.info} 项`].join(sep);
  const s = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return [s(c.error, "error"), s(c.warning, "warning"), `${c.info} info`].join(sep);
}
