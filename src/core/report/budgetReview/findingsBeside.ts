import { parseA1 } from "../../cellAddress";
import type { Finding } from "../../finding";
import type { Lang } from "../../i18n";
import type { BudgetLines } from "./budgetGroups";
import { T } from "./labels";

/**
 * The findings column: per category, the findings on its lines and the text amounts its formulas
 * skip, in cell order. Findings on no line (a header, another sheet) go under the table.
 */
export function findingsBeside(
  findings: readonly Finding[],
  sheet: string,
  lines: BudgetLines,
  lang: Lang,
): { beside: string[]; others: Finding[] } {
  const groupOfRow = new Map<number, number>();
  lines.groups.forEach((g, i) => g.rows.forEach((r) => groupOfRow.set(r, i)));
  const items: { group: number; row: number; col: number; text: string }[] = [];
  const others: Finding[] = [];
  const sep = lang === "zh" ? "：" : ": ";
  for (const f of findings) {
    const at = f.sheet === sheet ? parseA1(f.cell.split(":")[0]) : undefined;
    const group = at && groupOfRow.get(at.row);
    if (at && group !== undefined) items.push({ group, row: at.row, col: at.col, text: `${f.cell}${sep}${f.message[lang]}` });
    else others.push(f);
  }
  for (const t of lines.textAmounts) {
    const at = parseA1(t.cell)!;
    items.push({ group: groupOfRow.get(at.row)!, row: at.row, col: at.col, text: T.textAmountBeside(t.cell, t.raw)[lang] });
  }
  items.sort((a, b) => a.row - b.row || a.col - b.col);
  const beside = lines.groups.map(() => [] as string[]);
  for (const it of items) beside[it.group].push(it.text);
  return { beside: beside.map((b) => b.join("\n")), others };
}
