import type { Finding } from "../core/finding";
import type { Bilingual } from "../core/i18n";
import { a1 } from "../core/cellAddress";
import type { GroupBy, GroupingMode, ObjectiveValue, PlannedTable, TableGuest, TableProblem } from "../core/seating/tables/types";
import type { SeatResult } from "./seat";

/** One reason the banquet tables cannot be planned, and who it concerns (names, as on the roster). */
export interface SeatReason {
  message: Bilingual;
  people: string[];
  /** Each person's name cell on the roster, in the same order; null for one with no roster row. */
  cells: ({ sheet: string; cell: string } | null)[];
}

/** The planned tables: how full, and how much the search improved on its starting plan. */
export interface TablesSummary {
  /** Tables with at least one guest. */
  used: number;
  guests: number;
  seats: number;
  start: ObjectiveValue;
  final: ObjectiveValue;
  groupBy: GroupBy;
  mode: GroupingMode;
  /** Organisations (or groups, by groupBy) with guests at more than one table. */
  split: number;
  /** The plan's hard rules that do not hold: keep-apart pairs at one table, parties over two tables (0 when sound). */
  broken: number;
}

/** What the pane shows after Seat: plain data, both languages, nothing Office-specific. */
export interface SeatSummary {
  status: "ok" | "infeasible" | "cancelled";
  /** The sheets written, in order; empty when nothing was written. */
  sheetsWritten: string[];
  /** People on the rostrum (主席台) and in how many rows. */
  rostrum: { people: number; rows: number };
  /** Only when the tables were planned. */
  tables?: TablesSummary;
  /** Only when the tables cannot be planned. */
  reasons: SeatReason[];
  /** Notes on the plan (a diet served at another table, a keep-apart name that matched nobody…). */
  warnings: Bilingual[];
  /** Rostrum problems and unreadable banquet settings, each at its cell. */
  problems: Finding[];
}

export function summarizeSeating(result: SeatResult): SeatSummary {
  const { tables, tableProblem, dais } = result;
  const nameOf = new Map(tableProblem.guests.map((g) => [g.id, g.name || g.id]));
  const summary: SeatSummary = {
    status: tables.status,
    // The plan record is hidden: nothing a planner can open.
    sheetsWritten: (result.applied?.sheets ?? []).filter((n) => !result.plan.sheets.some((w) => w.name === n && w.hidden)),
    rostrum: { people: dais.rows.reduce((n, r) => n + r.seats.length, 0), rows: dais.rows.length },
    reasons: [],
    warnings: tables.status === "cancelled" ? [] : tables.warnings.map((w) => w.message),
    problems: result.problems,
  };
  if (tables.status === "infeasible") {
    const cellOf = guestCells(result);
    summary.reasons = tables.problems.map((p) => ({
      message: p.message,
      people: p.people.map((id) => nameOf.get(id) ?? id),
      cells: p.people.map((id) => cellOf.get(id) ?? null),
    }));
  } else if (tables.status === "ok") {
    const used = tables.tables.filter((t) => t.guests.length > 0);
    summary.tables = {
      used: used.length,
      guests: used.reduce((n, t) => n + t.guests.length, 0),
      seats: used.reduce((n, t) => n + t.capacity, 0),
      start: tables.baseline,
      final: tables.objective,
      groupBy: tableProblem.groupBy,
      mode: tableProblem.mode,
      ...soundness(tableProblem, used),
    };
  }
  return summary;
}

/** Where each guest is on the roster: the name cell of their row. */
function guestCells(result: SeatResult): Map<string, { sheet: string; cell: string }> {
  const { roster } = result.parsed;
  const col = roster.columns.get("name")?.col;
  const out = new Map<string, { sheet: string; cell: string }>();
  if (!roster.sheet || col === undefined) return out;
  for (const g of result.tableProblem.guests) if (g.row !== undefined) out.set(g.id, { sheet: roster.sheet, cell: a1(g.row, col) });
  return out;
}

/** What a planner asks of a plan: how many organisations it splits, and whether any hard rule is broken. */
function soundness(problem: TableProblem, tables: readonly PlannedTable[]): { split: number; broken: number } {
  const byId = new Map(problem.guests.map((g) => [g.id, g]));
  const tableOf = new Map<string, number>();
  for (const t of tables) for (const g of t.guests) tableOf.set(g.id, t.table);
  const spread = (key: (g: TableGuest) => string) => {
    const at = new Map<string, Set<number>>();
    for (const [id, table] of tableOf) {
      const k = key(byId.get(id)!);
      if (k) at.set(k, (at.get(k) ?? new Set()).add(table));
    }
    return [...at.values()].filter((s) => s.size > 1).length;
  };
  let apart = 0;
  for (const [id, table] of tableOf)
    for (const other of byId.get(id)?.keepApart ?? []) if (id < other && tableOf.get(other) === table) apart++;
  const split = spread((g) => (problem.groupBy === "group" ? g.group : g.organisation));
  return { split, broken: apart + spread((g) => g.party) };
}
