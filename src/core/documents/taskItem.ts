import type { Phase } from "../schema/enums";
import type { DateTimeValue } from "../schema/values";

/**
 * A task a document contributes to the Tasks sheet (a checklist step, a minutes action item).
 * The key goes into the Tasks sheet's 编号 column and is what makes adding idempotent: a row
 * with the key already there is never added again.
 */
export interface TaskItem {
  /** Stable across runs and languages: "HW-B03" for a checklist step, "HW-M2" for the second action item. */
  key: string;
  phase: Phase;
  task: string;
  owner?: string;
  group?: string;
  due?: DateTimeValue;
  /**
   * The due date this item had the last time it was generated. A Tasks row with the key whose
   * due date still equals it was not touched by the planner, so it moves to `due`.
   */
  previousDue?: DateTimeValue;
  notes?: string;
}
