import type { Finding } from "../../finding";
import type { Lang } from "../../i18n";
import type { FormatSpec, InternalLink } from "../../plan/writePlan";
import { T } from "./labels";
import { v, type ReviewCell, type ReviewPart } from "./reviewGrid";

export interface NotesInput {
  lang: Lang;
  /** The Budget sheet, which the listed cells are on. */
  sheet: string;
  textAmounts: readonly { cell: string; raw: string }[];
  errorAmounts: readonly { cell: string }[];
  /** Missing-column notes, already in the review's language. */
  missing: readonly string[];
  /** Findings on no line of the table. */
  others: readonly Finding[];
  /** 0-based review row of the first note. */
  startRow: number;
}

export interface NotesPart extends ReviewPart {
  links: InternalLink[];
}

/** Under the summary: what the formulas cannot count, missing columns, and findings on no line. */
export function notesBlock(input: NotesInput): NotesPart {
  const { lang, sheet, startRow } = input;
  const rows: ReviewCell[][] = [];
  const formats: FormatSpec[] = [];
  const links: InternalLink[] = [];
  const heading = (text: string) => {
    if (rows.length > 0) rows.push([]);
    formats.push({ range: { row: startRow + rows.length, col: 0, rows: 1, cols: 1 }, bold: true });
    rows.push([v(text)]);
  };
  const cellRow = (onSheet: string, cell: string, rest: ReviewCell[]) => {
    const text = `${onSheet}!${cell}`;
    if (onSheet === sheet) links.push({ row: startRow + rows.length, col: 0, sheet, cell: cell.split(":")[0], text });
    rows.push([v(text), ...rest]);
  };

  if (input.textAmounts.length > 0) {
    heading(T.textAmounts[lang]);
    for (const t of input.textAmounts) cellRow(sheet, t.cell, [v(t.raw)]);
  }
  if (input.errorAmounts.length > 0) {
    heading(T.errorAmounts[lang]);
    for (const e of input.errorAmounts) cellRow(sheet, e.cell, []);
  }
  if (input.missing.length > 0) {
    if (rows.length > 0) rows.push([]);
    for (const m of input.missing) rows.push([v(m)]);
  }
  if (input.others.length > 0) {
    heading(T.otherFindings[lang]);
    for (const f of input.others) cellRow(f.sheet, f.cell, [v(f.message[lang])]);
  }
  return { rows, formats, links };
}
