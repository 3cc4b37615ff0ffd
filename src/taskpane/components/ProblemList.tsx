import { useState } from "react";
import { Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import { quoteSheet } from "../../core/cellAddress";
import type { Finding } from "../../core/finding";
import type { Lang } from "../../core/i18n";
import type { PaneStrings } from "../strings";
import { SeverityIcon } from "./SeverityIcon";

/** A messy workbook can have thousands of problems; render a first page until asked. */
export const FIRST_PAGE = 200;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
  item: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  text: { minWidth: 0, overflowWrap: "anywhere" },
  ref: { marginRight: tokens.spacingHorizontalS },
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
        {shown.map((f, i) => {
          const ref = `${quoteSheet(f.sheet)}!${f.cell}`;
          return (
            <li key={`${f.id}|${f.sheet}|${f.cell}|${i}`} className={styles.item}>
              <SeverityIcon severity={f.severity} label={s.severity[f.severity]} />
              <span className={styles.text}>
                <Link as="button" className={styles.ref} aria-label={s.goToCell(ref)} onClick={() => onGoToCell(f.sheet, f.cell)}>
                  {ref}
                </Link>
                {f.message[lang]}
              </span>
            </li>
          );
        })}
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
