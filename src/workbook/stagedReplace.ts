import type { OwnedKind, SheetWrite, WritePlan } from "../core/plan/writePlan";
import type { ChunkOp } from "./chunkOp";
import { stampOfWrite } from "./ownership";
import { expectOps } from "./setupOps";

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/** One replaced sheet written beside itself, to be swapped in once every chunk has landed. */
export interface StagedSwap {
  /** The sheet being replaced, and the name it keeps. */
  sheet: string;
  /** The new sheet's name while it is written. */
  staging: string;
  owner?: OwnedKind;
  /** The marker's state as the read saw it: "current" or "stale" means a name to drop first. */
  marker?: "none" | "stale" | "current";
  /** The stamp the marker gets: what the new sheet's A1 holds. */
  stamp: string;
  /** Tables of the new sheet that had to take another name beside the old sheet's, and the name they get back. */
  tables: { staged: string; wanted: string }[];
}

function stagingName(sheet: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const tag = n === 1 ? "~" : `~${n}`;
    const name = `${tag}${sheet}`.slice(0, MAX_SHEET_NAME);
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/**
 * A plan that takes several requests replaces its existing sheets by writing each beside the old
 * one under a staging name ("~检查结果") and swapping it in at the end: a request that fails
 * half-way then leaves the old sheet as it was, and the half-written new one is removed. The
 * staged plan adds those sheets (no clearing, no marker yet); `checks` are the lookups the first
 * request still makes (the old sheet and its marker must be there, as the read saw them). Pure.
 */
export function stageReplacements(
  plan: WritePlan,
  existingSheets: readonly string[] = [],
): { plan: WritePlan; swaps: StagedSwap[]; checks: ChunkOp[] } {
  const taken = new Set([...existingSheets, ...plan.sheets.map((s) => s.name)].map((n) => n.toLowerCase()));
  const swaps: StagedSwap[] = [];
  const replaced = plan.sheets.filter((s) => s.exists && s.mode === "replace");
  const sheets = plan.sheets.map((s): SheetWrite => {
    if (!replaced.includes(s)) return s;
    const staging = stagingName(s.name, taken);
    swaps.push({
      sheet: s.name,
      staging,
      owner: s.owner,
      marker: s.marker,
      stamp: s.owner ? stampOfWrite(s.owner, s.values) : "",
      tables: [],
    });
    return { ...s, name: staging, mode: "create", exists: false, owner: undefined, marker: undefined };
  });
  // The first request still looks up the old sheets and their markers, as setup does for any plan.
  return { plan: swaps.length ? { ...plan, sheets } : plan, swaps, checks: expectOps(replaced) };
}

/** Records, for each swap, the tables `renamed` (the staged plan after freeTableNames) gave other names than `staged` had. */
export function withTableRenames(swaps: readonly StagedSwap[], staged: WritePlan, renamed: WritePlan): StagedSwap[] {
  return swaps.map((swap) => {
    const before = staged.sheets.find((s) => s.name === swap.staging)?.tables ?? [];
    const after = renamed.sheets.find((s) => s.name === swap.staging)?.tables ?? [];
    const tables = before.flatMap((t, i) => (after[i] && after[i].name !== t.name ? [{ staged: after[i].name, wanted: t.name }] : []));
    return { ...swap, tables };
  });
}
