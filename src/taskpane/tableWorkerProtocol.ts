import type { TableProblem, TableResult } from "../core/seating/tables/types";

/** What the pane sends the table worker: the problem and the run controls that survive structured cloning. */
export interface TableWorkerRequest {
  problem: TableProblem;
  options: { seed: number; iterations: number };
}

/** What the table worker sends back: progress while it searches, then one result or one error. */
export type TableWorkerReply =
  { type: "progress"; done: number; total: number } | { type: "result"; result: TableResult } | { type: "error"; message: string };
