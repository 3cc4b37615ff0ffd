import type { CellValue } from "../core/cellValue";
import type { ReadOptions, SheetSnapshot } from "../workbook/gateway";
import { formulaWork, keepsWork } from "./cellWork";
import { utf8Bytes } from "../workbook/utf8Bytes";
import { isPayloadLimitError, OfficeRequestError } from "./errors";
import { distinctNames, findSheetName, loadMarkedCells, ownedSheetsFromNames, type MarkerProbe } from "./ownedSheets";
import type { WorkbookRead } from "./readAtOnce";
import { loadTables } from "./tablesSeen";

/** First guess of a cell's share of the response, before anything was measured. */
const INITIAL_BYTES_PER_CELL = 48;
/** Measured sizes get this margin, as the next rows may be longer. */
const MARGIN = 1.25;

interface SheetReader {
  snapshot: SheetSnapshot;
  rows: number;
  cols: number;
  next: number;
  bytesPerCell: number;
}

interface Block {
  reader: SheetReader;
  from: number;
  count: number;
  range?: Excel.Range;
}

/** Plans the next request: row blocks across sheets until the budget is spent. */
function nextBatch(readers: SheetReader[], budget: number): Block[] {
  const batch: Block[] = [];
  let spent = 0;
  for (const r of readers) {
    while (r.next < r.rows) {
      const rowBytes = r.cols * r.bytesPerCell;
      let count = Math.min(Math.floor((budget - spent) / rowBytes), r.rows - r.next);
      if (count < 1) {
        if (batch.length > 0) return batch;
        count = 1;
      }
      batch.push({ reader: r, from: r.next, count });
      r.next += count;
      spent += count * rowBytes;
    }
  }
  return batch;
}

/**
 * A sheet's used range past this many cells is not a list but a value typed far away by accident
 * (in row 1,048,576 or column XFD): reading it would take thousands of requests and more memory
 * than the pane has, so it is refused with the range to clear.
 */
const MAX_SHEET_CELLS = 10_000_000;

function sheetTooLarge(sheet: string, address: string): OfficeRequestError {
  const where = address.includes("!") ? address.slice(address.indexOf("!") + 1) : address;
  return new OfficeRequestError(
    "SheetTooLarge",
    `Sheet "${sheet}" has data across ${where}, more than Huiwu can read (${MAX_SHEET_CELLS.toLocaleString("en")} cells). A value was probably typed far from the list: press Ctrl+End on that sheet to find it, clear it, and try again.`,
    `工作表“${sheet}”的数据范围为 ${where}，超过会务助手可读取的 ${MAX_SHEET_CELLS} 个单元格。可能有值误输入在远离名单的位置：在该表按 Ctrl+End 找到并清除后再试。`,
  );
}

/**
 * The read for workbooks whose values pass the 5 MB response limit: one request for the
 * dimensions, then row blocks sized by measured bytes per cell, several sheets per request
 * where they fit. A rejected request halves the blocks it held and is retried; never a
 * request per row or per cell.
 */
export async function readInBlocks(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  budget: number,
  /** Which markers to follow to their cell: all (a host that returns null objects), or these. */
  markers: MarkerProbe = "all",
  options: ReadOptions = {},
): Promise<WorkbookRead> {
  const wb = context.workbook;
  const tabs = wb.worksheets.load("items/name");
  const names = wb.names.load("items/name,items/formula,items/comment");
  const markedCells = loadMarkedCells(wb, markers === "all" ? undefined : markers);
  const tables = loadTables(wb);
  const used = distinctNames(sheetNames).map((name) => {
    const range = wb.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true);
    range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    return { name, range };
  });
  await context.sync();

  const tabNames = tabs.items.map((s) => s.name);
  const sheets: SheetSnapshot[] = [];
  const readers: SheetReader[] = [];
  for (const { name, range } of used) {
    const actual = findSheetName(tabNames, name);
    if (actual === undefined) continue;
    const snapshot: SheetSnapshot = { name: actual, top: 0, left: 0, values: [] };
    sheets.push(snapshot);
    if (range.isNullObject) continue;
    if (range.rowCount * range.columnCount > MAX_SHEET_CELLS) throw sheetTooLarge(actual, range.address);
    snapshot.top = range.rowIndex;
    snapshot.left = range.columnIndex;
    snapshot.values = new Array<CellValue[]>(range.rowCount);
    if (keepsWork(options.keepWork, actual)) snapshot.work = [];
    readers.push({ snapshot, rows: range.rowCount, cols: range.columnCount, next: 0, bytesPerCell: INITIAL_BYTES_PER_CELL });
  }

  for (;;) {
    const batch = nextBatch(readers, budget);
    if (batch.length === 0) break;
    for (const b of batch) {
      const s = b.reader.snapshot;
      b.range = wb.worksheets.getItem(s.name).getRangeByIndexes(s.top + b.from, s.left, b.count, b.reader.cols);
      b.range.load(s.work ? "values,formulas" : "values");
    }
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadLimitError(e) || (batch.length === 1 && batch[0].count === 1)) throw e;
      for (const b of batch) {
        b.reader.next = Math.min(b.reader.next, b.from);
        b.reader.bytesPerCell *= 2;
      }
      continue;
    }
    for (const b of batch) {
      const values = b.range!.values as CellValue[][];
      for (let i = 0; i < b.count; i++) b.reader.snapshot.values[b.from + i] = values[i];
      b.reader.snapshot.work?.push(...formulaWork(b.range!.formulas, b.from));
      const measured = utf8Bytes(JSON.stringify(values)) / (b.count * b.reader.cols);
      b.reader.bytesPerCell = Math.max(measured * MARGIN, 1);
    }
  }

  const owned = ownedSheetsFromNames(
    names.items.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment })),
    tabNames,
    markedCells(),
  );
  return { snapshot: { sheetNames: tabNames, sheets, owned }, tables: tables() };
}
