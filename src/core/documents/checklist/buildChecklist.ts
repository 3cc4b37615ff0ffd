import type { Finding } from "../../finding";
import type { Lang } from "../../i18n";
import { matchEnum, TASK_STATUS } from "../../schema/enums";
import { cellText } from "../../schema/normalize/cellText";
import type { OutputTarget } from "../../plan/outputTarget";
import type { RangeRef, SheetWrite } from "../../plan/writePlan";
import type { ParsedWorkbook } from "../../schema/parseWorkbook";
import type { SheetSnapshot } from "../../../workbook/gateway";
import type { TaskItem } from "../taskItem";
import { checklistSheet } from "./checklistSheet";
import { checklistTasks } from "./checklistTasks";
import { meetingSpan } from "./dueDates";
import { mergeChecklist, type ChecklistRow } from "./mergeChecklist";
import { readChecklistOptions, type ChecklistOptions } from "./options";
import { expandSteps, plannedSteps } from "./plannedSteps";
import { keptWork, withKeptWork } from "../keptWork";
import { checklistRowMatch, extraColumns, readPreviousChecklist } from "./previousChecklist";

export interface ChecklistInput {
  parsed: ParsedWorkbook;
  /** Where the sheet goes: outputTarget(snapshot, "checklist", CHECKLIST_SHEET_NAME[lang]). */
  target: OutputTarget;
  /** The sheet `target` names as read before this run, when it exists: the planner's edits are in it. */
  previous?: SheetSnapshot;
  /** Output language; the workbook's by default. */
  lang?: Lang;
  /** The host shows checkbox cells (Office, ExcelApi 1.18): status becomes a done/not-done checkbox. */
  checkboxes?: boolean;
}

export interface ChecklistResult {
  sheet: SheetWrite;
  /** The 状态 cells, for a checkbox variant where the host supports one. */
  statusRange?: RangeRef;
  /** The steps for the Tasks sheet (mergeIntoTasks adds the ones not there yet). */
  tasks: TaskItem[];
  rows: ChecklistRow[];
  options: ChecklistOptions;
  /** Unreadable options, a missing start, lodging skipped for a small meeting. */
  findings: Finding[];
}

/** The 会务清单 for the workbook: options, due dates and steps, merged with the previous version. */
export function buildChecklist(input: ChecklistInput): ChecklistResult {
  const { parsed, target } = input;
  const lang = input.lang ?? parsed.lang;
  const opts = readChecklistOptions(parsed);
  const when = meetingSpan(parsed.event, lang);
  const rows = mergeChecklist({
    steps: plannedSteps(opts.options, when.span),
    library: expandSteps(when.span),
    previous: readPreviousChecklist(input.previous),
    lang,
  });
  const { sheet, statusRange } = checklistSheet({
    target,
    lang,
    rows,
    options: opts.options,
    span: when.span,
    meetingName: parsed.event.fields.name?.value,
    extraColumns: extraColumns(input.previous),
    // A checkbox cannot hold "in progress" or "blocked": while a row says so, the list stays.
    checkboxes:
      input.checkboxes && rows.every((r) => ["notStarted", "done"].includes(matchEnum(TASK_STATUS, cellText(r.cells.status)) ?? "")),
  });
  const match = checklistRowMatch(input.previous);
  if (match) withKeptWork(sheet, keptWork(input.previous, sheet.values[0].values, match));
  return {
    sheet,
    ...(statusRange ? { statusRange } : {}),
    tasks: checklistTasks(rows),
    rows,
    options: opts.options,
    findings: [...opts.findings, ...when.findings],
  };
}
