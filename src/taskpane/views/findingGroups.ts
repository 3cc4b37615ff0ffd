import { quoteSheet } from "../../core/cellAddress";
import type { Finding, Severity } from "../../core/finding";
import type { Lang } from "../../core/i18n";
import type { RuleFamily } from "../../core/rules/types";
import type { RuleInfo } from "../paneCommands";
import type { PaneStrings } from "../strings";

/** A rule's family, or "other" for what reading and settings report (parse.*, settings.*, rules.*). */
export type FindingFamily = RuleFamily | "other";

const FAMILIES = new Set<string>(["roster", "travel", "budget", "tasks", "notice", "hygiene"]);

export function familyOf(f: Finding): FindingFamily {
  const prefix = f.id.split(".")[0];
  return FAMILIES.has(prefix) ? (prefix as RuleFamily) : "other";
}

export interface FindingFilter {
  /** Empty: every severity. */
  severities: ReadonlySet<Severity>;
  family: FindingFamily | "";
  sheet: string;
  text: string;
}

/** Case-insensitive, over the message in the pane's language, the cell and the sheet. */
export function matchesFilter(f: Finding, filter: FindingFilter, lang: Lang): boolean {
  if (filter.severities.size > 0 && !filter.severities.has(f.severity)) return false;
  if (filter.family && familyOf(f) !== filter.family) return false;
  if (filter.sheet && f.sheet !== filter.sheet) return false;
  const q = filter.text.trim().toLowerCase();
  if (!q) return true;
  // The cell as the pane shows it ('Roster 2026'!F7) and as typed without the quotes.
  return `${f.message[lang]} ${quoteSheet(f.sheet)}!${f.cell} ${f.sheet}!${f.cell} ${f.fix?.[lang] ?? ""}`.toLowerCase().includes(q);
}

export interface FindingGroup {
  key: string;
  title: string;
  findings: Finding[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * One group per rule, named by the rule's title; findings of reading and settings together.
 * Groups with errors come first, then by size; within a group the findings keep their order.
 */
export function groupFindings(findings: readonly Finding[], rules: readonly RuleInfo[], lang: Lang, s: PaneStrings): FindingGroup[] {
  const titles = new Map(rules.map((r) => [r.id, r.title[lang]]));
  const groups = new Map<string, FindingGroup & { worst: number }>();
  for (const f of findings) {
    const title = titles.get(f.id);
    const key = title ? f.id : "other";
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, title: title ?? s.otherFindings, findings: [], worst: 2 }));
    g.findings.push(f);
    g.worst = Math.min(g.worst, RANK[f.severity]);
  }
  return [...groups.values()]
    .sort((a, b) => a.worst - b.worst || b.findings.length - a.findings.length || a.title.localeCompare(b.title))
    .map(({ key, title, findings: list }) => ({ key, title, findings: list }));
}
