import { isBlank, type CellValue } from "../../cellValue";
import type { Bilingual, Lang } from "../../i18n";
import { enumLabel, matchEnum, PHASE, TASK_STATUS, type Phase } from "../../schema/enums";
import { cellText } from "../../schema/normalize/cellText";
import { localToSerial } from "../../schema/normalize/serial";
import { PHASE_LABEL } from "./labels";
import type { PlannedStep } from "./plannedSteps";
import type { PreviousRow } from "./previousChecklist";
import { stepOfKey } from "./steps";

/** One row of the checklist as it will be written. */
export interface ChecklistRow {
  /** "step": a step the meeting needs; "kept": a step it no longer needs that the planner had
   *  started on; "planner": a row the planner added. */
  kind: "step" | "kept" | "planner";
  key: string;
  /** Undefined for a planner's row whose phase is unknown. */
  phase?: Phase;
  cells: PreviousRow;
  /** The generated copy of the due date in the previous version ("" when there was none). */
  previousComputed: CellValue;
}

export interface MergeInput {
  /** The steps the meeting needs, in order. */
  steps: readonly PlannedStep[];
  /** Every library step expanded for the meeting, so a kept step's untouched due date still moves. */
  library: readonly PlannedStep[];
  previous: readonly PreviousRow[];
  lang: Lang;
}

const sameCell = (a: CellValue, b: CellValue): boolean =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-6 : cellText(a) === cellText(b);

/** Text the planner typed over a generated text (in either language) is an edit; a blank is not. */
const editedText = (v: CellValue, generated: Bilingual): boolean =>
  !isBlank(v) && cellText(v) !== cellText(generated.zh) && cellText(v) !== cellText(generated.en);

const dueSerial = (s: PlannedStep | undefined): CellValue => (s?.due ? localToSerial(s.due.date, s.due.time) : "");

/** The status as text in the workbook's language; a checkbox (TRUE/FALSE) reads as done / not started. */
function statusText(v: CellValue, lang: Lang): CellValue {
  if (typeof v === "boolean") return enumLabel(TASK_STATUS, v ? "done" : "notStarted", lang);
  if (isBlank(v)) return enumLabel(TASK_STATUS, "notStarted", lang);
  const code = matchEnum(TASK_STATUS, cellText(v));
  return code ? enumLabel(TASK_STATUS, code, lang) : v;
}

const notStarted = (v: CellValue) => v === false || isBlank(v) || matchEnum(TASK_STATUS, cellText(v)) === "notStarted";

/** A row carries the planner's work: a status, an owner, notes, or an edited due date or text. */
function touched(p: PreviousRow, gen: PlannedStep | undefined): boolean {
  if (!notStarted(p.status) || !isBlank(p.owner) || !isBlank(p.notes) || !sameCell(p.due, p.computed)) return true;
  if ((p.extra ?? []).some((v) => !isBlank(v))) return true;
  return gen !== undefined && (editedText(p.step, gen.title) || editedText(p.group, gen.group));
}

/** The row for a step: generated cells regenerated unless the planner edited them. */
function stepRow(kind: "step" | "kept", s: PlannedStep, p: PreviousRow | undefined, lang: Lang): ChecklistRow {
  const computed = dueSerial(s);
  const keepDue = p !== undefined && !sameCell(p.due, p.computed);
  return {
    kind,
    key: s.key,
    phase: s.phase,
    cells: {
      id: s.key,
      phase: PHASE_LABEL[s.phase][lang],
      step: p && editedText(p.step, s.title) ? p.step : s.title[lang],
      group: p && editedText(p.group, s.group) ? p.group : s.group[lang],
      owner: p?.owner ?? "",
      due: keepDue ? p.due : computed,
      status: statusText(p?.status ?? "", lang),
      notes: p?.notes ?? "",
      computed,
      ...(p?.extra ? { extra: p.extra } : {}),
    },
    previousComputed: p?.computed ?? "",
  };
}

/** A row kept as the planner left it (status in the workbook's language). */
function asIs(kind: "kept" | "planner", key: string, phase: Phase | undefined, p: PreviousRow, lang: Lang): ChecklistRow {
  const phaseCell = phase && matchEnum(PHASE, cellText(p.phase)) ? PHASE_LABEL[phase][lang] : p.phase;
  return { kind, key, phase, cells: { ...p, phase: phaseCell, status: statusText(p.status, lang) }, previousComputed: p.computed };
}

/**
 * Merges the steps with the previous checklist. Rows are matched by 编号 (the first row of a key
 * wins). The planner's 负责人/状态/备注 and edited 步骤/负责组 text stay; a due date the planner
 * changed (≠ its generated copy) stays, an untouched one follows the meeting. A step the meeting
 * no longer needs goes only when untouched. Rows the planner added (no key, or one the library
 * does not know) stay, at the end of their phase — the 阶段 they typed, else the phase of the row
 * above them — or at the end of the table.
 */
export function mergeChecklist(input: MergeInput): ChecklistRow[] {
  const { steps, library, previous, lang } = input;
  const needed = new Set(steps.map((s) => s.key));
  const libraryByKey = new Map(library.map((s) => [s.key, s]));
  const byKey = new Map<string, PreviousRow>();
  const kept: ChecklistRow[] = [];
  const planner: ChecklistRow[] = [];
  let phaseAbove: Phase | undefined;
  for (const p of previous) {
    const key = cellText(p.id).toUpperCase();
    const step = key && !byKey.has(key) ? stepOfKey(key) : undefined;
    const typedPhase = matchEnum(PHASE, cellText(p.phase));
    if (step) {
      byKey.set(key, p);
      phaseAbove = step.phase;
      if (needed.has(key)) continue;
      const gen = libraryByKey.get(key);
      if (!touched(p, gen)) continue;
      kept.push(gen ? stepRow("kept", gen, p, lang) : asIs("kept", key, step.phase, p, lang));
      continue;
    }
    const phase = typedPhase ?? phaseAbove;
    phaseAbove = phase;
    planner.push(asIs("planner", cellText(p.id), phase, p, lang));
  }
  const generated = steps.map((s) => stepRow("step", s, byKey.get(s.key), lang));
  const phases: Phase[] = ["pre", "during", "post"];
  return [
    ...phases.flatMap((ph) => [...generated, ...kept, ...planner].filter((r) => r.phase === ph)),
    ...planner.filter((r) => r.phase === undefined),
  ];
}
