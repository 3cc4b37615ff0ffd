import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { PlaygroundStrings } from "./strings";

export interface EmptyWorkbookProps {
  strings: PlaygroundStrings;
  busy: boolean;
  onOpenSample: (which: "zh" | "en") => void;
}

const useStyles = makeStyles({
  box: {
    flex: 1,
    display: "grid",
    alignContent: "center",
    justifyItems: "center",
    rowGap: tokens.spacingVerticalM,
    margin: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalXXL,
    textAlign: "center",
    color: tokens.colorNeutralForeground2,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, color: tokens.colorNeutralForeground1 },
  text: { margin: 0, maxWidth: "46ch" },
  row: { display: "flex", flexWrap: "wrap", justifyContent: "center", gap: tokens.spacingHorizontalS },
});

/** Where the grid goes before a workbook is open: the way in (drop a file here, or a sample). */
export function EmptyWorkbook({ strings: s, busy, onOpenSample }: EmptyWorkbookProps) {
  const styles = useStyles();
  return (
    <div className={styles.box}>
      <h2 className={styles.title}>{s.emptyTitle}</h2>
      <p className={styles.text}>{s.emptyText}</p>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => onOpenSample("zh")} lang="zh-CN">
          {s.sampleZh}
        </Button>
        <Button disabled={busy} onClick={() => onOpenSample("en")} lang="en">
          {s.sampleEn}
        </Button>
      </div>
    </div>
  );
}
