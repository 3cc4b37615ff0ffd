import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { quoteSheet } from "../../core/cellAddress";
import type { Finding } from "../../core/finding";
import type { Lang } from "../../core/i18n";
import type { PaneStrings } from "../strings";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  item: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  text: { minWidth: 0, overflowWrap: "anywhere" },
  ref: { marginRight: tokens.spacingHorizontalS },
});

/** One finding: its severity, a link to its cell, and the message in the pane's language. */
export function FindingItem({
  finding: f,
  lang,
  s,
  onGoToCell,
}: {
  finding: Finding;
  lang: Lang;
  s: PaneStrings;
  onGoToCell: (sheet: string, cell: string) => void;
}) {
  const styles = useStyles();
  const ref = `${quoteSheet(f.sheet)}!${f.cell}`;
  return (
    <li className={styles.item}>
      <SeverityIcon severity={f.severity} label={s.severity[f.severity]} />
      <span className={styles.text}>
        <Link as="button" className={styles.ref} aria-label={s.goToCell(ref)} onClick={() => onGoToCell(f.sheet, f.cell)}>
          {ref}
        </Link>
        {f.message[lang]}
      </span>
    </li>
  );
}
