import type { CellValue } from "../core/cellValue";
import type { Lang } from "../core/i18n";
import { workbookLang } from "../core/schema/detectLang";
import type { EventFields } from "../core/schema/sheets";
import type { ParsedKeyValue } from "../core/schema/parsedSheet";
import type { SheetSnapshot, WorkbookGateway } from "../workbook/gateway";
import { createXlsxGateway, DEFER_SHEET_BYTES, DIRECT_CELLS, openWorkbookFile, type OpenedFile } from "../xlsx";
import type { CliIO } from "./io";

const NO_EVENT = { sheet: null, fields: {} } as unknown as ParsedKeyValue<EventFields>;

/** What the sheets read look written in (their names and first rows), for a message before they are parsed. */
function sheetsLang(sheets: readonly SheetSnapshot[]): Lang | undefined {
  const { lang, known } = workbookLang(NO_EVENT, [], sheets);
  return known ? lang : undefined;
}

/**
 * The gateway, telling `io.phase` when each read starts and ends, with the rows read so far: the
 * watchdog of a worker times the reading and names the size when memory runs out.
 */
export function reportReads(gateway: WorkbookGateway, io: CliIO): WorkbookGateway {
  if (!io.phase) return gateway;
  const phase = io.phase.bind(io);
  let rows = 0;
  let lang: Lang | undefined;
  return {
    ...gateway,
    read: async (names, options) => {
      phase("reading", { rows });
      const snapshot = await gateway.read(names, options);
      for (const s of snapshot.sheets) rows += (s.values as CellValue[][]).length;
      lang ??= sheetsLang(snapshot.sheets);
      phase("read done", { rows, lang });
      return snapshot;
    },
  };
}

/** Opens a command's input file inside the reading phase, and a gateway over it that reports its reads. */
export async function openForCommand(file: string, io: CliIO): Promise<OpenedFile & { gateway: WorkbookGateway }> {
  io.phase?.("reading");
  // The command line only reads, applies and saves: a large sheet need not be held cell by cell.
  const opened = await openWorkbookFile(file, { deferSheetsAbove: DEFER_SHEET_BYTES, writeDirectAbove: DIRECT_CELLS });
  return { ...opened, gateway: reportReads(createXlsxGateway(opened.book), io) };
}
