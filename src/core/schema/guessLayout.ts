import { a1 } from "../cellAddress";
import type { SheetSnapshot } from "../../workbook/gateway";
import { describeGuess } from "./guess/describeGuess";
import { guessColumns } from "./guess/guessColumns";
import { sheetProblem } from "./parseProblems";
import type { TableLayout } from "./parseTable";

/**
 * The roster's columns recognised from the values of a list with no header row (a title, then
 * 部门 | 职务 | 姓名; a bare column of names for place cards). One note says how each column was
 * guessed; typing a header row overrides the guess.
 */
export function guessRosterLayout(snap: SheetSnapshot): TableLayout | undefined {
  const g = guessColumns(snap.values);
  if (!g) return undefined;
  const how = describeGuess(g, snap.left);
  return {
    index: -1,
    columns: new Map(g.columns.map((c) => [c.field, c.col])),
    duplicates: [],
    guessed: {
      firstDataRow: g.firstDataRow,
      finding: sheetProblem("parse.columns-guessed", "info", snap.name, a1(snap.top + g.firstDataRow, snap.left), how, {
        zh: "如识别有误，请在数据上方加一行列标题（如 姓名、单位、职务）。",
        en: "If a column is wrong, add a header row above the data (such as Name, Organisation, Title).",
      }),
    },
  };
}
