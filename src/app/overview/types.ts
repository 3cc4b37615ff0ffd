import type { Finding } from "../../core/finding";
import type { LocalDate } from "../../core/schema/normalize/dates";

/** A cell or range a number comes from, for a link that selects it in Excel. */
export interface CellLink {
  sheet: string;
  /** "C7" or "C2:C40". */
  cell: string;
}

export type OverviewCountKey = "confirmed" | "pending" | "onLeave" | "vipUnconfirmed" | "hotelMissing" | "tasksOverdue";

export interface OverviewCount {
  key: OverviewCountKey;
  value: number;
  /**
   * Where the planner sees them: for a rule's count the first finding's cell (in sheet order);
   * for confirmed / pending / on leave, a count over the whole 回执 / Status column, that column's
   * data rows. Absent when value is 0.
   */
  link?: CellLink;
  /** The cells behind the number (the pane may say "and 4 more"), each once, in sheet order, at most {@link MAX_CELLS}. */
  cells: CellLink[];
}

export interface OverviewBudgetCategory {
  /** The category as first written on the Budget sheet; for the lines without one, the Budget Review's 未分类 / Uncategorised label. */
  name: string;
  /** Set on the group of lines without a category (its `name` is then a label, not the planner's text). */
  uncategorised?: true;
  /** The category's 预算金额 / Budget, as the Budget Review sums it. */
  planned: number;
  /** The Budget Review's 已用 / Used: the larger of the category's committed and actual amounts. */
  used: number;
  /** The category cell of its first line. */
  link?: CellLink;
}

export interface OverviewBudget {
  /** The Budget Review's totals (NaN where a line shows an error value, as the review shows the error). */
  planned: number;
  used: number;
  /** The Event sheet's 币种 / Currency, as typed. */
  currency?: string;
  /** By category in the order they first appear on the sheet, the lines without a category last (as in the review). */
  categories: OverviewBudgetCategory[];
  /** The budget amount on the sheet's own total row (合计), else its header row. */
  link?: CellLink;
}

export interface OverviewEvent {
  name?: string;
  start?: LocalDate;
  /** The Event sheet's end date as typed. */
  end?: LocalDate;
  venue?: string;
  /** Whole days from today to the start: 0 on the day, negative after it started; absent with no start date. */
  daysToGo?: number;
  /** The meeting is on today (its first day ≤ today ≤ its last day). */
  underway: boolean;
  /** The Event sheet's name cell (or its first key cell); absent without an Event sheet. */
  link?: CellLink;
}

/** The data behind the pane's first screen. Plain data. */
export interface OverviewSummary {
  event: OverviewEvent;
  /**
   * In the order confirmed, pending, onLeave, vipUnconfirmed, hotelMissing, tasksOverdue; a count
   * that cannot be known (no roster status column, a rule switched off or unable to run for a
   * missing sheet or column) is left out rather than shown as 0.
   */
  counts: OverviewCount[];
  /** Absent without a Budget sheet with lines (the Budget Review has no figures then). */
  budget?: OverviewBudget;
  /**
   * Cumulative confirmations by reply date, ascending. Not produced: the roster contract has no
   * reply-date column (回执日期), so there is no date to put a reply on.
   */
  confirmations?: { date: LocalDate; confirmed: number }[];
  /** The top findings for "next steps": errors first, then warnings (no infos), at most {@link MAX_NEXT_STEPS}. */
  nextSteps: Finding[];
}

export const MAX_CELLS = 50;
export const MAX_NEXT_STEPS = 5;
