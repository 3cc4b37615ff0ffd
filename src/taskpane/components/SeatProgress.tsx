import { Button, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import { seatPaneStrings } from "../seatStrings";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
});

export interface SeatProgressProps {
  /** Search steps done and in all; total 0 until the search starts. */
  done: number;
  total: number;
  cancelling: boolean;
  lang: Lang;
  onCancel: () => void;
}

/** While Seat runs: the share of the table search done, and a way to stop it before anything is written. */
export function SeatProgress({ done, total, cancelling, lang, onCancel }: SeatProgressProps) {
  const styles = useStyles();
  const s = seatPaneStrings(lang);
  const started = total > 0;
  const share = started ? Math.min(1, done / total) : undefined;
  // Once the search is done the plan is being written: too late to cancel.
  const writing = started && done >= total;
  const label = cancelling
    ? s.cancelling
    : !started
      ? s.seatStarting
      : writing
        ? s.seatWriting
        : s.seatProgress(Math.floor((share ?? 0) * 100));
  return (
    <div className={styles.root} data-testid="seat-progress">
      <div className={styles.row}>
        <span role="status">{label}</span>
        <Button size="small" disabled={cancelling || writing} onClick={onCancel}>
          {s.cancel}
        </Button>
      </div>
      {/* No value: Fluent draws an indeterminate bar while the workbook is read. */}
      <ProgressBar value={share} max={1} thickness="large" aria-label={label} />
    </div>
  );
}
