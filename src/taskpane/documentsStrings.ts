import type { DocumentKind } from "../app/documents";
import type { Lang } from "../core/i18n";

/** The texts of the Documents outcome, in both languages; loaded with its view, not with the pane. */
export interface DocumentsPaneStrings {
  heading: string;
  nothingWritten: string;
  checklist: (rows: number) => string;
  signIn: (people: number) => string;
  badges: (badges: number) => string;
  tasksHeading: string;
  tasksAdded: (added: number, sheet: string) => string;
  tasksMoved: (n: number) => string;
  tasksPresent: (n: number) => string;
  actionItems: (n: number) => string;
  noActionItems: string;
  placeholdersHeading: (n: number) => string;
  placeholder: (element: string) => string;
  choose: string;
  kinds: Record<DocumentKind, string>;
  writeChosen: (n: number) => string;
}

const zh: DocumentsPaneStrings = {
  choose: "要写入的文档",
  kinds: { checklist: "会务清单", minutes: "会议纪要", notice: "会议通知及参会回执", signIn: "签到表", badges: "证件及证件卡片" },
  writeChosen: (n) => `只写入所选的 ${n} 项`,
  heading: "会务文档",
  nothingWritten: "未写入任何工作表。",
  checklist: (rows) => `会务清单 ${rows} 项`,
  signIn: (people) => `签到表 ${people} 人`,
  badges: (badges) => `证件 ${badges} 张`,
  tasksHeading: "任务",
  tasksAdded: (added, sheet) => (added > 0 ? `已向“${sheet}”表新增 ${added} 项任务` : `“${sheet}”表没有新增任务`),
  tasksMoved: (n) => `${n} 项任务的截止时间随会期调整`,
  tasksPresent: (n) => `${n} 项已在任务表中，未重复添加`,
  actionItems: (n) => `从会议纪要读取行动事项 ${n} 项，已加入任务表`,
  noActionItems: "会议纪要中尚未填写行动事项；会后填写后再次生成，即可加入任务表。",
  placeholdersHeading: (n) => `会议通知待填写（${n}）`,
  placeholder: (element) => `待填写：${element}`,
};

const en: DocumentsPaneStrings = {
  choose: "Documents to write",
  kinds: {
    checklist: "Checklist",
    minutes: "Minutes",
    notice: "Notice and reply form",
    signIn: "Sign-in sheet",
    badges: "Badges and badge cards",
  },
  writeChosen: (n) => (n === 1 ? "Write only the one chosen" : `Write only the ${n} chosen`),
  heading: "Documents",
  nothingWritten: "No sheet was written.",
  checklist: (rows) => `Checklist: ${rows} ${rows === 1 ? "step" : "steps"}`,
  signIn: (people) => `Sign-in sheet: ${people} ${people === 1 ? "person" : "people"}`,
  badges: (badges) => `Badges: ${badges}`,
  tasksHeading: "Tasks",
  tasksAdded: (added, sheet) =>
    added > 0 ? `${added} ${added === 1 ? "task" : "tasks"} added to the ${sheet} sheet` : `No task added to the ${sheet} sheet`,
  tasksMoved: (n) => `${n} ${n === 1 ? "due date" : "due dates"} moved with the meeting`,
  tasksPresent: (n) => `${n} already on the Tasks sheet, not added again`,
  actionItems: (n) => `${n} action ${n === 1 ? "item" : "items"} read from the minutes and added to the tasks`,
  noActionItems:
    "No action items in the minutes yet: fill them in after the meeting and write the documents again to add them to the tasks.",
  placeholdersHeading: (n) => `Notice: to be filled in (${n})`,
  placeholder: (element) => `To be filled in: ${element}`,
};

const STRINGS: Record<Lang, DocumentsPaneStrings> = { zh, en };

export function documentsPaneStrings(lang: Lang): DocumentsPaneStrings {
  return STRINGS[lang];
}
