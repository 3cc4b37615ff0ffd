import { errorCode } from "./errors";
import { whereItFailed } from "./firstRequest";
import { removeAddedSheets } from "./removeAddedSheets";
import { workbookChangedError } from "./workbookChanged";

/**
 * What to tell after the first request failed. A failed check means the workbook changed since
 * the read and nothing was changed. A failed add means the same when the name was taken
 * (ItemAlreadyExists); the sheets added before it are taken away again in one more request,
 * whatever the cause. Without trace messages, only ItemNotFound is known to come from a check
 * (every lookup of the first request is one). Anything else goes on as it came.
 */
export async function firstRequestFailure(context: Excel.RequestContext, e: unknown): Promise<unknown> {
  const where = whereItFailed(e);
  const code = errorCode(e);
  if (where.at === "checks" || (where.at === "unknown" && code === "ItemNotFound")) return workbookChangedError([], e);
  if (where.at !== "adds") return e;
  const left = await removeAddedSheets(context, where.added);
  return code === "ItemAlreadyExists" ? workbookChangedError(left, e) : e;
}
