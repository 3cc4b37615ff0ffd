import { useMemo, useState } from "react";
import { Button, Dropdown, Option, SearchBox, Switch, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/finding";
import type { Lang } from "../../core/i18n";
import { FindingItem } from "../components/FindingItem";
import { FIRST_PAGE } from "../components/ProblemList";
import { InputSheetList } from "../components/InputSheetList";
import { AttendeeCount } from "../components/AttendeeCount";
import type { Review } from "../paneCommands";
import type { PaneStrings } from "../strings";
import { familyOf, groupFindings, matchesFilter, type FindingFilter } from "./findingGroups";

export { FIRST_PAGE };

const SEVERITIES: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  filters: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: 0, width: "100%" },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  subheading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400 },
  group: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface CheckViewProps {
  /** Absent when the workbook could not be read. */
  review?: Review;
  lang: Lang;
  s: PaneStrings;
  busy: boolean;
  live: boolean;
  /** The host can tell the pane about edits (live re-check is possible). */
  canWatch: boolean;
  onLiveChange: (on: boolean) => void;
  onCheck: () => void;
  onGoToCell: (sheet: string, cell: string) => void;
}

/** Every finding: counted by severity, filtered, searched, grouped by rule, each linked to its cell. */
export function CheckView({ review, lang, s, busy, live, canWatch, onLiveChange, onCheck, onGoToCell }: CheckViewProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<FindingFilter>({ severities: new Set(), family: "", sheet: "", text: "" });
  const [showAll, setShowAll] = useState(false);
  const findings = useMemo<readonly Finding[]>(() => review?.summary.findings ?? [], [review]);
  const bySeverity = useMemo(() => {
    const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of findings) n[f.severity]++;
    return n;
  }, [findings]);
  const families = useMemo(() => [...new Set(findings.map(familyOf))], [findings]);
  const sheets = useMemo(() => [...new Set(findings.map((f) => f.sheet))], [findings]);
  const shown = useMemo(() => findings.filter((f) => matchesFilter(f, filter, lang)), [findings, filter, lang]);
  const groups = useMemo(
    () => groupFindings(shown.slice(0, showAll ? shown.length : FIRST_PAGE), review?.rules ?? [], lang, s),
    [shown, showAll, review, lang, s],
  );
  const toggle = (sev: Severity) =>
    setFilter((f) => {
      const next = new Set(f.severities);
      if (next.has(sev)) next.delete(sev);
      else next.add(sev);
      return { ...f, severities: next };
    });

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={onCheck}>
          {review?.written ? s.recheck : s.check}
        </Button>
        {canWatch && <Switch checked={live} onChange={(_, d) => onLiveChange(d.checked)} label={s.liveRecheck} />}
      </div>
      {canWatch && live && <span className={styles.hint}>{s.liveRecheckHint}</span>}
      {review && <p className={styles.note}>{review.written ? s.checkedNote : s.notWrittenNote}</p>}
      {review && (
        <section aria-labelledby="huiwu-problems">
          <h2 id="huiwu-problems" className={styles.subheading}>
            {s.problemsHeading(findings.length)}
          </h2>
          {findings.length === 0 ? (
            <p>{s.noProblems}</p>
          ) : (
            <div className={styles.root}>
              <div className={styles.row} role="group" aria-label={s.problemsHeading(findings.length)}>
                {SEVERITIES.filter((sev) => bySeverity[sev] > 0).map((sev) => (
                  <ToggleButton key={sev} size="small" checked={filter.severities.has(sev)} onClick={() => toggle(sev)}>
                    {s.severityCount(sev, bySeverity[sev])}
                  </ToggleButton>
                ))}
              </div>
              <div className={styles.filters}>
                <Dropdown
                  className={styles.dropdown}
                  size="small"
                  aria-label={s.filterFamily}
                  value={filter.family ? s.family[filter.family] : s.allFamilies}
                  selectedOptions={[filter.family]}
                  onOptionSelect={(_, d) => setFilter((f) => ({ ...f, family: (d.optionValue ?? "") as FindingFilter["family"] }))}
                >
                  <Option value="">{s.allFamilies}</Option>
                  {families.map((fam) => (
                    <Option key={fam} value={fam}>
                      {s.family[fam]}
                    </Option>
                  ))}
                </Dropdown>
                <Dropdown
                  className={styles.dropdown}
                  size="small"
                  aria-label={s.filterSheet}
                  value={filter.sheet || s.allSheets}
                  selectedOptions={[filter.sheet]}
                  onOptionSelect={(_, d) => setFilter((f) => ({ ...f, sheet: d.optionValue ?? "" }))}
                >
                  <Option value="">{s.allSheets}</Option>
                  {sheets.map((sh) => (
                    <Option key={sh} value={sh}>
                      {sh}
                    </Option>
                  ))}
                </Dropdown>
              </div>
              <SearchBox
                size="small"
                aria-label={s.search}
                placeholder={s.search}
                value={filter.text}
                onChange={(_, d) => setFilter((f) => ({ ...f, text: d.value }))}
              />
              <span className={styles.hint} aria-live="polite">
                {s.shownOf(shown.length, findings.length)}
              </span>
              {shown.length === 0 && <p>{s.noMatch}</p>}
              {groups.map((g) => (
                <section key={g.key} aria-label={`${g.title} (${g.findings.length})`}>
                  <h3 className={styles.group}>{`${g.title} (${g.findings.length})`}</h3>
                  <ul className={styles.list}>
                    {g.findings.map((f, i) => (
                      <FindingItem key={`${f.id}|${f.sheet}|${f.cell}|${i}`} finding={f} lang={lang} s={s} onGoToCell={onGoToCell} />
                    ))}
                  </ul>
                </section>
              ))}
              {!showAll && shown.length > FIRST_PAGE && (
                <p>
                  {s.showingFirst(FIRST_PAGE, shown.length)}{" "}
                  <Button size="small" onClick={() => setShowAll(true)}>
                    {s.showAll}
                  </Button>
                </p>
              )}
            </div>
          )}
        </section>
      )}
      {review && (
        <section aria-labelledby="huiwu-inputs">
          <h2 id="huiwu-inputs" className={styles.subheading}>
            {s.inputsHeading}
          </h2>
          <InputSheetList inputs={review.summary.inputs} understood={review.summary.understood} lang={lang} s={s} />
          <AttendeeCount attendees={review.summary.attendees} s={s} />
        </section>
      )}
    </div>
  );
}
