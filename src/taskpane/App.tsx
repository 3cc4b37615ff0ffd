import { lazy, Suspense, useCallback, useRef, useState } from "react";
import { Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { DocumentsSummary } from "../app/documentsSummary";
import type { RoomsSummary } from "../app/roomsSummary";
import type { SeatSummary } from "../app/seatSummary";
import type { WorkbookSummary } from "../app/summary";
import type { Lang } from "../core/i18n";
import { CheckResults } from "./components/CheckResults";
import { errorMessage } from "./errorMessage";
import { paneStrings } from "./strings";

export interface AppProps {
  lang: Lang;
  /** Reads and parses the workbook; writes nothing. */
  loadSummary: () => Promise<WorkbookSummary>;
  /** Runs every check and writes the 检查结果 / Issues sheet. */
  runCheck: () => Promise<WorkbookSummary>;
  /**
   * Plans the rostrum and the banquet tables and writes the three seating sheets, reporting the
   * table search's progress; writes nothing when shouldCancel turns true before the plan is done.
   */
  runSeat: (onProgress: (done: number, total: number) => void, shouldCancel: () => boolean) => Promise<SeatSummary>;
  /** Allocates hotel rooms and writes the 住宿分配 / Room Allocation sheet. */
  runRooms: () => Promise<RoomsSummary>;
  /**
   * Writes the checklist, minutes, notice and reply form, sign-in sheet and badges, and adds the minutes' action
   * items (and, when checklistToTasks, the checklist's steps) to the Tasks sheet.
   */
  runDocuments: (checklistToTasks: boolean) => Promise<DocumentsSummary>;
  goToCell: (sheet: string, cell: string) => Promise<void>;
}

/** The Seat and Rooms views and their texts load with the first of those commands, keeping the pane's first load small. */
function loadSeatViews() {
  return import(/* webpackChunkName: "seat-views" */ "./components/seatViews");
}
const SeatProgress = lazy(() => loadSeatViews().then((m) => ({ default: m.SeatProgress })));
const SeatResultView = lazy(() => loadSeatViews().then((m) => ({ default: m.SeatResultView })));
const RoomsResultView = lazy(() => loadSeatViews().then((m) => ({ default: m.RoomsResultView })));

/** The Documents view and its texts load with that command. */
function loadDocumentsView() {
  return import(/* webpackChunkName: "documents-view" */ "./components/DocumentsResultView");
}
const DocumentsResultView = lazy(() => loadDocumentsView().then((m) => ({ default: m.DocumentsResultView })));

type View =
  | { phase: "idle" }
  | { phase: "loading"; action: "read" | "check" | "rooms" | "documents" }
  | { phase: "loaded"; summary: WorkbookSummary; checked: boolean }
  | { phase: "seating"; done: number; total: number; cancelling: boolean }
  | { phase: "seated"; summary: SeatSummary }
  | { phase: "housed"; summary: RoomsSummary }
  | { phase: "documented"; summary: DocumentsSummary };

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
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "grid", rowGap: tokens.spacingVerticalS, justifySelf: "start" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  spinner: { justifySelf: "start" },
});

