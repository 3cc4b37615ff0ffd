import type { WritePlan } from "../core/plan/writePlan";

/** A table or workbook-level name already in the workbook; `sheet` is "" for a defined name. */
export interface TakenName {
  name: string;
  sheet: string;
}

/**
 * The plan with each table name that the workbook already uses elsewhere changed to a free one
 * ("HuiwuBadges" → "HuiwuBadges_2"). Table names share one workbook-wide namespace with defined
 * names, case-insensitively; a table on a sheet the plan replaces goes with it and frees its
 * name. This happens when an output is written beside a sheet that still holds the old table
 * (a marked sheet Huiwu will not write over). Pure.
 */
export function freeTableNames(plan: WritePlan, existing: readonly TakenName[]): WritePlan {
  const replaced = new Set(plan.sheets.filter((s) => s.mode === "replace").map((s) => s.name.toLowerCase()));
  const taken = new Set(existing.filter((t) => !replaced.has(t.sheet.toLowerCase())).map((t) => t.name.toLowerCase()));
  const free = (name: string) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name}_${n}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  };
  let changed = false;
  const sheets = plan.sheets.map((s) => {
    if (!s.tables?.length) return s;
    const tables = s.tables.map((t) => {
      const name = free(t.name);
      changed ||= name !== t.name;
      return name === t.name ? t : { ...t, name };
    });
    return { ...s, tables };
  });
  return changed ? { ...plan, sheets } : plan;
}
