import { mergedRowWarnings } from "../core/rules/roster/mergedRows";
import { buildChecklist, CHECKLIST_SHEET_NAME } from "../core/documents/checklist";
import { badgeCardsSheet, badgeHolders, badgeSheet, BADGE_CARDS_SHEET_NAME, BADGE_SHEET_NAME } from "../core/documents/badges";
import { MINUTES_SHEET_NAME, minutesSheet, readActionItems } from "../core/documents/minutes";
import { NOTICE_SHEET_NAME, noticeSheet, type NoticeElementKey } from "../core/documents/notice";
import { REPLY_SLIP_SHEET_NAME, replySlipSheet } from "../core/documents/replySlip";
import { SIGN_IN_SHEET_NAME, signInSheet } from "../core/documents/signIn";
import type { TaskItem } from "../core/documents/taskItem";
import { mergeIntoTasks, type TasksMerge } from "../core/documents/tasksMerge";
import type { Finding } from "../core/finding";
import type { Lang } from "../core/i18n";
import { outputTarget } from "../core/plan/outputTarget";
import type { OwnedKind, RangeRef, WritePlan } from "../core/plan/writePlan";
import type { ParsedWorkbook } from "../core/schema/parseWorkbook";
import type { ApplyReport, SheetSnapshot, WorkbookGateway } from "../workbook/gateway";
import type { DocumentKind } from "./documentKinds";
import { readInputs } from "./readInputs";
import { printReady } from "./printReady";

export { DOCUMENT_KINDS, type DocumentKind } from "./documentKinds";

export interface DocumentsOptions {
  lang?: Lang;
  /** Write only these documents (all when absent); the Tasks sheet takes only what they give it. */
  only?: readonly DocumentKind[];
  dryRun?: boolean;
  /** Also add the checklist's steps to the Tasks sheet (the minutes' action items are always added). */
  checklistToTasks?: boolean;
}

export interface DocumentsResult {
  parsed: ParsedWorkbook;
  lang: Lang;
  /** Sheet names written, in the plan's order. */
  sheets: string[];
  /** Notice elements shown as placeholders because the Event sheet lacks them. */
  missingNotice: NoticeElementKey[];
  /** People on the sign-in sheet and the badge list. */
  signIn: number;
  badges: number;
  /** Checklist rows, and the status cells of the checklist (for a checkbox where the host has them). */
  checklistRows: number;
  checklistStatus?: RangeRef;
  tasks: TasksMerge;
  /** Action items read back from the minutes. */
  actionItems: number;
  findings: Finding[];
  plan: WritePlan;
  applied?: ApplyReport;
}

const DOC_KINDS: OwnedKind[] = ["checklist", "minutes", "notice", "replySlip", "signIn"];
const USUAL_NAMES = [CHECKLIST_SHEET_NAME, MINUTES_SHEET_NAME, NOTICE_SHEET_NAME, REPLY_SLIP_SHEET_NAME, SIGN_IN_SHEET_NAME].flatMap(
  (n) => [n.zh, n.en],
);

/**
 * The Documents command: read the inputs and the documents written before (with what planners
 * typed into them) → 会务清单 / Checklist, 会议纪要 / Minutes, 会议通知 / Notice, 签到表 / Sign-in
 * Sheet and 证件 / Badges, each merged with the planners' edits → the action items filled into
 * the minutes (and, when asked, the checklist's steps) added to the Tasks sheet without
 * duplicates → one plan, written at once.
 */
export async function writeDocuments(gateway: WorkbookGateway, opts: DocumentsOptions = {}): Promise<DocumentsResult> {
  const { parsed, snapshot, notices } = await readInputs(gateway, { alsoOwned: DOC_KINDS, usualNames: USUAL_NAMES, keepWork: true });
  const lang = opts.lang ?? parsed.lang;
  const previous = (kind: OwnedKind): SheetSnapshot | undefined => {
    const name = snapshot.owned.find((o) => o.kind === kind)?.name;
    return name ? snapshot.sheets.find((s) => s.name === name) : undefined;
  };
  const target = (kind: OwnedKind, names: { zh: string; en: string }) => outputTarget(snapshot, kind, names[lang]);

  const checklist = buildChecklist({
    parsed,
    lang,
    target: target("checklist", CHECKLIST_SHEET_NAME),
    previous: previous("checklist"),
    checkboxes: gateway.supports?.("checkboxes") ?? false,
  });
  const minutes = minutesSheet({ parsed, target: target("minutes", MINUTES_SHEET_NAME), previous: previous("minutes"), lang });
  const notice = noticeSheet({ event: parsed.event, target: target("notice", NOTICE_SHEET_NAME), previous: previous("notice"), lang });
  const replySlip = replySlipSheet({
    event: parsed.event,
    target: target("replySlip", REPLY_SLIP_SHEET_NAME),
    previous: previous("replySlip"),
    lang,
  });
  const signIn = signInSheet({ parsed, target: target("signIn", SIGN_IN_SHEET_NAME), previous: previous("signIn"), lang });
  const badges = badgeSheet({ parsed, target: target("badges", BADGE_SHEET_NAME), lang });
  const badgeCards = badgeCardsSheet({
    target: target("badgeCards", BADGE_CARDS_SHEET_NAME),
    lang,
    holders: badgeHolders(parsed.roster.records),
    eventName: parsed.event.fields.name?.value,
  });

  const wanted = (kind: DocumentKind) => !opts.only || opts.only.includes(kind);
  const filledMinutes = wanted("minutes") ? previous("minutes") : undefined;
  const actions = filledMinutes ? readActionItems(filledMinutes, lang) : { tasks: [] as TaskItem[], findings: [] as Finding[] };
  const items = [...(opts.checklistToTasks && wanted("checklist") ? checklist.tasks : []), ...actions.tasks];
  const tasks = mergeIntoTasks({
    tasks: parsed.tasks,
    snapshot: snapshot.sheets.find((s) => s.name === parsed.tasks.sheet),
    items,
    lang,
  });

  const { plan, findings: printProblems } = printReady(
    {
      sheets: [
        ...(wanted("checklist") ? [checklist.sheet] : []),
        ...(wanted("minutes") ? [minutes] : []),
        ...(wanted("notice") ? [notice.sheet, replySlip.sheet] : []),
        ...(wanted("signIn") ? [signIn.sheet] : []),
        ...(wanted("badges") ? [badges.sheet, badgeCards] : []),
        ...(tasks.sheet ? [tasks.sheet] : []),
      ].map((sheet, i) => (i === 0 ? { ...sheet, activate: true } : sheet)),
    },
    parsed.event,
    lang,
  );
  const result: DocumentsResult = {
    parsed,
    lang,
    sheets: plan.sheets.map((s) => s.name),
    missingNotice: wanted("notice") ? notice.missing : [],
    signIn: signIn.listed,
    badges: Object.values(badges.counts).reduce((a, b) => a + b, 0),
    checklistRows: checklist.rows.length,
    checklistStatus: checklist.statusRange,
    tasks,
    actionItems: actions.tasks.length,
    findings: [
      ...(wanted("checklist") ? checklist.findings : []),
      ...(wanted("notice") ? [...notice.findings, ...replySlip.findings] : []),
      ...printProblems,
      ...(wanted("signIn") ? signIn.findings : []),
      ...actions.findings,
      ...mergedRowWarnings(parsed.roster),
      ...notices,
    ],
    plan,
  };
  if (!opts.dryRun) result.applied = await gateway.apply(plan);
  return result;
}
