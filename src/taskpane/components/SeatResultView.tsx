import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { SeatSummary } from "../../app/seatSummary";
import type { Lang } from "../../core/i18n";
import { seatPaneStrings } from "../seatStrings";
import type { PaneStrings } from "../strings";
import { NotesAndProblems } from "./NotesAndProblems";
import { SheetsWritten } from "./SheetsWritten";

/** A reason can concern a whole roster ("too many guests"): name the first few. */
const NAMES_SHOWN = 12;

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  lines: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalXS },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", rowGap: tokens.spacingVerticalS },
  detail: { color: tokens.colorNeutralForeground2 },
});

export interface SeatResultViewProps {
  summary: SeatSummary;
  lang: Lang;
  s: PaneStrings;
  onGoToCell: (sheet: string, cell: string) => void;
}

/** After Seat: what was written and how good the plan is, or why nothing was written. */
export function SeatResultView({ summary, lang, s, onGoToCell }: SeatResultViewProps) {
  const styles = useStyles();
  const t = seatPaneStrings(lang);
  const { tables } = summary;
  return (
    <section aria-labelledby="huiwu-seating" className={styles.root} data-testid="seat-result">
      <h2 id="huiwu-seating" className={styles.subheading}>
        {t.seatHeading}
      </h2>
      {summary.status === "cancelled" && (
        // Named by its text: without a MessageBarTitle, Fluent's aria-labelledby would point at nothing.
        <MessageBar intent="info" layout="multiline" aria-labelledby="huiwu-seat-cancelled">
          <MessageBarBody id="huiwu-seat-cancelled">{t.seatCancelled}</MessageBarBody>
        </MessageBar>
      )}
      {summary.status === "infeasible" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.infeasibleTitle}</MessageBarTitle>
            <ul className={styles.reasons}>
              {summary.reasons.map((r, i) => (
                <li key={i}>
                  {r.message[lang]}
                  {r.people.length > 0 && (
                    <div className={styles.detail}>
                      {t.peopleConcerned([], 0)}
                      {r.people.slice(0, NAMES_SHOWN).map((name, k) => {
                        const at = r.cells[k];
                        return (
                          <span key={k}>
                            {k > 0 && (lang === "zh" ? "、" : ", ")}
                            {at ? (
                              <Link as="button" onClick={() => onGoToCell(at.sheet, at.cell)}>
                                {name}
                              </Link>
                            ) : (
                              name
                            )}
                          </span>
                        );
                      })}
                      {r.people.length > NAMES_SHOWN && t.morePeople(r.people.length - NAMES_SHOWN)}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {summary.status === "ok" && (
        <ul className={styles.lines}>
          {summary.sheetsWritten.length > 0 && (
            <li>
              <SheetsWritten sheets={summary.sheetsWritten} s={s} onOpen={(sheet) => onGoToCell(sheet, "A1")} />
            </li>
          )}
          {summary.rostrum.people > 0 && <li>{t.rostrum(summary.rostrum.people, summary.rostrum.rows)}</li>}
          {tables && (
            <>
              <li>{t.tablesUsed(tables.guests, tables.used, tables.seats)}</li>
              <li>{t.split(tables.groupBy, tables.mode, tables.split, tables.final.grouping)}</li>
              <li>{t.broken(tables.broken)}</li>
              <li className={styles.detail}>{t.alone(tables.final.alone)}</li>
            </>
          )}
        </ul>
      )}
      <NotesAndProblems
        notes={summary.warnings}
        notesHeading={t.notesHeading}
        problems={summary.problems}
        lang={lang}
        s={s}
        onGoToCell={onGoToCell}
      />
    </section>
  );
}
