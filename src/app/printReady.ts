import type { Finding } from "../core/finding";
import type { Lang } from "../core/i18n";
import { readPrintSettings, withPrintSettings } from "../core/plan/printSetup";
import type { WritePlan } from "../core/plan/writePlan";
import type { ParsedKeyValue } from "../core/schema/parsedSheet";
import type { EventFields } from "../core/schema/sheets";

/** A command's plan with every sheet it writes set up to print (paper, margins, footer), and any problem with the 纸张 row. */
export function printReady(plan: WritePlan, event: ParsedKeyValue<EventFields>, lang: Lang): { plan: WritePlan; findings: Finding[] } {
  const { settings, findings } = readPrintSettings(event, lang);
  return { plan: withPrintSettings(plan, settings), findings };
}
