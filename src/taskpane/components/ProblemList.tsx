import { useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/finding";
import type { Lang } from "../../core/i18n";
import type { PaneStrings } from "../strings";
import { FindingItem } from "./FindingItem";

/** A messy workbook can have thousands of problems; render a first page until asked. */
export const FIRST_PAGE = 200;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
});

export interface ProblemListProps {
  findings: readonly Finding[];
  lang: Lang;
  s: PaneStrings;
  onGoToCell: (sheet: string, cell: string) => void;
}

/** Each problem with its severity, a link to its cell and the message in the pane's language. */
export function ProblemList({ findings, lang, s, onGoToCell }: ProblemListProps) {
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  if (findings.length === 0) return <p>{s.noProblems}</p>;
  const shown = showAll ? findings : findings.slice(0, FIRST_PAGE);
  return (
    <>
      <ul className={styles.list}>
        {shown.map((f, i) => (
          <FindingItem key={`${f.id}|${f.sheet}|${f.cell}|${i}`} finding={f} lang={lang} s={s} onGoToCell={onGoToCell} />
        ))}
      </ul>
      {shown.length < findings.length && (
        <p>
          {s.showingFirst(shown.length, findings.length)}{" "}
          <Button size="small" onClick={() => setShowAll(true)}>
            {s.showAll}
          </Button>
        </p>
      )}
    </>
  );
}
