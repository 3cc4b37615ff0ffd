import type { Finding } from "../core/finding";
import type { OwnedSheet } from "../workbook/gateway";
import { markerName, ownershipStamp } from "../workbook/ownership";

/**
 * Whether a marked sheet looks like Huiwu's: its marker carries Huiwu's stamp of what A1 held
 * when Huiwu wrote it, and A1 still holds that. "unknown" when the host could not say what the
 * marked cell holds (then only the input-sheet check below applies).
 */
export function stampVerdict(o: OwnedSheet): "ours" | "unstamped" | "mismatch" | "unknown" {
  if (!o.stamp) return "unstamped";
  if (o.a1 === undefined) return "unknown";
  return o.stamp === ownershipStamp(o.kind, o.a1) ? "ours" : "mismatch";
}

/** A marked sheet that may be taken as Huiwu's own, before the inputs are known. */
export function mayBeOurs(o: OwnedSheet): boolean {
  if (o.name === null) return false;
  const verdict = stampVerdict(o);
  return verdict === "ours" || verdict === "unknown";
}

/**
 * A marker is a hint, never proof. A marked sheet that the command reads as an input, or whose
 * A1 does not match the marker's stamp (a name edited in Name Manager, copied with a sheet, or
 * made by hand), is left alone: its marker is treated as stale, so the output goes to a sheet of
 * its own, and one warning says which sheet was spared and why.
 */
export function trustOwned(owned: readonly OwnedSheet[], inputSheets: ReadonlySet<string>): { owned: OwnedSheet[]; findings: Finding[] } {
  const inputs = new Set([...inputSheets].map((n) => n.toLowerCase()));
  const findings: Finding[] = [];
  const trusted = owned.map((o): OwnedSheet => {
    if (o.name === null) return o;
    const isInput = inputs.has(o.name.toLowerCase());
    if (!isInput && mayBeOurs(o)) return o;
    const marker = markerName(o.kind);
    const why = isInput
      ? { zh: "它是本次读取的输入表", en: "it is one of the sheets this command reads" }
      : { zh: "其内容不是会务助手写入的", en: "its contents are not what Huiwu wrote there" };
    findings.push({
      id: "ownership.marker-refused",
      severity: "warning",
      sheet: o.name,
      cell: "A1",
      message: {
        zh: `工作表“${o.name}”带有会务助手的输出标记（名称 ${marker}），但${why.zh}，会务助手不会覆盖它，这类结果另写一张工作表。`,
        en: `Sheet "${o.name}" carries Huiwu's output mark (the name ${marker}), but ${why.en}, so Huiwu will not write over it: that output goes to a sheet of its own.`,
      },
      fix: {
        zh: `如该标记是误加的，在“公式 → 名称管理器”中删除名称 ${marker}。`,
        en: `If the mark is there by mistake, delete the name ${marker} in Formulas → Name Manager.`,
      },
    });
    return { ...o, name: null };
  });
  return { owned: trusted, findings };
}