/** The pane: plain data and callbacks in, no Office objects. One command runs at a time; its outcome is shown. */
export function App({ lang, loadSummary, runCheck, runSeat, runRooms, runDocuments, goToCell }: AppProps) {
  const s = paneStrings(lang);
  const styles = useStyles();
  const [view, setView] = useState<View>({ phase: "idle" });
  const [error, setError] = useState<{ title: string; text: string } | null>(null);
  const cancelRequested = useRef(false);
  const [checklistToTasks, setChecklistToTasks] = useState(false);

  const fail = useCallback(
    (title: string, e: unknown) => {
      setView({ phase: "idle" });
      setError({ title, text: errorMessage(e, lang, s.unknownError) });
    },
    [lang, s],
  );

  const load = useCallback(
    async (action: "read" | "check") => {
      setError(null);
      setView({ phase: "loading", action });
      try {
        const summary = await (action === "check" ? runCheck() : loadSummary());
        setView({ phase: "loaded", summary, checked: action === "check" });
      } catch (e) {
        fail(s.errorTitle, e);
      }
    },
    [loadSummary, runCheck, fail, s],
  );

  const seat = useCallback(async () => {
    setError(null);
    cancelRequested.current = false;
    void loadSeatViews();
    setView({ phase: "seating", done: 0, total: 0, cancelling: false });
    const onProgress = (done: number, total: number) => setView((v) => (v.phase === "seating" ? { ...v, done, total } : v));
    try {
      const summary = await runSeat(onProgress, () => cancelRequested.current);
      setView({ phase: "seated", summary });
    } catch (e) {
      fail(s.commandFailedTitle, e);
    }
  }, [runSeat, fail, s]);

  const cancelSeat = useCallback(() => {
    cancelRequested.current = true;
    setView((v) => (v.phase === "seating" ? { ...v, cancelling: true } : v));
  }, []);

  const rooms = useCallback(async () => {
    setError(null);
    setView({ phase: "loading", action: "rooms" });
    void loadSeatViews();
    try {
      setView({ phase: "housed", summary: await runRooms() });
    } catch (e) {
      fail(s.commandFailedTitle, e);
    }
  }, [runRooms, fail, s]);

  const documents = useCallback(async () => {
    setError(null);
    setView({ phase: "loading", action: "documents" });
    void loadDocumentsView();
    try {
      setView({ phase: "documented", summary: await runDocuments(checklistToTasks) });
    } catch (e) {
      fail(s.commandFailedTitle, e);
    }
  }, [runDocuments, checklistToTasks, fail, s]);

  const onGoToCell = useCallback(
    (sheet: string, cell: string) => {
      setError(null);
      goToCell(sheet, cell).catch((e: unknown) => setError({ title: s.errorTitle, text: errorMessage(e, lang, s.unknownError) }));
    },
    [goToCell, lang, s],
  );

  const busy = view.phase === "loading" || view.phase === "seating";
  const spinnerLabel =
    view.phase === "loading" ? { read: s.reading, check: s.checking, rooms: s.housing, documents: s.documentsRunning }[view.action] : "";
  return (
    <main className={styles.root} lang={lang === "zh" ? "zh-CN" : "en"}>
      <header>
        <h1 className={styles.heading}>{s.title}</h1>
        <p className={styles.intro}>{s.intro}</p>
      </header>
      <div className={styles.actions}>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => load("check")}>
            {s.check}
          </Button>
          <Button disabled={busy} onClick={() => load("read")}>
            {s.readWorkbook}
          </Button>
        </div>
        <div className={styles.row}>
          <Button disabled={busy} onClick={seat}>
            {s.seat}
          </Button>
          <Button disabled={busy} onClick={rooms}>
            {s.rooms}
          </Button>
        </div>
        <div className={styles.row}>
          <Button disabled={busy} onClick={documents}>
            {s.documents}
          </Button>
        </div>
        <Checkbox
          disabled={busy}
          checked={checklistToTasks}
          onChange={(_, data) => setChecklistToTasks(data.checked === true)}
          label={s.checklistToTasks}
        />
      </div>
      {view.phase === "loading" && <Spinner className={styles.spinner} size="small" labelPosition="after" label={spinnerLabel} />}
      <Suspense fallback={<Spinner className={styles.spinner} size="small" labelPosition="after" label={s.reading} />}>
        {view.phase === "seating" && (
          <SeatProgress done={view.done} total={view.total} cancelling={view.cancelling} lang={lang} onCancel={cancelSeat} />
        )}
        {view.phase === "seated" && <SeatResultView summary={view.summary} lang={lang} s={s} onGoToCell={onGoToCell} />}
        {view.phase === "housed" && <RoomsResultView summary={view.summary} lang={lang} s={s} onGoToCell={onGoToCell} />}
        {view.phase === "documented" && <DocumentsResultView summary={view.summary} lang={lang} s={s} onGoToCell={onGoToCell} />}
      </Suspense>
      {error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{error.title}</MessageBarTitle>
            {error.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {view.phase === "loaded" && <CheckResults summary={view.summary} checked={view.checked} lang={lang} s={s} onGoToCell={onGoToCell} />}
    </main>
  );
}
