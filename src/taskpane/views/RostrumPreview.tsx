import { makeStyles, tokens } from "@fluentui/react-components";
import type { DaisRow } from "../../core/seating/dais/daisPlan";
import type { SeatPaneStrings } from "../seatStrings";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  row: { display: "grid", gridAutoFlow: "column", gridAutoColumns: "minmax(0, 1fr)", gap: "2px", position: "relative" },
  seat: {
    display: "grid",
    justifyItems: "center",
    alignContent: "start",
    padding: `${tokens.spacingVerticalXXS} 1px`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  first: { backgroundColor: tokens.colorBrandBackground2, border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}` },
  rank: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
  name: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    // A Chinese name wraps between characters in a narrow seat; a Latin one between its words.
    overflowWrap: "break-word",
    textAlign: "center",
    lineHeight: tokens.lineHeightBase200,
  },
  rowLabel: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  audience: {
    textAlign: "center",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    borderTop: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    paddingTop: tokens.spacingVerticalXXS,
  },
});

/**
 * The rostrum as the audience sees it, front row nearest them (at the bottom), each seat with
 * its rank; the stage centre falls on the highlighted seat (or between two).
 */
export function RostrumPreview({ rows, t }: { rows: DaisRow[]; t: SeatPaneStrings }) {
  const styles = useStyles();
  if (rows.length === 0) return <p>{t.previewNobody}</p>;
  const seatCount = Math.max(...rows.map((r) => r.seats.length));
  return (
    <figure className={styles.root} aria-label={t.previewHeading} style={{ margin: 0 }} data-testid="rostrum-preview">
      {[...rows].reverse().map((row) => (
        <div key={row.rowNumber}>
          {rows.length > 1 && <span className={styles.rowLabel}>{t.row(row.rowNumber)}</span>}
          <ol
            className={styles.row}
            style={{
              listStyleType: "none",
              margin: 0,
              padding: 0,
              width: `${(row.seats.length / seatCount) * 100}%`,
              marginInline: "auto",
            }}
          >
            {row.seats.map((seat) => (
              <li
                key={seat.seatNumber}
                className={seat.precedence === 1 ? `${styles.seat} ${styles.first}` : styles.seat}
                aria-label={`${seat.chair ? `${t.chair} ` : ""}${seat.precedence ? t.rank(seat.precedence) : ""} ${seat.person.printed}`}
              >
                <span className={styles.rank}>{seat.chair ? t.chair : seat.precedence ? String(seat.precedence) : ""}</span>
                <span className={styles.name}>{seat.person.printed}</span>
              </li>
            ))}
          </ol>
        </div>
      ))}
      <div className={styles.audience}>{t.audience}</div>
    </figure>
  );
}
