import type { Finding } from "../core/finding";
import type { Bilingual } from "../core/i18n";
import type { GroupBy, GroupingMode, ObjectiveValue } from "../core/seating/tables/types";
import type { SeatResult } from "./seat";

/** One reason the banquet tables cannot be planned, and who it concerns (names, as on the roster). */
export interface SeatReason {
  message: Bilingual;
  people: string[];
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
    sheetsWritten: result.applied?.sheets ?? [],
    rostrum: { people: dais.rows.reduce((n, r) => n + r.seats.length, 0), rows: dais.rows.length },
    reasons: [],
    warnings: tables.status === "cancelled" ? [] : tables.warnings.map((w) => w.message),
    problems: result.problems,
  };
  if (tables.status === "infeasible") {
    summary.reasons = tables.problems.map((p) => ({ message: p.message, people: p.people.map((id) => nameOf.get(id) ?? id) }));
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
    };
  }
  return summary;
}
