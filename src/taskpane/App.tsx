import { useCallback, useState } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookSummary } from "../app/summary";
import type { Lang } from "../core/i18n";
import { AttendeeCount } from "./components/AttendeeCount";
import { InputSheetList } from "./components/InputSheetList";
import { ProblemList } from "./components/ProblemList";
import { errorMessage } from "./errorMessage";
import { paneStrings } from "./strings";

export interface AppProps {
  lang: Lang;
  /** Reads and parses the workbook; writes nothing. */
  loadSummary: () => Promise<WorkbookSummary>;
  /** Runs every check and writes the 检查结果 / Issues sheet. */
  runCheck: () => Promise<WorkbookSummary>;
  goToCell: (sheet: string, cell: string) => Promise<void>;
}

type View =
  { phase: "idle" } | { phase: "loading"; action: "read" | "check" } | { phase: "loaded"; summary: WorkbookSummary; checked: boolean };

const useStyles = makeStyles({
  root: {
    display: "grid",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  subheading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, justifySelf: "start" },
  spinner: { justifySelf: "start" },
});

/** The pane: plain data and callbacks in, no Office objects. */
export function App({ lang, loadSummary, runCheck, goToCell }: AppProps) {
  const s = paneStrings(lang);
  const styles = useStyles();
  const [view, setView] = useState<View>({ phase: "idle" });
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    async (action: "read" | "check") => {
      setError(null);
      setView({ phase: "loading", action });
      try {
        const summary = await (action === "check" ? runCheck() : loadSummary());
        setView({ phase: "loaded", summary, checked: action === "check" });
      } catch (e) {
        setView({ phase: "idle" });
        setError(errorMessage(e, lang, s.unknownError));
      }
    },
    [loadSummary, runCheck, lang, s],
  );

  const onGoToCell = useCallback(
    (sheet: string, cell: string) => {
      setError(null);
      goToCell(sheet, cell).catch((e: unknown) => setError(errorMessage(e, lang, s.unknownError)));
    },
    [goToCell, lang, s],
  );

  const loading = view.phase === "loading";
  return (
    <main className={styles.root} lang={lang === "zh" ? "zh-CN" : "en"}>
      <header>
        <h1 className={styles.heading}>{s.title}</h1>
        <p className={styles.intro}>{s.intro}</p>
      </header>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={loading} onClick={() => load("check")}>
          {s.check}
        </Button>
        <Button disabled={loading} onClick={() => load("read")}>
          {s.readWorkbook}
        </Button>
      </div>
      {view.phase === "loading" && (
        <Spinner className={styles.spinner} size="small" labelPosition="after" label={view.action === "check" ? s.checking : s.reading} />
      )}
      {error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {view.phase === "loaded" && (
        <>
          <section aria-labelledby="huiwu-inputs">
            <h2 id="huiwu-inputs" className={styles.subheading}>
              {s.inputsHeading}
            </h2>
            <InputSheetList inputs={view.summary.inputs} lang={lang} s={s} />
          </section>
          <section aria-labelledby="huiwu-attendees">
            <h2 id="huiwu-attendees" className={styles.subheading}>
              {s.attendeesHeading}
            </h2>
            <AttendeeCount attendees={view.summary.attendees} s={s} />
          </section>
          <section aria-labelledby="huiwu-problems">
            <h2 id="huiwu-problems" className={styles.subheading}>
              {s.problemsHeading(view.summary.findings.length)}
            </h2>
            {view.checked && <p className={styles.intro}>{s.checkedNote}</p>}
            <ProblemList findings={view.summary.findings} lang={lang} s={s} onGoToCell={onGoToCell} />
          </section>
        </>
      )}
    </main>
  );
}
