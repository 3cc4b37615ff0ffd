import { makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookSummary } from "../../app/summary";
import type { Lang } from "../../core/i18n";
import type { PaneStrings } from "../strings";
import { AttendeeCount } from "./AttendeeCount";
import { InputSheetList } from "./InputSheetList";
import { ProblemList } from "./ProblemList";

const useStyles = makeStyles({
  subheading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400 },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface CheckResultsProps {
  summary: WorkbookSummary;
  /** The findings came from Check (and are on the Issues sheet), not only from reading. */
  checked: boolean;
  lang: Lang;
  s: PaneStrings;
  onGoToCell: (sheet: string, cell: string) => void;
}

/** After Read or Check: the input sheets found, the attendee count and the problems. */
export function CheckResults({ summary, checked, lang, s, onGoToCell }: CheckResultsProps) {
  const styles = useStyles();
  return (
    <>
      <section aria-labelledby="huiwu-inputs">
        <h2 id="huiwu-inputs" className={styles.subheading}>
          {s.inputsHeading}
        </h2>
        <InputSheetList inputs={summary.inputs} understood={summary.understood} lang={lang} s={s} />
      </section>
      <section aria-labelledby="huiwu-attendees">
        <h2 id="huiwu-attendees" className={styles.subheading}>
          {s.attendeesHeading}
        </h2>
        <AttendeeCount attendees={summary.attendees} s={s} />
      </section>
      <section aria-labelledby="huiwu-problems">
        <h2 id="huiwu-problems" className={styles.subheading}>
          {s.problemsHeading(summary.findings.length)}
        </h2>
        {checked && <p className={styles.note}>{s.checkedNote}</p>}
        <ProblemList findings={summary.findings} lang={lang} s={s} onGoToCell={onGoToCell} />
      </section>
    </>
  );
}
