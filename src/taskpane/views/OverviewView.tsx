import { Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { OverviewCount, OverviewSummary } from "../../app/overview/types";
import type { Lang } from "../../core/i18n";
import { FindingItem } from "../components/FindingItem";
import type { Review } from "../paneCommands";
import type { PaneStrings } from "../strings";
import { BudgetBars } from "./BudgetBars";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  card: { display: "grid", rowGap: tokens.spacingVerticalXXS },
  when: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  togo: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  subheading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400 },
  counts: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  count: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  alert: { backgroundColor: tokens.colorPaletteRedBackground1 },
  steps: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
});

/** Counts that are trouble when not zero. */
const TROUBLE = new Set(["vipUnconfirmed", "hotelMissing", "tasksOverdue"]);

export interface OverviewViewProps {
  review: Review;
  lang: Lang;
  s: PaneStrings;
  onGoToCell: (sheet: string, cell: string) => void;
  onShowCheck: () => void;
}

function dates(o: OverviewSummary["event"]): string {
  if (!o.start) return "";
  return o.end && o.end !== o.start ? `${o.start} – ${o.end}` : o.start;
}

function when(o: OverviewSummary["event"], s: PaneStrings): string {
  if (o.daysToGo === undefined) return s.noEventDate;
  if (o.underway) return s.underway;
  return o.daysToGo >= 0 ? s.daysToGo(o.daysToGo) : s.meetingOver(-o.daysToGo);
}

/** The first screen: the meeting, the numbers that matter (each a link to its cells), the budget and what to do next. */
export function OverviewView({ review, lang, s, onGoToCell, onShowCheck }: OverviewViewProps) {
  const styles = useStyles();
  const { overview } = review;
  const { event } = overview;
  const total = review.summary.findings.length;
  const countText = (c: OverviewCount) => s.counts[c.key](c.value);
  return (
    <div className={styles.root}>
      <section className={styles.card} aria-label={event.name ?? s.title}>
        <span className={styles.when}>{[dates(event), event.venue].filter(Boolean).join(" · ")}</span>
        <span className={styles.togo}>{when(event, s)}</span>
      </section>
      {overview.counts.length > 0 && (
        <section aria-labelledby="huiwu-counts">
          <h2 id="huiwu-counts" className={styles.subheading}>
            {s.countsHeading}
          </h2>
          <ul className={styles.counts}>
            {overview.counts.map((c) => (
              <li key={c.key} className={TROUBLE.has(c.key) && c.value > 0 ? `${styles.count} ${styles.alert}` : styles.count}>
                {c.link ? (
                  <Link as="button" onClick={() => onGoToCell(c.link!.sheet, c.link!.cell)}>
                    {countText(c)}
                  </Link>
                ) : (
                  countText(c)
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {overview.budget && (
        <section aria-labelledby="huiwu-budget">
          <h2 id="huiwu-budget" className={styles.subheading}>
            {s.budgetHeading}
          </h2>
          <BudgetBars budget={overview.budget} lang={lang} s={s} onGoToCell={onGoToCell} />
        </section>
      )}
      <section aria-labelledby="huiwu-next">
        <h2 id="huiwu-next" className={styles.subheading}>
          {s.nextStepsHeading}
        </h2>
        {overview.nextSteps.length === 0 ? (
          <p>{s.nothingToDo}</p>
        ) : (
          <ul className={styles.steps}>
            {overview.nextSteps.map((f, i) => (
              <FindingItem key={`${f.id}|${f.sheet}|${f.cell}|${i}`} finding={f} lang={lang} s={s} onGoToCell={onGoToCell} />
            ))}
          </ul>
        )}
        {total > 0 && (
          <Button appearance="subtle" onClick={onShowCheck}>
            {s.seeAllFindings(total)}
          </Button>
        )}
      </section>
    </div>
  );
}
