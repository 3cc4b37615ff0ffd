import { columnLetters } from "../../cellAddress";
import type { Finding } from "../../finding";
import { foldKey } from "../normalize/text";
import type { ParsedTable } from "../parsedSheet";
import { sheetProblem } from "../parseProblems";
import type { RosterFields } from "../sheets/roster";
import type { ParsedRecord } from "../values";

/** A family of more than this many is more likely a blank meaning "no party" than "same as above". */
const LONGEST_RUN = 9;

/**
 * A party or family key typed once at the top of each group — or a merged cell, which reads as
 * blanks below its first row — means the blank rows under it belong to the same party. The column
 * is read so only when it is a grouping key: its values are codes, not names of people on the
 * roster (an aide's 同行 names a leader); each code is typed once; and the blank runs are short.
 */
export function sameAsAbove(roster: ParsedTable<RosterFields>): Finding[] {
  const col = roster.columns.get("party");
  if (!col) return [];
  const records = roster.records;
  const names = new Set(
    records
      .flatMap((r) => [r.fields.name?.value, r.fields.id?.value])
      .filter((v): v is string => !!v)
      .map(foldKey),
  );
  const filled = records.filter((r) => r.fields.party);
  const codes = filled.map((r) => foldKey(r.fields.party!.value));
  if (filled.length < 2 || new Set(codes).size !== codes.length || codes.some((c) => names.has(c))) return [];
  const fills: { r: ParsedRecord<RosterFields>; from: ParsedRecord<RosterFields> }[] = [];
  let above: ParsedRecord<RosterFields> | undefined;
  let run = 0;
  for (const r of records) {
    if (r.fields.party) {
      above = r;
      run = 0;
    } else if (above && ++run <= LONGEST_RUN) fills.push({ r, from: above });
    else if (above) return [];
  }
  if (fills.length === 0) return [];
  const letter = columnLetters(col.col);
  for (const { r, from } of fills) r.fields.party = { ...from.fields.party!, address: `${letter}${r.row + 1}`, raw: "" };
  const sheet = roster.sheet!;
  return [
    sheetProblem("parse.same-as-above", "info", sheet, fills[0].r.fields.party!.address, {
      zh: `“${col.header}”列有 ${fills.length} 个空格位于已填写的值下面，按“同上”读取：同一${col.header}的人安排在一起。`,
      en: `${fills.length} blank cells in the "${col.header}" column sit under a filled one and are read as "same as above": each belongs to the party above.`,
    }),
  ];
}
