import type { ExactModel } from "./exactModel";

interface HighsColumn {
  Primal: number;
}
interface HighsResult {
  Status: string;
  ObjectiveValue: number;
  Columns: Record<string, HighsColumn>;
}
interface Highs {
  solve(lp: string, options?: Record<string, unknown>): HighsResult;
}

let loaded: Promise<Highs> | undefined;

/** The HiGHS WebAssembly solver, loaded once (a development dependency: measuring only, never shipped). */
function highs(): Promise<Highs> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= (require("highs") as () => Promise<Highs>)();
  return loaded;
}

export interface ExactResult {
  /** True when the solver proved optimality (gap 0), not just found a good plan. */
  optimal: boolean;
  status: string;
  /** The optimiser-scale objective (solver objective + the model's constant). */
  objective: number;
  tables: Map<string, number>;
  ms: number;
}

/** Solves to a proven optimum: HiGHS stops at a 0.01 % gap by default, which would not prove equality. */
export async function solveExact(model: ExactModel, timeLimitSeconds = 60): Promise<ExactResult> {
  const h = await highs();
  const t0 = performance.now();
  const r = h.solve(model.lp, { mip_rel_gap: 0, mip_abs_gap: 1e-7, time_limit: timeLimitSeconds, output_flag: false, random_seed: 0 });
  const ms = performance.now() - t0;
  const optimal = r.Status === "Optimal";
  return { optimal, status: r.Status, objective: r.ObjectiveValue + model.offset, tables: model.decode(r.Columns), ms };
}
