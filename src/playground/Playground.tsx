import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { FluentProvider, Spinner, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { WritePlan } from "../core/plan/writePlan";
import type { Lang } from "../core/i18n";
import type { PaneHost } from "../taskpane/paneHost";
import type { SheetSnapshot } from "../workbook/gateway";
import type { BrowserWorkbook } from "./browserWorkbook";
import { downloadName } from "./downloadName";
import { EmptyWorkbook } from "./EmptyWorkbook";
import { parseBlock, type CellBlock } from "./gridModel";
import { errorMessage as messageOf } from "../taskpane/errorMessage";
import { notifyingGateway } from "./notifyingGateway";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { playgroundStrings } from "./strings";
import { Toolbar } from "./Toolbar";
import { useFileDrop } from "./useFileDrop";

/** A bundled sample workbook: where the build put it, and the name it opens (and downloads) as. */
export interface SampleFile {
  url: string;
  fileName: string;
}

export interface PlaygroundProps {
  lang: Lang;
  /** Opens a file's bytes (the file adapter, loaded on demand); throws a bilingual error for a file that is no workbook. */
  openWorkbook: (bytes: Uint8Array, fileName: string) => Promise<BrowserWorkbook>;
  samples: Record<"zh" | "en", SampleFile>;
  /** Fetches a sample's bytes from the page's own origin. */
  fetchBytes: (url: string) => Promise<Uint8Array>;
  /** Hands the saved workbook to the planner as a download. */
  saveFile: (bytes: Uint8Array, fileName: string) => void;
  /** The task pane over a host: <PaneRoot> in the page, a stand-in in tests. */
  renderPane: (host: PaneHost, dark: boolean) => ReactNode;
  startWorker: PaneHost["startWorker"];
  prefs?: PaneHost["prefs"];
  initialDark: boolean;
}

/** The workbook open now, with the pane's host over it. `id` tells one opening from the next. */
interface Opened {
  id: number;
  fileName: string;
  workbook: BrowserWorkbook;
  host: PaneHost;
}

const useStyles = makeStyles({
  page: {
    position: "relative",
    height: "100vh",
    display: "grid",
    gridTemplateRows: "auto minmax(0, 1fr)",
    gridTemplateColumns: "minmax(0, 1fr) 340px",
    gridTemplateAreas: '"bar bar" "book pane"',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    // A phone or a narrow window: the workbook above, the pane below it, the page scrolls.
    "@media (max-width: 760px)": {
      height: "auto",
      minHeight: "100vh",
      gridTemplateRows: "auto 62vh auto",
      gridTemplateColumns: "minmax(0, 1fr)",
      gridTemplateAreas: '"bar" "book" "pane"',
    },
  },
  bar: { gridArea: "bar" },
  book: { gridArea: "book", display: "flex", flexDirection: "column", minHeight: 0, minWidth: 0 },
  pane: {
    gridArea: "pane",
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 760px)": { overflowY: "visible", borderLeft: "none", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  },
  waiting: { margin: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  message: {
    margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `1px solid ${tokens.colorStatusDangerBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  spinner: { margin: tokens.spacingHorizontalL, justifyContent: "flex-start" },
  drop: {
    position: "absolute",
    inset: 0,
    zIndex: 10,
    display: "grid",
    placeItems: "center",
    fontSize: tokens.fontSizeBase600,
    color: tokens.colorBrandForeground1,
    backgroundColor: tokens.colorNeutralBackgroundAlpha2,
    outline: `3px dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: "-12px",
    pointerEvents: "none",
  },
});

/**
 * Huiwu without Excel: a workbook held in the browser, shown as sheet tabs and a grid, beside
 * the same task pane as in Excel over the file adapter. What the pane writes shows at once.
 */
export function Playground(props: PlaygroundProps) {
  const { lang, openWorkbook, samples, fetchBytes, saveFile, renderPane, startWorker, prefs, initialDark } = props;
  const s = playgroundStrings(lang);
  const styles = useStyles();
  const [dark, setDark] = useState(initialDark);
  const [opened, setOpened] = useState<Opened>();
  const [busy, setBusy] = useState<"opening" | "saving">();
  const [error, setError] = useState<{ title: string; text: string }>();
  const [tabs, setTabs] = useState<string[]>([]);
  const [active, setActive] = useState<string>();
  const [selection, setSelection] = useState<{ sheet: string; block: CellBlock }>();
  const [snapshot, setSnapshot] = useState<SheetSnapshot>();
  // Bumped by every write of the pane: the tabs and the grid read the workbook again.
  const [version, setVersion] = useState(0);
  const openings = useRef(0);

  const open = useCallback(
    async (bytes: () => Promise<Uint8Array>, fileName: string) => {
      setBusy("opening");
      setError(undefined);
      try {
        const workbook = await openWorkbook(await bytes(), fileName);
        const onApplied = (plan: WritePlan) => {
          setVersion((v) => v + 1);
          // As in Excel, a sheet the plan activates (检查结果 after Check) comes to the front.
          const shown = plan.sheets.find((w) => w.activate && !w.hidden)?.name;
          if (shown) setActive(shown);
        };
        const goToCell = async (sheet: string, cell: string) => {
          const name = workbook.visibleSheets().find((n) => n.toLowerCase() === sheet.toLowerCase());
          if (!name) {
            const { en, zh } = s.noSheet(sheet);
            throw Object.assign(new Error(en), { messageZh: zh });
          }
          setActive(name);
          setSelection({ sheet: name, block: parseBlock(cell) ?? { row: 0, col: 0, rows: 1, cols: 1 } });
        };
        const host: PaneHost = { gateway: notifyingGateway(workbook.gateway, onApplied), lang, goToCell, startWorker, prefs };
        openings.current++;
        setOpened({ id: openings.current, fileName, workbook, host });
        setTabs(workbook.visibleSheets());
        setActive(workbook.visibleSheets()[0]);
        setSelection(undefined);
        setSnapshot(undefined);
      } catch (e) {
        setError({ title: s.openFailed, text: messageOf(e, lang, s.openFailed) });
      } finally {
        setBusy(undefined);
      }
    },
    [openWorkbook, lang, s, startWorker, prefs],
  );

  const openFile = useCallback((file: File) => void open(async () => new Uint8Array(await file.arrayBuffer()), file.name), [open]);
  const openSample = useCallback(
    (which: "zh" | "en") => void open(() => fetchBytes(samples[which].url), samples[which].fileName),
    [open, fetchBytes, samples],
  );
  const download = useCallback(async () => {
    if (!opened) return;
    setBusy("saving");
    try {
      saveFile(await opened.workbook.save(), downloadName(opened.fileName));
    } catch (e) {
      setError({ title: s.saveFailed, text: messageOf(e, lang, s.saveFailed) });
    } finally {
      setBusy(undefined);
    }
  }, [opened, saveFile, s, lang]);

  // The tabs after each write: the pane may have added sheets.
  useEffect(() => {
    if (opened) setTabs(opened.workbook.visibleSheets());
  }, [opened, version]);

  // The active sheet's values, read through the gateway as Huiwu reads them (formulas too, to show the ones not yet calculated).
  useEffect(() => {
    if (!opened || !active) return;
    let current = true;
    opened.workbook.gateway
      .read([active], { keepWork: [active] })
      .then((snap) => {
        if (current) setSnapshot(snap.sheets[0] ?? { name: active, top: 0, left: 0, values: [] });
      })
      .catch((e: unknown) => {
        if (current) setError({ title: s.openFailed, text: messageOf(e, lang, s.openFailed) });
      });
    return () => {
      current = false;
    };
  }, [opened, active, version, s, lang]);

  const { dragging, handlers } = useFileDrop(openFile);
  const shown = snapshot && snapshot.name === active ? snapshot : undefined;
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.page} {...handlers}>
        <div className={styles.bar}>
          <Toolbar
            strings={s}
            fileName={opened?.fileName}
            busy={busy !== undefined}
            dark={dark}
            onOpenFile={openFile}
            onOpenSample={openSample}
            onDownload={() => void download()}
            onDarkChange={setDark}
          />
          {error && (
            // Not Fluent's MessageBar: its icons would double the shell's first load.
            <div role="alert" className={styles.message}>
              <strong>{error.title}</strong> {error.text}
            </div>
          )}
        </div>
        <main className={styles.book} aria-label={s.workbook} aria-busy={busy !== undefined}>
          {busy && (
            <Spinner className={styles.spinner} size="tiny" label={busy === "opening" ? s.opening : s.saving} labelPosition="after" />
          )}
          {opened ? (
            <>
              <SheetGrid snapshot={shown} selection={selection && selection.sheet === active ? selection.block : undefined} strings={s} />
              <SheetTabs sheets={tabs} active={active} onSelect={setActive} label={s.sheets} />
            </>
          ) : (
            busy !== "opening" && <EmptyWorkbook strings={s} busy={busy !== undefined} onOpenSample={openSample} />
          )}
        </main>
        <aside className={styles.pane} aria-label={s.pane}>
          {opened ? <div key={opened.id}>{renderPane(opened.host, dark)}</div> : <p className={styles.waiting}>{s.paneWaiting}</p>}
        </aside>
        {dragging && (
          <div className={styles.drop} aria-hidden="true">
            {s.dropHere}
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
