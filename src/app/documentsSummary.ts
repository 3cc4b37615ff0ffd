import { ELEMENT_LABELS, type NoticeElementKey } from "../core/documents/notice/labels";
import type { Finding } from "../core/finding";
import type { Lang } from "../core/i18n";
import type { DocumentsResult } from "./documents";

/** A notice element still shown as 【待填写】, and the Event cell that would fill it. */
export interface NoticePlaceholder {
  key: NoticeElementKey;
  /** What the notice asks for ("报到时间" / "check-in time"), in the summary's language. */
  element: string;
  sheet: string;
  cell: string;
  /** Which Event row to fill (or add), in the summary's language. */
  fix: string;
}

/** What the pane shows after Documents: plain data in the language the documents were written in. */
export interface DocumentsSummary {
  lang: Lang;
  /** The sheets written, in order (the five documents, then Tasks when it changed); empty when nothing was written. */
  sheetsWritten: string[];
  checklistRows: number;
  /** People on the sign-in sheet, and badges listed. */
  signIn: number;
  badges: number;
  /** Action items read back from the minutes (they go to the Tasks sheet). */
  actionItems: number;
  /** The Tasks sheet (when there is or will be one) and what the merge did to it. */
  tasks: { sheet?: string; added: number; moved: number; present: number };
  placeholders: NoticePlaceholder[];
  /** Everything else to look at, each at its cell (the placeholders are not repeated here). */
  findings: Finding[];
}

const PLACEHOLDER_ID = "notice.placeholder";

export function summarizeDocuments(result: DocumentsResult): DocumentsSummary {
  const { lang, parsed, tasks } = result;
  // The notice reported one finding per placeholder, in the same order: the Event row to fill.
  const cells = result.findings.filter((f) => f.id === PLACEHOLDER_ID);
  return {
    lang,
    sheetsWritten: result.applied?.sheets ?? [],
    checklistRows: result.checklistRows,
    signIn: result.signIn,
    badges: result.badges,
    actionItems: result.actionItems,
    tasks: {
      sheet: tasks.sheet?.name ?? parsed.tasks.sheet ?? undefined,
      added: tasks.added,
      moved: tasks.moved,
      present: tasks.present,
    },
    placeholders: result.missingNotice.map((key, i) => ({
      key,
      element: ELEMENT_LABELS[key].wanted[lang],
      sheet: cells[i].sheet,
      cell: cells[i].cell,
      fix: cells[i].fix?.[lang] ?? "",
    })),
    findings: result.findings.filter((f) => f.id !== PLACEHOLDER_ID),
  };
}
