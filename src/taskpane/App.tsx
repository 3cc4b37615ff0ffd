import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorNote } from "./components/ErrorNote";
import type { Lang } from "../core/i18n";
import { OverviewView } from "./views/OverviewView";
import { errorMessage } from "./errorMessage";
import type { PaneCommands, Review } from "./paneCommands";
import type { PaneHost } from "./paneHost";
import { loadPrefs, savePref, type PanePrefs } from "./prefs";
import { paneStrings, type PaneTab } from "./strings";
import { useLiveRecheck } from "./useLiveRecheck";

export interface AppProps {
  host: Pick<PaneHost, "lang" | "watchEdits" | "prefs">;
  /** The commands, in the language the pane shows (a per-user choice may change it). */
  commandsFor: (lang: Lang) => PaneCommands;
}

/**
 * Every screen but the Overview loads when first opened (the Check screen's filters bring
 * Fluent's dropdown and search box), keeping the pane's first load small.
 */
const CheckView = lazy(() => import(/* webpackChunkName: "check-view" */ "./views/CheckView").then((m) => ({ default: m.CheckView })));
const SeatingView = lazy(() =>
  import(/* webpackChunkName: "seat-views" */ "./views/SeatingView").then((m) => ({ default: m.SeatingView })),
);
const RoomsView = lazy(() => import(/* webpackChunkName: "seat-views" */ "./views/RoomsView").then((m) => ({ default: m.RoomsView })));
const DocumentsView = lazy(() =>
  import(/* webpackChunkName: "documents-view" */ "./views/DocumentsView").then((m) => ({ default: m.DocumentsView })),
);
const SettingsView = lazy(() =>
  import(/* webpackChunkName: "settings-view" */ "./views/SettingsView").then((m) => ({ default: m.SettingsView })),
);

const TABS: PaneTab[] = ["overview", "check", "seating", "rooms", "documents", "settings"];

type ReviewState = { status: "loading" } | { status: "ready"; review: Review; refreshing: boolean } | { status: "failed"; text: string };

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateRows: "auto auto 1fr",
    minWidth: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  tabs: {
    // One row of six: the tabs share the width (they fit 320 px at the smaller text below).
    display: "grid",
    gridTemplateColumns: "repeat(6, auto)",
    justifyContent: "space-between",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Six tabs fit one row at 320 px in either language: a narrower padding and a smaller text than Fluent's small tab.
  tab: {
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    "& .fui-Tab__content": { fontSize: tokens.fontSizeBase200 },
  },
  body: { display: "grid", alignContent: "start", rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL, minWidth: 0 },
  spinner: { justifySelf: "start" },
});

/**
 * The pane: a tab per screen over plain data and callbacks, no Office objects. The workbook is
 * read (not written) when the pane opens; every screen then works from that read, and each
 * command says what it changed.
 */
