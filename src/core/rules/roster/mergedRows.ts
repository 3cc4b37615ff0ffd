import type { Finding, Severity } from "../../finding";
import type { ParsedTable } from "../../schema/parsedSheet";
import type { RosterFields } from "../../schema/sheets";
import { cellOf, finding } from "../cells";
import type { Rule } from "../types";
import { excelRow, whoIs } from "./whoIs";

const WHY = {
  idNumber: { zh: "证件号码相同", en: "same ID number" },
  phone: { zh: "同名且电话相同", en: "same name and phone" },
  email: { zh: "同名且邮箱相同", en: "same name and email" },
} as const;

/**
 * The rows the parser merged because they are certainly one person (the same ID number, or the
 * same name with the same phone or e-mail), each at the later row's name: "王芳: rows 12 and 40
 * are one person, counted, seated and badged once". Check reports them as errors (a row to
 * delete); Seat, Rooms and Documents say them as warnings, since the merge was already made.
 */
export function mergedRows(roster: ParsedTable<RosterFields>, rule: Pick<Rule, "id" | "severity">, severity: Severity): Finding[] {
  if (!roster.sheet) return [];
  const byRow = new Map(roster.records.map((p) => [p.row, p]));
  const out: Finding[] = [];
  for (const p of roster.records) {
    const first = p.duplicateOf !== undefined ? byRow.get(p.duplicateOf) : undefined;
    if (!first || !p.duplicateWhy) continue;
    const who = whoIs(p);
    const why = WHY[p.duplicateWhy];
    out.push(
      finding(
        rule,
        roster.sheet,
        cellOf(roster, p, "name"),
        {
          zh: `${who.zh}：第${excelRow(first)}行和第${excelRow(p)}行是同一人（${why.zh}），已按一人统计、排座和制证。`,
          en: `${who.en}: rows ${excelRow(first)} and ${excelRow(p)} are one person (${why.en}), counted, seated and badged once.`,
        },
        { zh: "删除其中一行，保留信息较全的一行。", en: "Delete one of the rows, keeping the more complete one." },
        severity,
      ),
    );
  }
  return out;
}

/** The merged rows as Seat, Rooms and Documents say them: done, one row to delete. */
export function mergedRowWarnings(roster: ParsedTable<RosterFields>): Finding[] {
  return mergedRows(roster, { id: "roster.merged-rows", severity: "warning" }, "warning");
}
