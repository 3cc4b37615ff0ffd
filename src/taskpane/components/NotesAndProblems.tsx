import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/finding";
import type { Bilingual, Lang } from "../../core/i18n";
import type { PaneStrings } from "../strings";
import { ProblemList } from "./ProblemList";

const useStyles = makeStyles({
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", rowGap: tokens.spacingVerticalS },
});

export interface NotesAndProblemsProps {
  notes: readonly Bilingual[];
  notesHeading: string;
  problems: readonly Finding[];
  lang: Lang;
  s: PaneStrings;
  onGoToCell: (sheet: string, cell: string) => void;
}

/** The closing part of a command's result: its notes, then the problems it found, each linked to its cell. */
export function NotesAndProblems({ notes, notesHeading, problems, lang, s, onGoToCell }: NotesAndProblemsProps) {
  const styles = useStyles();
  return (
    <>
      {notes.length > 0 && (
        <>
          <h3 className={styles.subheading}>{notesHeading}</h3>
          <ul className={styles.notes}>
            {notes.map((n, i) => (
              <li key={i}>{n[lang]}</li>
            ))}
          </ul>
        </>
      )}
      {problems.length > 0 && (
        <>
          <h3 className={styles.subheading}>{s.problemsHeading(problems.length)}</h3>
          <ProblemList findings={problems} lang={lang} s={s} onGoToCell={onGoToCell} />
        </>
      )}
    </>
  );
}
