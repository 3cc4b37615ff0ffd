import { useState } from "react";
import { Button, Checkbox, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { DocumentsSummary } from "../../app/documentsSummary";
import { DocumentsResultView } from "../components/DocumentsResultView";
import { documentsPaneStrings } from "../documentsStrings";
import { DOCUMENT_KINDS, type DocumentKind } from "../../app/documentKinds";
import type { ScreenProps } from "./screenProps";

const KINDS = DOCUMENT_KINDS;

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  choices: { display: "grid", rowGap: 0, border: "none", margin: 0, padding: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The documents a 会务组 hands out: each on its own, or all together. */
export function DocumentsView({ commands, lang, s, write, onGoToCell }: ScreenProps) {
  const styles = useStyles();
  const t = documentsPaneStrings(lang);
  const [chosen, setChosen] = useState<ReadonlySet<DocumentKind>>(new Set(KINDS));
  const [checklistToTasks, setChecklistToTasks] = useState(false);
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<DocumentsSummary | undefined>();
  const [written, setWritten] = useState<readonly DocumentKind[] | undefined>();
  const run = async (only?: DocumentKind[]) => {
    setBusy(true);
    const r = await write(() => commands.documents({ only, checklistToTasks }));
    setBusy(false);
    if (r) {
      setSummary(r);
      setWritten(only);
    }
  };
  const toggle = (k: DocumentKind, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c);
      if (on) next.add(k);
      else next.delete(k);
      return next;
    });
  const picked = KINDS.filter((k) => chosen.has(k));
  return (
    <div className={styles.root}>
      <fieldset className={styles.choices}>
        <legend className={styles.legend}>{t.choose}</legend>
        {KINDS.map((k) => (
          <Checkbox key={k} checked={chosen.has(k)} disabled={busy} onChange={(_, d) => toggle(k, d.checked === true)} label={t.kinds[k]} />
        ))}
      </fieldset>
      <Checkbox
        disabled={busy || !chosen.has("checklist")}
        checked={checklistToTasks}
        onChange={(_, d) => setChecklistToTasks(d.checked === true)}
        label={s.checklistToTasks}
      />
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => run()}>
          {s.documents}
        </Button>
        <Button disabled={busy || picked.length === 0 || picked.length === KINDS.length} onClick={() => run(picked)}>
          {t.writeChosen(picked.length)}
        </Button>
      </div>
      {busy && <Spinner size="small" labelPosition="after" label={s.documentsRunning} style={{ justifySelf: "start" }} />}
      {summary && <DocumentsResultView summary={summary} kinds={written} lang={lang} s={s} onGoToCell={onGoToCell} />}
    </div>
  );
}
