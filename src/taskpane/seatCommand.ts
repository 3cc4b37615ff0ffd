import { readInputs } from "../app/readInputs";
import { fillSeating } from "../app/seat";
import { settingEdits } from "../app/settingsForm";
import { summarizeSeating, type SeatSummary } from "../app/seatSummary";
import type { Lang } from "../core/i18n";
import { daisPlan } from "../core/seating/dais/daisPlan";
import { readTableSettings } from "../core/seating/tables/settings";
import { listedPeople } from "../core/schema/roster/people";
import type { WorkbookGateway } from "../workbook/gateway";
import type { SeatChoices, SeatingDraft } from "./paneCommands";
import { createWorkerSolver, type TableWorkerPort } from "./workerSolver";

export interface SeatCommandOptions {
  lang: Lang;
  /** Starts the table worker; undefined (or a throw) plans in this thread. */
  startWorker: () => TableWorkerPort | undefined;
  onProgress: (done: number, total: number) => void;
  shouldCancel: () => boolean;
  /** The choices the planner changed on the Seating screen: planned with, and kept on the Event sheet. */
  changed?: Partial<SeatChoices>;
}

/** The Seat command as the pane runs it (its own chunk): the tables planned in a Web Worker, a plain summary back. */
export async function runSeatCommand(gateway: WorkbookGateway, opts: SeatCommandOptions): Promise<SeatSummary> {
  // 座次惯例 is the Event sheet's seatingConvention row; the other choices go by their setting's key.
  const { convention, ...rest } = opts.changed ?? {};
  const result = await fillSeating(gateway, {
    lang: opts.lang,
    onProgress: opts.onProgress,
    shouldCancel: opts.shouldCancel,
    solve: createWorkerSolver(opts.startWorker),
    eventEdits: settingEdits({ ...rest, ...(convention ? { seatingConvention: convention } : {}) }),
  });
  return summarizeSeating(result);
}

/** The Seating screen's starting point: the workbook's choices, and the rostrum order for any others, drawn without writing. */
export async function prepareSeatingCommand(gateway: WorkbookGateway): Promise<SeatingDraft> {
  const { parsed } = await readInputs(gateway);
  const dais = daisPlan(parsed);
  const tables = readTableSettings(parsed.event).settings;
  return {
    choices: {
      convention: dais.settings.convention,
      variant: dais.settings.variant,
      chairPosition: dais.settings.chairPosition,
      seatsPerTable: tables.seatsPerTable,
      mode: tables.mode,
      groupBy: tables.groupBy,
    },
    guests: listedPeople(parsed).length,
    preview: (c) => daisPlan(parsed, { convention: c.convention, variant: c.variant, chairPosition: c.chairPosition }).rows,
  };
}
