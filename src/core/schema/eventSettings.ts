import type { Finding } from "../finding";
import { headerIndex, matchHeader } from "./headerMatch";
import { parseCell } from "./parseCell";
import type { ParsedKeyValue } from "./parsedSheet";
import type { ColumnDef } from "./sheetDef";
import type { EventFields } from "./sheets";

/** One readable settings row of the Event sheet. */
export interface EventSetting<K extends string> {
  key: K;
  /** The parsed value, of the type its definition names. */
  value: unknown;
  /** The row's label as typed, and the address of its value cell. */
  label: string;
  address: string;
}

/**
 * Settings live as extra rows of the Event sheet, so the whole team reads the same ones. Visits
 * each row whose label matches one of `defs`, in sheet order, with its value parsed by the
 * definition's type; an unreadable value is reported in `findings` (as `problemId`, naming its
 * cell) and not visited, so the setting keeps its default.
 */
export function visitEventSettings<K extends string>(
  event: ParsedKeyValue<EventFields>,
  defs: readonly (ColumnDef & { key: K })[],
  findings: Finding[],
  visit: (setting: EventSetting<K>) => void,
  problemId = "settings.invalid",
): void {
  const sheet = event.sheet;
  if (!sheet) return;
  const idx = headerIndex(defs);
  for (const [label, cell] of Object.entries(event.extras)) {
    const key = matchHeader(idx, label) as K | undefined;
    if (!key) continue;
    const parsed = parseCell(
      cell.raw,
      defs.find((d) => d.key === key)!,
      sheet,
      cell.address,
    );
    if (parsed.problem) findings.push({ ...parsed.problem, id: problemId });
    if (parsed.cell) visit({ key, value: parsed.cell.value, label, address: cell.address });
  }
}
