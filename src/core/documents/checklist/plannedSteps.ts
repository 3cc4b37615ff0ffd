import type { Bilingual } from "../../i18n";
import type { Phase } from "../../schema/enums";
import { localToSerial } from "../../schema/normalize/serial";
import type { DateTimeValue } from "../../schema/values";
import { dueDates, type MeetingSpan } from "./dueDates";
import type { ChecklistOptions } from "./options";
import { CHECKLIST_STEPS } from "./steps";
import { OWNER_GROUPS, type ChecklistStep } from "./stepTypes";

/** A library step as this meeting needs it: per-day steps expanded, due date computed. */
export interface PlannedStep {
  /** The step's key, or "HW-D02-2" for day 2 of a per-day step. */
  key: string;
  phase: Phase;
  title: Bilingual;
  group: Bilingual;
  /** Absent when the Event sheet has no start. */
  due?: DateTimeValue;
}

const PHASE_ORDER: Record<Phase, number> = { pre: 0, during: 1, post: 2 };

/** Whether the meeting's size and arrangements call for the step. */
export function stepApplies(step: ChecklistStep, options: ChecklistOptions): boolean {
  if (!step.sizes.includes(options.size)) return false;
  return (step.needs ?? []).every((n) => (n === "lodging" ? options.lodging : options.meals));
}

const dayTitle = (t: Bilingual, n: number): Bilingual => ({ zh: t.zh.replace("{n}", String(n)), en: t.en.replace("{n}", String(n)) });

/**
 * Every library step expanded for the meeting, phase by phase, each phase in order of its due
 * dates (the library's order breaks ties, and orders everything when there is no start). A
 * per-day step without a start is listed once, for day 1.
 */
export function expandSteps(span: MeetingSpan | undefined, include: (s: ChecklistStep) => boolean = () => true): PlannedStep[] {
  const planned: { step: PlannedStep; order: number; serial: number }[] = [];
  CHECKLIST_STEPS.forEach((s, i) => {
    if (!include(s)) return;
    const group = OWNER_GROUPS[s.group];
    const perDay = "each" in s.due;
    const dues: (DateTimeValue | undefined)[] = span ? dueDates(s.due, span) : [undefined];
    dues.forEach((due, d) => {
      const step: PlannedStep = {
        key: perDay ? `${s.key}-${d + 1}` : s.key,
        phase: s.phase,
        title: perDay ? dayTitle(s.title, d + 1) : s.title,
        group,
        ...(due ? { due } : {}),
      };
      planned.push({ step, order: i * 1000 + d, serial: due ? localToSerial(due.date, due.time) : Infinity });
    });
  });
  planned.sort((a, b) => PHASE_ORDER[a.step.phase] - PHASE_ORDER[b.step.phase] || a.serial - b.serial || a.order - b.order);
  return planned.map((p) => p.step);
}

/** The steps this meeting needs (its size, lodging and meals), in checklist order. */
export function plannedSteps(options: ChecklistOptions, span: MeetingSpan | undefined): PlannedStep[] {
  return expandSteps(span, (s) => stepApplies(s, options));
}
