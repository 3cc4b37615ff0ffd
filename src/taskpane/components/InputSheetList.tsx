import { makeStyles, tokens } from "@fluentui/react-components";
import type { InputSheetStatus } from "../../app/summary";
import type { Lang } from "../../core/i18n";
import type { PaneStrings } from "../strings";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
  title: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2 },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

/** Which input sheets were found, how, and what they lack. */
export function InputSheetList({ inputs, lang, s }: { inputs: InputSheetStatus[]; lang: Lang; s: PaneStrings }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {inputs.map((input) => (
        <li key={input.key} data-testid={`input-${input.key}`}>
          <div className={styles.title}>{input.title[lang]}</div>
          {input.sheet === null ? (
            <div className={styles.missing}>{s.notFound}</div>
          ) : (
            <div className={styles.detail}>
              {input.foundBy === "headers" ? s.foundByHeaders(input.sheet) : s.foundByName(input.sheet)} · {s.rows(input.rows)}
            </div>
          )}
          {input.missingColumns.length > 0 && (
            <div className={styles.missing}>{s.missingColumns(input.missingColumns.map((c) => c[lang]))}</div>
          )}
        </li>
      ))}
    </ul>
  );
}
