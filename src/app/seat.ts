import type { Finding } from "../core/finding";
import type { Lang } from "../core/i18n";
import { outputTarget } from "../core/plan/outputTarget";
import type { WritePlan } from "../core/plan/writePlan";
import type { ParsedWorkbook } from "../core/schema/parseWorkbook";
import { DAIS_SHEET_NAME, daisPlan, daisSheet, type DaisPlan } from "../core/seating/dais";
import type { ApplyReport, WorkbookGateway } from "../workbook/gateway";
import { readInputs } from "./readInputs";

export interface SeatResult {
  parsed: ParsedWorkbook;
  lang: Lang;
  dais: DaisPlan;
  /** Everything the planner should know about the seating, errors first as found. */
  problems: Finding[];
  plan: WritePlan;
  applied?: ApplyReport;
}

export interface SeatOptions {
  lang?: Lang;
  dryRun?: boolean;
}

/** The Seat command: read → rostrum order (banquet tables to follow) → the 主席台座次 / Dais Seating sheet. */
export async function fillSeating(gateway: WorkbookGateway, opts: SeatOptions = {}): Promise<SeatResult> {
  const { parsed, snapshot } = await readInputs(gateway);
  const lang = opts.lang ?? parsed.lang;
  const dais = daisPlan(parsed);
  const plan: WritePlan = {
    sheets: [
      {
        ...daisSheet({
          plan: dais,
          target: outputTarget(snapshot, "daisSeating", DAIS_SHEET_NAME[lang]),
          lang,
          eventName: parsed.event.fields.name?.value,
        }),
        activate: true,
      },
    ],
  };
  const result: SeatResult = { parsed, lang, dais, problems: dais.problems, plan };
  if (!opts.dryRun) result.applied = await gateway.apply(plan);
  return result;
}
