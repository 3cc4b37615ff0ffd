import { check } from "../app/check";
import { overview } from "../app/overview";
import { saveSettings } from "../app/saveSettings";
import { settingsForm } from "../app/settingsForm";
import { localToday } from "../app/today";
import type { Lang } from "../core/i18n";
import { ALL_RULES } from "../core/rules/registry";
import type { WorkbookGateway } from "../workbook/gateway";
import type { Review, RuleInfo } from "./paneCommands";

const RULES: RuleInfo[] = ALL_RULES.map((r) => ({ id: r.id, family: r.family, title: r.title }));

/**
 * Read and check (the check chunk): what the Overview, Check and Settings screens show. `write`
 * also writes the Issues and Budget Review sheets; without it nothing is written.
 */
export async function runReview(gateway: WorkbookGateway, opts: { lang: Lang; write: boolean }): Promise<Review> {
  const today = localToday();
  const r = await check(gateway, { lang: opts.lang, today, dryRun: !opts.write });
  return {
    summary: r.summary,
    overview: overview(r.parsed, r.findings, today),
    settings: settingsForm(r.parsed.event, opts.lang),
    rules: RULES,
    written: opts.write,
  };
}

export { saveSettings };
