import { makeStyles, tokens } from "@fluentui/react-components";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  root: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  title: { display: "block", fontWeight: tokens.fontWeightSemibold },
});

/**
 * An error in the pane's first screen, drawn like Fluent's error message bar: the pane's first
 * load then needs neither the message bar nor its icon set (the later screens' chunks bring them).
 */
export function ErrorNote({ title, text, severityLabel }: { title: string; text: string; severityLabel: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="alert">
      <SeverityIcon severity="error" label={severityLabel} />
      <div>
        <span className={styles.title}>{title}</span>
        {text}
      </div>
    </div>
  );
}
