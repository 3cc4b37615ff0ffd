import type { Lang } from "../core/i18n";
import type { PaneHost } from "./paneHost";

/** What one planner chooses for their own pane (not the workbook's settings, which every co-author shares). */
export interface PanePrefs {
  /** The pane's language; undefined: follow Office's display language. */
  lang?: Lang;
  /** Check again quietly after edits to the workbook. */
  live: boolean;
}

const KEYS: Record<keyof PanePrefs, string> = { lang: "huiwu.lang", live: "huiwu.liveRecheck" };

type Store = PaneHost["prefs"];

/** Storage can be refused (a locked-down webview, private mode): the pane then keeps choices for the session only. */
function get(store: Store, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function loadPrefs(store: Store): PanePrefs {
  const lang = get(store, KEYS.lang);
  return { ...(lang === "zh" || lang === "en" ? { lang } : {}), live: get(store, KEYS.live) === "1" };
}

export function savePref<K extends keyof PanePrefs>(store: Store, key: K, value: PanePrefs[K]): void {
  const text = key === "live" ? (value ? "1" : "0") : ((value as Lang | undefined) ?? "");
  try {
    store?.setItem(KEYS[key], text);
  } catch {
    // kept for this session only
  }
}
