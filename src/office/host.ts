import type { Lang } from "../core/i18n";

/** "zh-CN", "zh-TW", "zh-HK" … → zh; everything else → en. */
export function langFromTag(tag: string | null | undefined): Lang {
  return typeof tag === "string" && tag.trim().toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** The language Office shows its own UI in; English when it cannot be told. */
export function officeLanguage(): Lang {
  try {
    return langFromTag(Office.context.displayLanguage);
  } catch {
    return "en";
  }
}

/** True for a dark colour given as "#rrggbb" (weighted brightness below one half). */
export function isDarkColor(hex: string | null | undefined): boolean {
  const m = typeof hex === "string" ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim()) : null;
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** Whether Office uses a dark theme (officeTheme is absent on some platforms: then light). */
export function officeThemeIsDark(): boolean {
  try {
    return isDarkColor(Office.context.officeTheme?.bodyBackgroundColor);
  } catch {
    return false;
  }
}

/** Whether the pane runs inside Excel (and not, say, a plain browser tab). */
export function isExcelHost(info: { host: Office.HostType | null } | null | undefined): boolean {
  // Outside Office (a plain browser) there is no Office global at all.
  if (typeof Office === "undefined") return false;
  return info?.host === Office.HostType.Excel;
}

/** Feature detection for APIs newer than the manifest's ExcelApi 1.8 requirement. */
export function supportsExcelApi(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}
