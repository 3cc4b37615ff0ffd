import type { SheetSnapshot } from "../../workbook/gateway";
import type { TableLayout } from "./parseTable";

/** The roster's columns recognised from the values of a list with no header row (see guess/). */
export function guessRosterLayout(snap: SheetSnapshot): TableLayout | undefined {
  void snap;
  return undefined;
}
