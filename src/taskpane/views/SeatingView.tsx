import { useEffect, useMemo, useRef, useState } from "react";
import { Button, Field, Radio, RadioGroup, SpinButton, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { SeatSummary } from "../../app/seatSummary";
import { SeatProgress } from "../components/SeatProgress";
import { SeatResultView } from "../components/SeatResultView";
import { errorMessage } from "../errorMessage";
import type { SeatChoices, SeatingDraft } from "../paneCommands";
import { seatPaneStrings } from "../seatStrings";
import { ChoicePicker } from "./ChoicePicker";
import { RostrumPreview } from "./RostrumPreview";
import type { ScreenProps } from "./screenProps";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS, alignItems: "start" },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  dropdown: { minWidth: 0, width: "100%" },
  action: { justifySelf: "start" },
});

export type SeatingViewProps = ScreenProps;

type Run =
  { phase: "idle" } | { phase: "running"; done: number; total: number; cancelling: boolean } | { phase: "done"; summary: SeatSummary };

/** Pick the protocol and table options, see the rostrum as the audience will, then write the seating. */
export function SeatingView({ commands, lang, s, write, onGoToCell }: SeatingViewProps) {
  const styles = useStyles();
  const t = seatPaneStrings(lang);
  const [draft, setDraft] = useState<SeatingDraft | { failed: string } | null>(null);
  const [choices, setChoices] = useState<SeatChoices | null>(null);
  const [run, setRun] = useState<Run>({ phase: "idle" });
  const cancel = useRef(false);

  useEffect(() => {
    let live = true;
    commands.prepareSeating().then(
      (d) => {
        if (!live) return;
        setDraft(d);
        setChoices(d.choices);
      },
      (e: unknown) => live && setDraft({ failed: errorMessage(e, lang, s.unknownError) }),
    );
    return () => {
      live = false;
    };
  }, [commands, lang, s]);

  const ready = draft && !("failed" in draft) ? draft : null;
  const rows = useMemo(() => (ready && choices ? ready.preview(choices) : []), [ready, choices]);
  if (draft && "failed" in draft) return <p role="alert">{draft.failed}</p>;
  if (!ready || !choices) return <Spinner size="small" labelPosition="after" label={s.reading} style={{ justifySelf: "start" }} />;

  const set = <K extends keyof SeatChoices>(key: K, value: SeatChoices[K]) => setChoices((c) => (c ? { ...c, [key]: value } : c));
  const changed = Object.fromEntries(
    (Object.keys(choices) as (keyof SeatChoices)[]).filter((k) => choices[k] !== ready.choices[k]).map((k) => [k, choices[k]]),
  ) as Partial<SeatChoices>;
  const running = run.phase === "running";

  const seat = async () => {
    cancel.current = false;
    setRun({ phase: "running", done: 0, total: 0, cancelling: false });
    const summary = await write(() =>
      commands.seat(
        changed,
        (done, total) => setRun((r) => (r.phase === "running" ? { ...r, done, total } : r)),
        () => cancel.current,
      ),
    );
    setRun(summary ? { phase: "done", summary } : { phase: "idle" });
    // A plan written saved its choices on the Event sheet (when it has one): what later changes are measured against.
    if (summary?.status === "ok") commands.prepareSeating().then(setDraft, () => undefined);
  };

  return (
    <div className={styles.root}>
      <Field label={t.convention}>
        <RadioGroup
          layout="horizontal"
          value={choices.convention}
          onChange={(_, d) => set("convention", d.value as SeatChoices["convention"])}
          disabled={running}
        >
          <Radio value="chinese" label={t.conventions.chinese} />
          <Radio value="international" label={t.conventions.international} />
        </RadioGroup>
      </Field>
      <div className={styles.pair}>
        <ChoicePicker
          label={t.variant}
          hint={t.variantHint}
          className={styles.dropdown}
          value={choices.variant}
          options={["A", "B", "C"] as const}
          labelOf={(v) => v}
          disabled={running}
          onChange={(v) => set("variant", v)}
        />
        <ChoicePicker
          label={t.chairPosition}
          className={styles.dropdown}
          value={choices.chairPosition}
          options={["byRank", "leftEnd", "rightEnd"] as const}
          labelOf={(v) => t.chairPositions[v]}
          disabled={running}
          onChange={(v) => set("chairPosition", v)}
        />
      </div>
      <section aria-labelledby="huiwu-preview" className={styles.root}>
        <h2 id="huiwu-preview" className={styles.subheading}>
          {t.previewHeading}
        </h2>
        <RostrumPreview rows={rows} t={t} />
      </section>
      <div className={styles.pair}>
        <Field label={t.seatsPerTable}>
          <SpinButton
            value={choices.seatsPerTable}
            min={2}
            max={40}
            disabled={running}
            onChange={(_, d) => {
              const v = d.value ?? Number(d.displayValue);
              if (Number.isInteger(v) && v >= 2 && v <= 40) set("seatsPerTable", v);
            }}
          />
        </Field>
        <ChoicePicker
          label={t.groupBy}
          className={styles.dropdown}
          value={choices.groupBy}
          options={["organisation", "group"] as const}
          labelOf={(v) => t.groupBys[v]}
          disabled={running}
          onChange={(v) => set("groupBy", v)}
        />
      </div>
      <Field label={t.mode}>
        <RadioGroup
          layout="horizontal"
          value={choices.mode}
          onChange={(_, d) => set("mode", d.value as SeatChoices["mode"])}
          disabled={running}
        >
          <Radio value="together" label={t.modes.together} />
          <Radio value="mix" label={t.modes.mix} />
        </RadioGroup>
      </Field>
      <p className={styles.hint}>{t.choicesKept}</p>
      <Button className={styles.action} appearance="primary" disabled={running} onClick={seat}>
        {t.writeSeating}
      </Button>
      {run.phase === "running" && (
        <SeatProgress
          done={run.done}
          total={run.total}
          cancelling={run.cancelling}
          lang={lang}
          onCancel={() => {
            cancel.current = true;
            setRun((r) => (r.phase === "running" ? { ...r, cancelling: true } : r));
          }}
        />
      )}
      {run.phase === "done" && <SeatResultView summary={run.summary} lang={lang} s={s} onGoToCell={onGoToCell} />}
    </div>
  );
}
