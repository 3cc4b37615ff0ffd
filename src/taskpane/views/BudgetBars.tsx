import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { OverviewBudget } from "../../app/overview/types";
import type { Lang } from "../../core/i18n";
import type { PaneStrings } from "../strings";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
  label: { display: "block", overflowWrap: "anywhere" },
  total: { fontWeight: tokens.fontWeightSemibold },
  bar: { display: "block", width: "100%", height: "8px" },
});

/** Whole amounts with separators, as a finance reviewer reads them; the Event sheet's currency after them. */
export function money(n: number, lang: Lang, currency?: string): string {
  if (!Number.isFinite(n)) return "—";
  const text = new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-GB", { maximumFractionDigits: 0 }).format(n);
  return currency ? `${text} ${currency}` : text;
}

function percent(used: number, planned: number): number {
  return planned > 0 && Number.isFinite(used) ? Math.round((used / planned) * 100) : 0;
}

/** Used against planned, one bar each: filled up to the budget, red past it. Plain SVG, no chart library. */
function Bar({ used, planned, label }: { used: number; planned: number; label: string }) {
  const styles = useStyles();
  const share = planned > 0 && Number.isFinite(used) ? used / planned : used > 0 ? 1 : 0;
  const over = share > 1;
  return (
    <svg className={styles.bar} viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label={label}>
      <rect x="0" y="0" width="100" height="8" rx="2" style={{ fill: tokens.colorNeutralBackground5 }} />
      <rect
        x="0"
        y="0"
        width={Math.min(share, 1) * 100}
        height="8"
        rx="2"
        style={{ fill: over ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground }}
      />
    </svg>
  );
}

export function BudgetBars({
  budget,
  lang,
  s,
  onGoToCell,
}: {
  budget: OverviewBudget;
  lang: Lang;
  s: PaneStrings;
  onGoToCell: (sheet: string, cell: string) => void;
}) {
  const styles = useStyles();
  const m = (n: number) => money(n, lang, budget.currency);
  const totalText = s.budgetUsed(m(budget.used), m(budget.planned), percent(budget.used, budget.planned));
  return (
    <ul className={styles.list}>
      <li>
        <span className={`${styles.label} ${styles.total}`}>
          {budget.link ? (
            <Link as="button" onClick={() => onGoToCell(budget.link!.sheet, budget.link!.cell)}>
              {totalText}
            </Link>
          ) : (
            totalText
          )}
        </span>
        <Bar used={budget.used} planned={budget.planned} label={totalText} />
      </li>
      {budget.categories.map((c, i) => {
        const name = c.uncategorised ? (lang === "zh" ? "未分类" : "Uncategorised") : c.name;
        const text = s.budgetCategory(name, m(c.used), m(c.planned));
        return (
          <li key={`${c.name}|${i}`}>
            <span className={styles.label}>
              {c.link ? (
                <Link as="button" onClick={() => onGoToCell(c.link!.sheet, c.link!.cell)}>
                  {text}
                </Link>
              ) : (
                text
              )}
            </span>
            <Bar used={c.used} planned={c.planned} label={text} />
          </li>
        );
      })}
    </ul>
  );
}
