import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { DocumentKind } from "../../app/documents";
import type { DocumentsSummary } from "../../app/documentsSummary";
import { quoteSheet } from "../../core/cellAddress";
import type { Lang } from "../../core/i18n";
import { documentsPaneStrings } from "../documentsStrings";
import type { PaneStrings } from "../strings";
import { ProblemList } from "./ProblemList";
import { SheetsWritten } from "./SheetsWritten";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  lines: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
  item: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  text: { minWidth: 0, overflowWrap: "anywhere" },
  ref: { marginRight: tokens.spacingHorizontalS },
  detail: { display: "block", color: tokens.colorNeutralForeground2 },
});

export interface DocumentsResultViewProps {
  summary: DocumentsSummary;
  lang: Lang;
  s: PaneStrings;
  onGoToCell: (sheet: string, cell: string) => void;
  /** The documents that were written (absent: all): the counts of the others are not shown. */
  kinds?: readonly DocumentKind[];
}

/** After Documents: the sheets written, their counts, the tasks added, the notice's gaps at their Event rows, and the findings. */
export function DocumentsResultView({ summary, lang, s, onGoToCell, kinds }: DocumentsResultViewProps) {
  const styles = useStyles();
  const t = documentsPaneStrings(lang);
  const { tasks, placeholders, findings } = summary;
  const wrote = (k: DocumentKind) => !kinds || kinds.includes(k);
  return (
    <section aria-labelledby="huiwu-documents" className={styles.root} data-testid="documents-result">
      <h2 id="huiwu-documents" className={styles.subheading}>
        {t.heading}
      </h2>
      <ul className={styles.lines}>
        <li>
          {summary.sheetsWritten.length > 0 ? (
            <SheetsWritten sheets={summary.sheetsWritten} s={s} onOpen={(sheet) => onGoToCell(sheet, "A1")} />
          ) : (
            t.nothingWritten
          )}
        </li>
        {wrote("checklist") && <li>{t.checklist(summary.checklistRows)}</li>}
        {wrote("signIn") && <li>{t.signIn(summary.signIn)}</li>}
        {wrote("badges") && <li>{t.badges(summary.badges)}</li>}
      </ul>
      <h3 className={styles.subheading}>{t.tasksHeading}</h3>
      <ul className={styles.lines} data-testid="documents-tasks">
        {tasks.sheet !== undefined && <li>{t.tasksAdded(tasks.added, tasks.sheet)}</li>}
        {tasks.moved > 0 && <li>{t.tasksMoved(tasks.moved)}</li>}
        {tasks.present > 0 && <li>{t.tasksPresent(tasks.present)}</li>}
        {wrote("minutes") && <li>{summary.actionItems > 0 ? t.actionItems(summary.actionItems) : t.noActionItems}</li>}
      </ul>
      {placeholders.length > 0 && (
        <>
          <h3 className={styles.subheading}>{t.placeholdersHeading(placeholders.length)}</h3>
          <ul className={styles.list} data-testid="documents-placeholders">
            {placeholders.map((p) => {
              const ref = `${quoteSheet(p.sheet)}!${p.cell}`;
              return (
                <li key={p.key} className={styles.item}>
                  <SeverityIcon severity="warning" label={s.severity.warning} />
                  <span className={styles.text}>
                    <Link as="button" className={styles.ref} aria-label={s.goToCell(ref)} onClick={() => onGoToCell(p.sheet, p.cell)}>
                      {ref}
                    </Link>
                    {t.placeholder(p.element)}
                    {p.fix && <span className={styles.detail}>{p.fix}</span>}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {findings.length > 0 && (
        <>
          <h3 className={styles.subheading}>{s.problemsHeading(findings.length)}</h3>
          <ProblemList findings={findings} lang={lang} s={s} onGoToCell={onGoToCell} />
        </>
      )}
    </section>
  );
}
