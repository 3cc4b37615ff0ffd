import { useRef } from "react";
import { Button, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { PlaygroundStrings } from "./strings";

export interface ToolbarProps {
  strings: PlaygroundStrings;
  /** The opened workbook's file name, if any. */
  fileName?: string;
  /** Opening or saving: the buttons wait. */
  busy: boolean;
  dark: boolean;
  onOpenFile: (file: File) => void;
  onOpenSample: (which: "zh" | "en") => void;
  onDownload: () => void;
  onDarkChange: (dark: boolean) => void;
}

/** What a list or workbook file may be; the adapter tells the planner when one is none. */
export const ACCEPTED_FILES = ".xlsx,.xlsm,.csv,.tsv,.txt";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  file: { color: tokens.colorNeutralForeground2, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", maxWidth: "28ch" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  // Right-aligned on a laptop; on a phone it follows the buttons instead of taking a line of its own.
  end: { marginLeft: "auto", "@media (max-width: 760px)": { marginLeft: 0 } },
  privacy: { flexBasis: "100%", margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** The playground's toolbar: open a file or a sample, download what the pane wrote, the theme, and where the data stays. */
export function Toolbar({ strings: s, fileName, busy, dark, onOpenFile, onOpenSample, onDownload, onDarkChange }: ToolbarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <header className={styles.bar} aria-label={s.toolbar}>
      <h1 className={styles.title}>{s.title}</h1>
      {fileName && (
        <span className={styles.file} title={fileName}>
          {fileName}
        </span>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => input.current?.click()}>
          {s.open}
        </Button>
        <input
          ref={input}
          type="file"
          accept={ACCEPTED_FILES}
          hidden
          data-testid="open-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // Cleared so that choosing the same file again opens it again.
            e.currentTarget.value = "";
            if (file) onOpenFile(file);
          }}
        />
        <Button disabled={busy} onClick={() => onOpenSample("zh")} lang="zh-CN">
          {s.sampleZh}
        </Button>
        <Button disabled={busy} onClick={() => onOpenSample("en")} lang="en">
          {s.sampleEn}
        </Button>
        <Button disabled={busy || !fileName} onClick={onDownload}>
          {s.download}
        </Button>
      </div>
      <Switch className={styles.end} label={s.dark} checked={dark} onChange={(_, d) => onDarkChange(d.checked)} />
      <p className={styles.privacy}>{s.privacy}</p>
    </header>
  );
}
