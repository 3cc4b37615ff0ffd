import { writeDocuments, type DocumentKind } from "../app/documents";
import { summarizeDocuments, type DocumentsSummary } from "../app/documentsSummary";
import type { Lang } from "../core/i18n";
import type { WorkbookGateway } from "../workbook/gateway";

/** The Documents command as the pane runs it (its own chunk): write the documents asked for, a plain summary back. */
export async function runDocumentsCommand(
  gateway: WorkbookGateway,
  opts: { lang: Lang; checklistToTasks: boolean; only?: readonly DocumentKind[] },
): Promise<DocumentsSummary> {
  return summarizeDocuments(await writeDocuments(gateway, opts));
}
