import type { FakeExcel } from "../../fakes/fakeExcel";
import type { SelectedCell } from "./handle";

type Run = FakeExcel["run"];
type Context = Parameters<Parameters<Run>[0]>[0];

interface SelectableRange {
  select?: () => void;
  load(props: string): unknown;
  readonly address: string;
}

const RANGE_GETTERS = ["getRange", "getCell", "getRangeByIndexes", "getUsedRange"] as const;
const SHEET_GETTERS = ["getItem", "getItemOrNullObject"] as const;

/** "'参会人员'!Z58" → { sheet: "参会人员", cell: "Z58" }. */
export function splitAddress(address: string): SelectedCell {
  const bang = address.lastIndexOf("!");
  const sheet = address
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { sheet, cell: address.slice(bang + 1) };
}

/** Replaces the named methods of one object with versions that pass their result through `wrap`. */
function wrapResults(target: object, methods: readonly string[], wrap: (result: object) => object): void {
  const methodsOf = target as Record<string, unknown>;
  for (const name of methods) {
    const original = methodsOf[name];
    if (typeof original !== "function") continue;
    methodsOf[name] = (...args: unknown[]) => wrap(original.apply(target, args));
  }
}

/**
 * Excel's Range.select() for the fake: like a real command it is queued and takes effect
 * only when the batch syncs (a failed sync selects nothing). The range's address is loaded
 * in the same round trip, so an invalid range fails as it would in Excel. If the fake has
 * its own select(), it is still called.
 */
function withSelect(context: Context, onSelect: (cell: SelectedCell) => void): void {
  let queued: SelectableRange[] = [];
  const selectable = (result: object): object => {
    const range = result as SelectableRange;
    const own = range.select?.bind(range);
    range.select = () => {
      own?.();
      range.load("address");
      queued.push(range);
    };
    return range;
  };
  wrapResults(context.workbook.worksheets, SHEET_GETTERS, (sheet) => {
    wrapResults(sheet, RANGE_GETTERS, selectable);
    return sheet;
  });

  const sync = context.sync.bind(context);
  // Patched on the instance, so the final sync of run() goes through here as well.
  context.sync = async () => {
    const selecting = queued;
    queued = [];
    await sync();
    for (const range of selecting) onSelect(splitAddress(range.address));
  };
}

/** Excel.run over the fake, recording what the pane selects. */
export function recordSelections(run: Run, onSelect: (cell: SelectedCell) => void): Run {
  return (batch) =>
    run((context) => {
      withSelect(context, onSelect);
      return batch(context);
    });
}
