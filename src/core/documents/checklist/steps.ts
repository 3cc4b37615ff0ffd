import { STEPS_AFTER } from "./stepsAfter";
import { STEPS_BEFORE } from "./stepsBefore";
import { STEPS_DURING } from "./stepsDuring";
import type { ChecklistStep } from "./stepTypes";

export { OWNER_GROUPS, type ChecklistStep, type DueRule, type MeetingSize, type OwnerGroup, type StepNeed } from "./stepTypes";

/** The procedure of the seed's 会前准备 / 会中服务 / 会后处理, as data, in order. */
export const CHECKLIST_STEPS: readonly ChecklistStep[] = [...STEPS_BEFORE, ...STEPS_DURING, ...STEPS_AFTER];

const BY_KEY = new Map(CHECKLIST_STEPS.map((s) => [s.key, s]));

/** The library step a checklist key belongs to; "HW-D02-3" (day 3 of a per-day step) belongs to "HW-D02". */
export function stepOfKey(key: string): ChecklistStep | undefined {
  const k = key.trim().toUpperCase();
  const m = /^(HW-[BDA]\d{2})(?:-(\d+))?$/.exec(k);
  const s = m ? BY_KEY.get(m[1]) : undefined;
  if (!s) return undefined;
  const perDay = "each" in s.due;
  return perDay === (m![2] !== undefined) ? s : undefined;
}
