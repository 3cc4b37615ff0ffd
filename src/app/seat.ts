import { mergedRowWarnings } from "../core/rules/roster/mergedRows";
import type { Finding } from "../core/finding";
import type { Lang } from "../core/i18n";
import { outputTarget } from "../core/plan/outputTarget";
import type { WritePlan } from "../core/plan/writePlan";
import type { ParsedWorkbook } from "../core/schema/parseWorkbook";
import { DAIS_SHEET_NAME, daisPlan, daisSheet, TENT_SHEET_NAME, tentSheet, type DaisPlan } from "../core/seating/dais";
import {
  defaultIterations,
  optimiseTables,
  readTableSettings,
  rosterDiets,
  rosterWriteBack,
  type RosterWriteBack,
  TABLE_CHART_NAME,
  TABLE_SHEET_NAME,
  tableChartSheet,
  tableProblemFromWorkbook,
  tableSheet,
  type OptimiseOptions,
  type TableProblem,
  type TableResult,
} from "../core/seating/tables";
import type { ApplyReport, WorkbookGateway } from "../workbook/gateway";
import { PLAN_RECORD_SHEET_NAME, planRecordSheet, readPlanRecord } from "../core/record/planRecord";
import { plannersPlacements } from "../core/record/plannersPlacements";
import type { EventEdit } from "../core/schema/eventEdits";
import { readInputs } from "./readInputs";
import { printReady } from "./printReady";

export interface SeatResult {
  parsed: ParsedWorkbook;
  lang: Lang;
  dais: DaisPlan;
  /** The banquet tables: a plan, or the people and reasons there is none, or cancelled. */
  tables: TableResult;
  tableProblem: TableProblem;
  /** Rostrum problems and unreadable banquet settings, errors first as found. */
  problems: Finding[];
  /** What goes into the roster's 桌号/座位 columns (nothing when the tables cannot be planned). */
  roster: RosterWriteBack;
  /** Empty when the tables cannot be planned: the seating is written whole or not at all. */
  plan: WritePlan;
  applied?: ApplyReport;
}

/** Plans the banquet tables: in this thread by default; the task pane passes one that runs in a Web Worker. */
export type TableSolver = (problem: TableProblem, options: OptimiseOptions) => TableResult | Promise<TableResult>;

export interface SeatOptions {
  lang?: Lang;
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
  shouldCancel?: () => boolean;
  solve?: TableSolver;
  /** Settings to plan with and keep on the Event sheet (the pane's seating choices), written with the seating. */
  eventEdits?: readonly EventEdit[];
}

/**
 * The Seat command: read → rostrum order → banquet tables → the 主席台座次, 桌签, 桌次安排 and
 * 桌次图 sheets. The seating is one command: when the tables cannot be planned (or the run is
 * cancelled) nothing at all is written, not even the rostrum, and the reasons are returned.
 * The 桌签 sheet is written even with nobody on the rostrum (it then says so), so the tents of
 * an earlier run never stay behind looking current; a guest list with no 主席台 column at all
 * (a wedding, a gala) gets no rostrum sheets.
 */
export async function fillSeating(gateway: WorkbookGateway, opts: SeatOptions = {}): Promise<SeatResult> {
  const { parsed, snapshot, notices, eventWrite } = await readInputs(gateway, {
    alsoOwned: ["planRecord"],
    usualNames: Object.values(PLAN_RECORD_SHEET_NAME),
    eventEdits: opts.eventEdits,
  });
  const lang = opts.lang ?? parsed.lang;
  const eventName = parsed.event.fields.name?.value;
  const dais = daisPlan(parsed);
  const { settings, findings } = readTableSettings(parsed.event);
  const recordSheet = snapshot.owned.find((o) => o.kind === "planRecord")?.name;
  const record = readPlanRecord(snapshot.sheets.find((s) => s.name === recordSheet));
  const placements = plannersPlacements(parsed.roster, record);
  const tableProblem = tableProblemFromWorkbook(parsed, settings, placements);
  const solve = opts.solve ?? optimiseTables;
  const tables = await solve(tableProblem, {
    seed: settings.seed,
    iterations: settings.iterations ?? defaultIterations(tableProblem.guests.length),
    onProgress: opts.onProgress,
    shouldCancel: opts.shouldCancel,
  });
  const planned: WritePlan = { sheets: [] };
  if (tables.status === "ok") {
    const tentTarget = outputTarget(snapshot, "tableTents", TENT_SHEET_NAME[lang]);
    const daisTarget = outputTarget(snapshot, "daisSeating", DAIS_SHEET_NAME[lang]);
    // A guest list with no rostrum column gets no rostrum sheets, unless an earlier run wrote them.
    const rostrum = dais.rows.length > 0 || parsed.roster.columns.has("dais") || daisTarget.exists || tentTarget.exists;
    if (rostrum)
      planned.sheets.push(
        { ...daisSheet({ plan: dais, target: daisTarget, lang, eventName, tentSheetName: tentTarget.name }), activate: true },
        tentSheet({ plan: dais, target: tentTarget, lang, eventName }),
      );
    planned.sheets.push(
      {
        ...tableSheet({
          result: tables,
          problem: tableProblem,
          diets: rosterDiets(parsed, tableProblem.guests),
          target: outputTarget(snapshot, "tableAssignment", TABLE_SHEET_NAME[lang]),
          lang,
          eventName,
        }),
        activate: !rostrum,
      },
      tableChartSheet({
        tables: tables.tables,
        convention: tableProblem.convention,
        target: outputTarget(snapshot, "tableChart", TABLE_CHART_NAME[lang]),
        lang,
        eventName,
      }),
    );
  }
  let roster: RosterWriteBack = { cells: 0, replaced: 0, kept: 0, added: [] };
  const rosterSnapshot = snapshot.sheets.find((s) => s.name === parsed.roster.sheet);
  if (tables.status === "ok" && rosterSnapshot) {
    const rowOf = new Map(tableProblem.guests.flatMap((g) => (g.row === undefined ? [] : [[g.id, g.row] as const])));
    roster = rosterWriteBack({
      roster: parsed.roster,
      snapshot: rosterSnapshot,
      tables: tables.tables,
      rowOf,
      placements,
      setting: settings.rosterWriteBack,
      lang,
    });
    if (roster.sheet) planned.sheets.push(roster.sheet);
    // What Huiwu wrote, so the next run (anyone's: it lives in the workbook) replaces only that.
    if (roster.record)
      planned.sheets.push(planRecordSheet(outputTarget(snapshot, "planRecord", PLAN_RECORD_SHEET_NAME[lang]), lang, roster.record));
  }
  const { plan, findings: printProblems } = printReady(planned, parsed.event, lang);
  // The choices the seating was planned with stay on the Event sheet, for the next run (anyone's).
  if (tables.status === "ok" && eventWrite) plan.sheets.push(eventWrite);
  const result: SeatResult = {
    parsed,
    lang,
    dais,
    tables,
    tableProblem,
    problems: [...dais.problems, ...findings, ...printProblems, ...mergedRowWarnings(parsed.roster), ...notices],
    roster,
    plan,
  };
  if (!opts.dryRun && plan.sheets.length > 0) result.applied = await gateway.apply(plan);
  return result;
}
