import { construct } from "./construct";
import { withLockedSeats } from "./lockedSeats";
import { buildModel } from "./model";
import { Objective } from "./objective";
import { improve } from "./improve";
import { createRng } from "./prng";
import type { Seating } from "./seating";
import { seatOrder } from "./seatOrder";
import type { OptimiseOptions, PlannedTable, PlanWarning, TableProblem, TableResult } from "./types";

/**
 * The banquet table plan (就餐桌次): a pure function of the problem, the seed and the iteration
 * budget. Hard rules that cannot all hold give the people and the reason, and no plan.
 * Order of precedence when rules meet: a lock beats VIP order, VIP order beats a diet table
 * (a VIP with a special diet is served at the main table).
 */
export function optimiseTables(problem: TableProblem, options: OptimiseOptions): TableResult {
  const built = buildModel(problem);
  if (built.problems.length) return { status: "infeasible", problems: built.problems, warnings: built.warnings };
  const { model } = built;
  const rng = createRng(options.seed);
  const { seating, problems } = construct(model, problem, rng);
  if (problems.length) return { status: "infeasible", problems, warnings: built.warnings };
  const objective = new Objective(model, problem);
  objective.calibrate(seating);
  const baseline = objective.value(seating);
  if (!improve(seating, objective, rng, problem, options)) return { status: "cancelled" };
  // A locked guest's typed seat holds within their table; seats that cannot be kept become warnings.
  const seated = withLockedSeats(planTables(seating, problem), problem.guests, problem.convention);
  return {
    status: "ok",
    tables: seated.tables,
    objective: objective.value(seating),
    baseline,
    iterations: Math.max(0, Math.floor(options.iterations)),
    warnings: [...built.warnings, ...dietWarnings(seating), ...seated.warnings],
  };
}

function planTables(s: Seating, problem: TableProblem): PlannedTable[] {
  const { units, guests, rank, numbers } = s.model;
  const lastNumber = Math.max(0, ...numbers);
  return s.members.map((list, t) => {
    const people = list.flatMap((u) => units[u].members).sort((a, b) => rank[a] - rank[b]);
    const seats = seatOrder(s.caps[t], people.length, problem.convention);
    const table: PlannedTable = {
      table: t < numbers.length ? numbers[t] : lastNumber + (t - numbers.length) + 1,
      capacity: s.caps[t],
      guests: people.map((i, k) => ({ id: guests[i].id, name: guests[i].name, ...seats[k] })),
    };
    if (s.diet[t]) table.dietTable = s.diet[t];
    const label = problem.tableLabels?.[table.table];
    if (label) table.label = label;
    return table;
  });
}

/** Locked guests and VIPs keep their table even when it is not a diet table: the kitchen is told instead. */
function dietWarnings(s: Seating): PlanWarning[] {
  const out: PlanWarning[] = [];
  s.model.units.forEach((unit, u) => {
    if (!unit.diet || s.diet[s.tableOf[u]] === unit.diet) return;
    const people = unit.members.filter((i) => s.model.guests[i].dietTable === unit.diet).map((i) => s.model.guests[i]);
    const names = people.map((g) => g.name).join("、");
    out.push({
      people: people.map((g) => g.id),
      message: {
        zh: `${names}需${unit.diet}餐，但${unit.locked >= 0 ? "已锁定" : "按位次"}在非${unit.diet}桌就座，请单独备餐。`,
        en: `${people.map((g) => g.name).join(", ")} need${people.length > 1 ? "" : "s"} ${unit.diet} food but sit${people.length > 1 ? "" : "s"} at another table (${unit.locked >= 0 ? "locked" : "by precedence"}); serve it separately.`,
      },
    });
  });
  return out;
}

/**
 * The search budget when the workbook sets none: 15,000 tabu iterations whatever the size (a
 * quarter of a second at 60 guests). Small plans need that many: merging the halves of a split
 * delegation takes a walk through worse plans, and fewer iterations often stop short of the
 * proven optimum (bench/seating/exactness.ts). Large plans no longer need more: the repack sweeps
 * around the tabu search grow with the plan and do the merging there (2,000 guests: 352 after
 * 40,000 iterations alone; 165 with the sweeps and 15,000, in less time — bench/seating/scaling.ts).
 */
export function defaultIterations(_guestCount: number): number {
  return 15_000;
}
