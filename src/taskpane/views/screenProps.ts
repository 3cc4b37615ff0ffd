import type { Lang } from "../../core/i18n";
import type { WriteRunner } from "../App";
import type { PaneCommands } from "../paneCommands";
import type { PaneStrings } from "../strings";

/** What every screen that runs a command gets from the pane. */
export interface ScreenProps {
  commands: PaneCommands;
  lang: Lang;
  s: PaneStrings;
  write: WriteRunner;
  onGoToCell: (sheet: string, cell: string) => void;
}
