import { makeStyles, tokens } from "@fluentui/react-components";
import type { InputSheetStatus } from "../../app/summary";
import { foundByText, mappingText, type SheetUnderstanding } from "../../core/report/understood";
import type { Lang } from "../../core/i18n";
import type { PaneStrings } from "../strings";

/** The first missing columns shown; the rest are counted. */
const MISSING_SHOWN = 8;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
  title: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2 },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

/** Which input sheets were found, how, which column became which field, and what they lack. */
export function InputSheetList({
  inputs,
  understood,
  lang,
  s,
}: {
  inputs: InputSheetStatus[];
  understood: SheetUnderstanding[];
  lang: Lang;
  s: PaneStrings;
}) {
  const styles = useStyles();
  const read = (key: string) => understood.find((u) => u.sheetKey === key);
  return (
    <ul className={styles.list}>
      {inputs.map((input) => (
        <li key={input.key} data-testid={`input-${input.key}`}>
          <div className={styles.title}>{input.title[lang]}</div>
          {input.sheet === null ? (
            <div className={styles.missing}>{s.notFound}</div>
          ) : (
            <div className={styles.detail}>
              {s.sheetFound(input.sheet, read(input.key) ? foundByText(read(input.key)!, lang) : "")} · {s.rows(input.rows)}
            </div>
          )}
          {input.sheet !== null && input.key !== "event" && read(input.key) && (
            <Mapping u={read(input.key)!} lang={lang} className={styles.detail} />
          )}
          {input.missingColumns.length > 0 && (
            // What a list lacks is no error: the checks that need it are skipped (and said so).
            <div className={styles.detail}>
              {s.missingColumns(
                input.missingColumns.slice(0, MISSING_SHOWN).map((c) => c[lang]),
                input.missingColumns.length,
              )}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

function Mapping({ u, lang, className }: { u: SheetUnderstanding; lang: Lang; className: string }) {
  const m = mappingText(u, lang);
  return (
    <>
      {m.read && <div className={className}>{m.read}</div>}
      {m.kept && <div className={className}>{m.kept}</div>}
    </>
  );
}
