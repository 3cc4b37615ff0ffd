import { useState } from "react";
import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { RoomsSummary } from "../../app/roomsSummary";
import { RoomsResultView } from "../components/RoomsResultView";
import type { ScreenProps } from "./screenProps";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  action: { justifySelf: "start" },
});

/** Hotel rooms: allocate and write the 住宿分配 / Room Allocation sheet; who could not be placed, each linked. */
export function RoomsView({ commands, lang, s, write, onGoToCell }: ScreenProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<RoomsSummary | undefined>();
  const rooms = async () => {
    setBusy(true);
    const r = await write(() => commands.rooms());
    setBusy(false);
    if (r) setSummary(r);
  };
  return (
    <div className={styles.root}>
      <p className={styles.intro}>{s.roomsIntro}</p>
      <Button className={styles.action} appearance="primary" disabled={busy} onClick={rooms}>
        {s.rooms}
      </Button>
      {busy && <Spinner size="small" labelPosition="after" label={s.housing} style={{ justifySelf: "start" }} />}
      {summary && <RoomsResultView summary={summary} lang={lang} s={s} onGoToCell={onGoToCell} />}
    </div>
  );
}
