import type { Lang } from "../core/i18n";

/**
 * The text to show for a failure: its message only, never a stack. Errors that carry a
 * Chinese message (`messageZh`, as the workbook gateway's do) show it in a Chinese pane.
 */
export function errorMessage(error: unknown, lang: Lang, fallback: string): string {
  if (typeof error === "string") return error.trim() || fallback;
  if (typeof error !== "object" || error === null) return fallback;
  const { message, messageZh } = error as { message?: unknown; messageZh?: unknown };
  if (lang === "zh" && typeof messageZh === "string" && messageZh.trim()) return messageZh;
  if (typeof message === "string" && message.trim()) return message;
  return fallback;
}
