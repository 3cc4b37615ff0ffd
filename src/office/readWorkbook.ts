import { DEFAULT_CHUNK_BYTES } from "../workbook/chunk";
import { errorCode, isPayloadLimitError, toOfficeRequestError } from "./errors";
import type { ReadOptions } from "../workbook/gateway";
import type { ExcelRun, RequirementCheck } from "./excelRun";
import { findSheetName, ownedSheetsFromNames, type MarkerProbe } from "./ownedSheets";
import { readAtOnce, ValuesWithheld, type WorkbookRead } from "./readAtOnce";
import { readInBlocks } from "./readInBlocks";
import { readLinks } from "./readLinks";

/** Everything in one request; row blocks only when Excel says the response is too large. */
async function readSheets(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  budget: number,
  markers: MarkerProbe = "all",
  options: ReadOptions = {},
): Promise<WorkbookRead> {
  try {
    return await readAtOnce(context, sheetNames, markers, options);
  } catch (e) {
    if (!isPayloadLimitError(e) && !(e instanceof ValuesWithheld)) throw e;
  }
  return readInBlocks(context, sheetNames, budget, markers, options);
}

/**
 * The one-request read asks for the used range of sheets that may not exist and relies on
 * Office handing back a null object for them (and for the cells of markers that do not exist).
 * Should a host refuse that instead, the sheets that exist are looked up first and the read is
 * repeated for those alone, following only the markers that point at a sheet.
 */
export async function readWorkbook(
  run: ExcelRun,
  sheetNames: readonly string[],
  budget = DEFAULT_CHUNK_BYTES,
  options: ReadOptions = {},
  /** Which requirement sets the host has: the hyperlinks of `keepWork` sheets need ExcelApi 1.9. */
  requirements: RequirementCheck = () => false,
): Promise<WorkbookRead> {
  try {
    return await run(async (context) => {
      const read = await readOnce(context, sheetNames, budget, options);
      if (options.keepWork?.length) await readLinks(context, read.snapshot, requirements);
      return read;
    });
  } catch (e) {
    throw toOfficeRequestError(e, "read");
  }
}

async function readOnce(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  budget: number,
  options: ReadOptions,
): Promise<WorkbookRead> {
  try {
    return await readSheets(context, sheetNames, budget, "all", options);
  } catch (e) {
    const code = errorCode(e);
    if (code !== "InvalidObjectPath" && code !== "ItemNotFound") throw e;
  }
  const tabs = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  await context.sync();
  const tabNames = tabs.items.map((s) => s.name);
  const marked = ownedSheetsFromNames(
    names.items.map((n) => ({ name: n.name, formula: n.formula })),
    tabNames,
  ).filter((o) => o.name !== null);
  return readSheets(
    context,
    sheetNames.filter((n) => findSheetName(tabNames, n) !== undefined),
    budget,
    new Set(marked.map((o) => o.kind)),
    options,
  );
}
