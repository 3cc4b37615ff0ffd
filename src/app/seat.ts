import type { Finding } from "../core/finding";
import type { Lang } from "../core/i18n";
import { outputTarget } from "../core/plan/outputTarget";
import type { WritePlan } from "../core/plan/writePlan";
import type { ParsedWorkbook } from "../core/schema/parseWorkbook";
import { DAIS_SHEET_NAME, daisPlan, daisSheet, type DaisPlan } from "../core/seating/dais";
import {
  defaultIterations,
  optimiseTables,
  readTableSettings,
  rosterDiets,
  TABLE_CHART_NAME,
  TABLE_SHEET_NAME,
  tableChartSheet,
  tableProblemFromWorkbook,
  tableSheet,
  type TableProblem,
  type TableResult,
} from "../core/seating/tables";
import type { ApplyReport, WorkbookGateway } from "../workbook/gateway";
import { readInputs } from "./readInputs";

export interface SeatResult {
  parsed: ParsedWorkbook;
  lang: Lang;
  dais: DaisPlan;
  /** The banquet tables: a plan, or the people and reasons there is none, or cancelled. */
  tables: TableResult;
  tableProblem: TableProblem;
  /** Rostrum problems and unreadable banquet settings, errors first as found. */
  problems: Finding[];
  /** Empty when the tables cannot be planned: the seating is written whole or not at all. */
  plan: WritePlan;
  applied?: ApplyReport;
}

export interface SeatOptions {
  lang?: Lang;
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
  shouldCancel?: () => boolean;
}

/**
 * The Seat command: read → rostrum order → banquet tables → the 主席台座次, 桌次安排 and 桌次图
 * sheets. The seating is one command: when the tables cannot be planned (or the run is
 * cancelled) nothing at all is written, not even the rostrum, and the reasons are returned.
 */
export async function fillSeating(gateway: WorkbookGateway, opts: SeatOptions = {}): Promise<SeatResult> {
  const { parsed, snapshot } = await readInputs(gateway);
  const lang = opts.lang ?? parsed.lang;
  const eventName = parsed.event.fields.name?.value;
  const dais = daisPlan(parsed);
  const { settings, findings } = readTableSettings(parsed.event);
  const tableProblem = tableProblemFromWorkbook(parsed, settings);
  const tables = optimiseTables(tableProblem, {
    seed: settings.seed,
    iterations: settings.iterations ?? defaultIterations(tableProblem.guests.length),
    onProgress: opts.onProgress,
    shouldCancel: opts.shouldCancel,
  });
  const plan: WritePlan = { sheets: [] };
  if (tables.status === "ok") {
    plan.sheets.push(
      {
        ...daisSheet({ plan: dais, target: outputTarget(snapshot, "daisSeating", DAIS_SHEET_NAME[lang]), lang, eventName }),
        activate: true,
      },
      tableSheet({
        result: tables,
        problem: tableProblem,
        diets: rosterDiets(parsed, tableProblem.guests),
        target: outputTarget(snapshot, "tableAssignment", TABLE_SHEET_NAME[lang]),
        lang,
        eventName,
      }),
      tableChartSheet({
        tables: tables.tables,
        convention: tableProblem.convention,
        target: outputTarget(snapshot, "tableChart", TABLE_CHART_NAME[lang]),
        lang,
        eventName,
      }),
    );
  }
  const result: SeatResult = { parsed, lang, dais, tables, tableProblem, problems: [...dais.problems, ...findings], plan };
  if (!opts.dryRun && plan.sheets.length > 0) result.applied = await gateway.apply(plan);
  return result;
}
