import type { Bilingual } from "../../i18n";

/** One person who dines, as plain data. References to other people are already resolved to ids. */
export interface TableGuest {
  /** Unique within the problem (the roster ID, or the row when there is none). */
  id: string;
  name: string;
  organisation: string;
  group: string;
  /** Lower is more senior; undefined sorts after every number. */
  precedence?: number;
  vip: boolean;
  /** The dedicated-table diet this guest needs ("清真"), or "" when none is configured for them. */
  dietTable: string;
  /** Guests sharing a non-empty party key sit at one table. */
  party: string;
  /** Ids of guests who must not share a table with this one. */
  keepApart: string[];
  /** The planner's table (1-based) when locked; 0 = locked to something that is not a table number. */
  lockedTable?: number;
  /** The locked table as typed, for messages. */
  lockedTableText?: string;
  /** The planner's seat at the locked table, when they typed one (1-based). */
  lockedSeat?: number;
  /** 0-based roster row the guest was read from, for writing the plan back. */
  row?: number;
}

export interface TableSpec {
  /** 1-based table number; table 1 is the main table. */
  table: number;
  capacity: number;
}

export type GroupBy = "organisation" | "group";
export type GroupingMode = "together" | "mix";
export type TableConvention = "chinese" | "international";

export interface ObjectiveWeights {
  /** Per extra table an organisation spans (together) or per same-organisation pair at a table (mix). */
  grouping: number;
  /** Per squared seat of deviation from an even fill. */
  even: number;
  /** Per guest alone among strangers. */
  alone: number;
}

export interface TableProblem {
  guests: TableGuest[];
  tables: TableSpec[];
  /** The planner's names for tables that are not numbers ("A", "Family"), by the number the plan uses for them. */
  tableLabels?: Record<number, string>;
  /** When set, the plan may open extra tables of this size if the given ones cannot seat everyone. */
  extraTableCapacity?: number;
  /** Diets with a dedicated table, in the order their tables are set (e.g. ["清真", "素食"]). */
  dietTables: string[];
  groupBy: GroupBy;
  mode: GroupingMode;
  weights: ObjectiveWeights;
  convention: TableConvention;
  /** Notes from reading the input (a keep-apart name that matches nobody…), passed on with the result. */
  warnings?: PlanWarning[];
}

/** Run controls: everything that is not the problem. The result is a pure function of problem + seed + iterations. */
export interface OptimiseOptions {
  seed: number;
  /** Local-search iterations (a count, not a time, so every machine gives the same plan). */
  iterations: number;
  onProgress?: (done: number, total: number) => void;
  shouldCancel?: () => boolean;
}

export type SeatRole = "host" | "deputy" | "guest";

export interface SeatedGuest {
  id: string;
  name: string;
  /** 1 = the host's seat, facing the door; numbers run round the table starting on the host's right. */
  seat: number;
  role: SeatRole;
  /** For guests: guest 1, 2, … in order of seniority. */
  guestNo?: number;
}

export interface PlannedTable {
  table: number;
  /** The planner's name for the table when it is not a number ("A", "Family"). */
  label?: string;
  capacity: number;
  /** The diet this table is dedicated to, when it is one. */
  dietTable?: string;
  guests: SeatedGuest[];
}

export interface ObjectiveValue {
  total: number;
  /** Extra tables spanned by organisations (together) or same-organisation pairs at a table (mix). */
  grouping: number;
  /** Sum of squared deviations from an even fill. */
  even: number;
  /** Guests alone among strangers. */
  alone: number;
}

export type InfeasibleKind =
  | "locked-over-capacity"
  | "party-too-large"
  | "keep-apart-in-party"
  | "contradictory-locks"
  | "locked-no-such-table"
  | "too-many-guests"
  | "party-mixed-diets"
  | "no-room";

export interface Infeasibility {
  kind: InfeasibleKind;
  /** Ids of the people concerned. */
  people: string[];
  tables: number[];
  message: Bilingual;
}

export interface PlanWarning {
  people: string[];
  message: Bilingual;
}

export type TableResult =
  | {
      status: "ok";
      tables: PlannedTable[];
      objective: ObjectiveValue;
      /** The constructive start alone, for comparison. */
      baseline: ObjectiveValue;
      iterations: number;
      warnings: PlanWarning[];
    }
  | { status: "infeasible"; problems: Infeasibility[]; warnings: PlanWarning[] }
  | { status: "cancelled" };
