/** A cell the pane selected through Range.select(). */
export interface SelectedCell {
  sheet: string;
  cell: string;
}

/** What an end-to-end test can ask the stand-in (plain JSON, so page.evaluate can return it). */
export interface StandInSnapshot {
  displayLanguage: string;
  workbook: string;
  /** Calls of Office.onReady: 0 means the pane's bundle never started. */
  onReadyCalls: number;
  /** Excel.run batches and context.sync() round trips since the page opened. */
  runs: number;
  syncs: number;
  failedSyncs: number;
  errors: string[];
  activeSheet: string | null;
  /** Every sheet of the simulated workbook, in tab order. */
  sheetNames: string[];
  /** The last cell selected, and every selection in order. */
  selection: SelectedCell | null;
  selections: SelectedCell[];
}

export interface StandInHandle {
  snapshot(): StandInSnapshot;
}

/** The global the stand-in sets, for tests (and for a person poking at it in DevTools). */
export const HANDLE_GLOBAL = "__fake";