export function App({ host, commandsFor }: AppProps) {
  const [prefs, setPrefs] = useState<PanePrefs>(() => loadPrefs(host.prefs));
  const lang: Lang = prefs.lang ?? host.lang;
  const s = paneStrings(lang);
  const styles = useStyles();
  const commands = useMemo(() => commandsFor(lang), [commandsFor, lang]);
  const [tab, setTab] = useState<PaneTab>("overview");
  const [state, setState] = useState<ReviewState>({ status: "loading" });
  const [error, setError] = useState<{ title: string; text: string } | null>(null);
  const generation = useRef(0);

  const setPref = useCallback(
    <K extends keyof PanePrefs>(key: K, value: PanePrefs[K]) => {
      savePref(host.prefs, key, value);
      setPrefs((p) => ({ ...p, [key]: value }));
    },
    [host.prefs],
  );

  /** Reads again (or checks and writes); a later read wins over an earlier one still under way. */
  const refresh = useCallback(
    async (how: "read" | "quiet" | "check") => {
      const mine = ++generation.current;
      if (how === "read") setState({ status: "loading" });
      else setState((st) => (st.status === "ready" ? { ...st, refreshing: true } : st));
      try {
        const review = await (how === "check" ? commands.check() : commands.review());
        if (mine === generation.current) setState({ status: "ready", review, refreshing: false });
        return review;
      } catch (e) {
        if (mine !== generation.current) return undefined;
        const text = errorMessage(e, lang, s.unknownError);
        // A quiet re-check or a Check never takes the screen away: the last findings stay, the error shows above them.
        if (how !== "read") {
          setState((st) => (st.status === "ready" ? { ...st, refreshing: false } : { status: "failed", text }));
          setError({ title: how === "check" ? s.commandFailedTitle : s.errorTitle, text });
        } else setState({ status: "failed", text });
        return undefined;
      }
    },
    [commands, lang, s],
  );

  useEffect(() => {
    void refresh("read");
  }, [refresh]);

  const writing = useRef(false);
  /** While a command writes, the other tabs wait: one command at a time. */
  const [writingNow, setWritingNow] = useState(false);
  useLiveRecheck({
    enabled: prefs.live,
    watchEdits: host.watchEdits,
    onEdits: () => {
      if (!writing.current) void refresh("quiet");
    },
  });

  /**
   * Runs a command that writes. With live re-check on, the findings are read again after it,
   * quietly: a write (桌号 into the roster) can change them, and edits made meanwhile are caught.
   */
  const live = prefs.live && host.watchEdits !== undefined;
  const write = useCallback(
    async <T,>(run: () => Promise<T>, opts: { reread?: boolean } = {}): Promise<T | undefined> => {
      setError(null);
      writing.current = true;
      setWritingNow(true);
      try {
        const result = await run();
        if (live && opts.reread !== false) void refresh("quiet");
        return result;
      } catch (e) {
        setError({ title: s.commandFailedTitle, text: errorMessage(e, lang, s.unknownError) });
        return undefined;
      } finally {
        writing.current = false;
        setWritingNow(false);
      }
    },
    [lang, s, live, refresh],
  );

  const onGoToCell = useCallback(
    (sheet: string, cell: string) => {
      setError(null);
      commands.goToCell(sheet, cell).catch((e: unknown) => setError({ title: s.errorTitle, text: errorMessage(e, lang, s.unknownError) }));
    },
    [commands, lang, s],
  );

  const review = state.status === "ready" ? state.review : undefined;
  const eventName = review?.overview.event.name;
  return (
    <main className={styles.root} lang={lang === "zh" ? "zh-CN" : "en"}>
      <header className={styles.header}>
        <h1 className={styles.heading}>{eventName ? `${s.title} · ${eventName}` : s.title}</h1>
      </header>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={s.tabsLabel}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as PaneTab)}
      >
        {TABS.map((t) => (
          <Tab
            key={t}
            value={t}
            id={`huiwu-tab-${t}`}
            aria-controls="huiwu-panel"
            className={styles.tab}
            disabled={writingNow && t !== tab}
          >
            {s.tabs[t]}
          </Tab>
        ))}
      </TabList>
      <div className={styles.body} role="tabpanel" id="huiwu-panel" aria-labelledby={`huiwu-tab-${tab}`}>
        {error !== null && <ErrorNote title={error.title} text={error.text} severityLabel={s.severity.error} />}
        {state.status === "loading" && <Spinner className={styles.spinner} size="small" labelPosition="after" label={s.reading} />}
        {state.status === "failed" && (tab === "overview" || tab === "check") && (
          <ErrorNote title={s.errorTitle} text={state.text} severityLabel={s.severity.error} />
        )}
        {state.status === "ready" && state.refreshing && (
          <Spinner className={styles.spinner} size="extra-tiny" labelPosition="after" label={s.refreshing} />
        )}
        {review && tab === "overview" && (
          <OverviewView review={review} lang={lang} s={s} onGoToCell={onGoToCell} onShowCheck={() => setTab("check")} />
        )}
        <Suspense fallback={<Spinner className={styles.spinner} size="small" labelPosition="after" label={s.reading} />}>
          {tab === "check" && state.status !== "loading" && (
            <CheckView
              review={review}
              lang={lang}
              s={s}
              busy={state.status === "ready" && state.refreshing}
              live={prefs.live}
              canWatch={host.watchEdits !== undefined}
              onLiveChange={(on) => setPref("live", on)}
              onCheck={() => write(() => refresh("check"), { reread: false })}
              onGoToCell={onGoToCell}
            />
          )}
          {tab === "seating" && <SeatingView commands={commands} lang={lang} s={s} write={write} onGoToCell={onGoToCell} />}
          {tab === "rooms" && <RoomsView commands={commands} lang={lang} s={s} write={write} onGoToCell={onGoToCell} />}
          {tab === "documents" && <DocumentsView commands={commands} lang={lang} s={s} write={write} onGoToCell={onGoToCell} />}
          {tab === "settings" && (
            <SettingsView
              form={review?.settings}
              understood={review?.summary}
              commands={commands}
              lang={lang}
              langChoice={prefs.lang}
              onLangChoice={(l) => setPref("lang", l)}
              s={s}
              write={write}
              onSaved={() => void refresh("quiet")}
              onGoToCell={onGoToCell}
            />
          )}
        </Suspense>
      </div>
    </main>
  );
}

/** What a screen gets to run a command that writes: errors are shown by the pane, the result returned (undefined on failure). */
export type WriteRunner = <T>(run: () => Promise<T>, opts?: { reread?: boolean }) => Promise<T | undefined>;
