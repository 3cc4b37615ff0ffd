import { writeDocuments } from "../app/documents";
import { summarizeDocuments, type DocumentsSummary } from "../app/documentsSummary";
import type { Lang } from "../core/i18n";
import type { WorkbookGateway } from "../workbook/gateway";

/** The Documents command as the pane runs it (its own chunk): write the five documents, a plain summary back. */
export async function runDocumentsCommand(
  gateway: WorkbookGateway,
  opts: { lang: Lang; checklistToTasks: boolean },
): Promise<DocumentsSummary> {
  return summarizeDocuments(await writeDocuments(gateway, { lang: opts.lang, checklistToTasks: opts.checklistToTasks }));
}
