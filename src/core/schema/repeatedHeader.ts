import { a1 } from "../cellAddress";
import type { CellValue } from "../cellValue";
import type { Finding } from "../finding";
import { cellText } from "./normalize/cellText";
import { foldKey } from "./normalize/text";
import { sheetProblem } from "./parseProblems";

/**
 * A test for rows that repeat the header row (a list pasted twice, two lists pasted one under the
 * other): at least two of the recognised columns, and most of those filled in, hold their
 * header's text. Such a row is not a person, and Huiwu never writes a table or seat into it. The
 * header's keys are folded once, not once per row.
 */
export function headerRepeats(header: readonly CellValue[], columns: Iterable<number>): (row: readonly CellValue[]) => boolean {
  const keys = [...columns].map((c) => ({ c, h: foldKey(cellText(header[c] ?? "")) }));
  return (row) => {
    let filled = 0;
    let same = 0;
    for (const { c, h } of keys) {
      const text = cellText(row[c] ?? "");
      if (!text) continue;
      filled++;
      if (h && foldKey(text) === h) same++;
    }
    return same >= 2 && same * 3 >= filled * 2;
  };
}

/** One note for every row that repeats the header: "rows 41 and 82 repeat the header row". */
export function repeatedHeaderFinding(sheet: string, top: number, rows: number[]): Finding {
  const shown = rows.slice(0, 5).map((r) => top + r + 1);
  const more =
    rows.length > shown.length ? { zh: `等 ${rows.length} 行`, en: ` and ${rows.length - shown.length} more` } : { zh: "", en: "" };
  return sheetProblem("parse.repeated-header", "info", sheet, a1(top + rows[0], 0), {
    zh: `工作表“${sheet}”第 ${shown.join("、")} 行${more.zh}重复了表头，不作为人员读取，也不会写入桌号座位。`,
    en: `Sheet "${sheet}": row${rows.length > 1 ? "s" : ""} ${shown.join(", ")}${more.en} repeat${rows.length > 1 ? "" : "s"} the header row; not read as people, and nothing is written into ${rows.length > 1 ? "them" : "it"}.`,
  });
}
