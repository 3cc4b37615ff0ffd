export { buildChecklist, type ChecklistInput, type ChecklistResult } from "./buildChecklist";
export { checklistSheet, HEADER_ROW, type ChecklistSheet, type ChecklistSheetInput } from "./checklistSheet";
export { checklistTasks } from "./checklistTasks";
export { dueDates, MAX_MEETING_DAYS, meetingDays, meetingSpan, type MeetingSpan } from "./dueDates";
export { CHECKLIST_COLUMNS, CHECKLIST_SHEET_NAME, PHASE_LABEL } from "./labels";
export { mergeChecklist, type ChecklistRow, type MergeInput } from "./mergeChecklist";
export { CHECKLIST_OPTION_DEFS, readChecklistOptions, SIZE_THRESHOLDS, type ChecklistOptions } from "./options";
export { expandSteps, plannedSteps, stepApplies, type PlannedStep } from "./plannedSteps";
export { readPreviousChecklist, type PreviousRow } from "./previousChecklist";
export {
  CHECKLIST_STEPS,
  OWNER_GROUPS,
  stepOfKey,
  type ChecklistStep,
  type DueRule,
  type MeetingSize,
  type OwnerGroup,
  type StepNeed,
} from "./steps";
