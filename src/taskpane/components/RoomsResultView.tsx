import { makeStyles, tokens } from "@fluentui/react-components";
import type { RoomsSummary } from "../../app/roomsSummary";
import type { Lang } from "../../core/i18n";
import { seatPaneStrings } from "../seatStrings";
import type { PaneStrings } from "../strings";
import { NotesAndProblems } from "./NotesAndProblems";
import { SheetsWritten } from "./SheetsWritten";
import { ProblemList } from "./ProblemList";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  lines: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalXS },
});

export interface RoomsResultViewProps {
  summary: RoomsSummary;
  lang: Lang;
  s: PaneStrings;
  onGoToCell: (sheet: string, cell: string) => void;
}

/** After Rooms: the sheet written, rooms per hotel, and everyone left without a room with the cell to fix. */
export function RoomsResultView({ summary, lang, s, onGoToCell }: RoomsResultViewProps) {
  const styles = useStyles();
  const t = seatPaneStrings(lang);
  return (
    <section aria-labelledby="huiwu-rooms" className={styles.root} data-testid="rooms-result">
      <h2 id="huiwu-rooms" className={styles.subheading}>
        {t.roomsHeading}
      </h2>
      <ul className={styles.lines}>
        {summary.sheetsWritten.length > 0 && (
          <li>
            <SheetsWritten sheets={summary.sheetsWritten} s={s} onOpen={(sheet) => onGoToCell(sheet, "A1")} />
          </li>
        )}
        <li>{t.housed(summary.housed, summary.unplaced.length)}</li>
        {summary.hotels.map((h) => (
          <li key={h.hotel}>{t.hotelUse(h.hotel, h.rooms, h.people, h.spare)}</li>
        ))}
      </ul>
      {summary.unplaced.length > 0 && (
        <>
          <h3 className={styles.subheading}>{t.unplacedHeading(summary.unplaced.length)}</h3>
          <ProblemList findings={summary.unplaced} lang={lang} s={s} onGoToCell={onGoToCell} />
        </>
      )}
      <NotesAndProblems
        notes={summary.notices}
        notesHeading={t.notesHeading}
        problems={summary.problems}
        lang={lang}
        s={s}
        onGoToCell={onGoToCell}
      />
    </section>
  );
}
