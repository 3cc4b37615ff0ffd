import type { Bilingual, Lang } from "../../i18n";
import type { Phase } from "../../schema/enums";
import type { ColumnDef } from "../../schema/sheetDef";
import type { MeetingSize } from "./stepTypes";

export const CHECKLIST_SHEET_NAME = { zh: "会务清单", en: "Checklist" } as const;

export type ChecklistColumn = "id" | "phase" | "step" | "group" | "owner" | "due" | "status" | "notes" | "computed";

const col = (key: ChecklistColumn, zh: string, en: string, width: number, synonyms: string[] = []) =>
  ({ key, zh, en, width, synonyms, type: "text" }) as ColumnDef & { key: ChecklistColumn; width: number };

/** The table's columns, left to right; the last is the generated copy, outside the print area. */
export const CHECKLIST_COLUMNS = [
  col("id", "编号", "ID", 8, ["步骤编号", "Key", "Step ID"]),
  col("phase", "阶段", "Phase", 11, ["环节", "Stage"]),
  col("step", "步骤", "Step", 40, ["任务", "事项", "工作事项", "Task", "Item"]),
  col("group", "负责组", "Team", 15, ["小组", "责任组", "工作组", "Group"]),
  col("owner", "负责人", "Owner", 10, ["责任人", "经办人", "Assignee"]),
  col("due", "截止时间", "Due", 17, ["截止日期", "完成时限", "Deadline", "Due date"]),
  col("status", "状态", "Status", 10, ["进度", "完成情况", "Progress"]),
  col("notes", "备注", "Notes", 26, ["说明", "Remarks"]),
  col("computed", "按会期计算", "Computed due", 17, ["自动生成", "Generated", "Computed"]),
] as const;

export const COLUMN_INDEX: Record<ChecklistColumn, number> = Object.fromEntries(CHECKLIST_COLUMNS.map((c, i) => [c.key, i])) as Record<
  ChecklistColumn,
  number
>;

/** Phase names as the checklist shows them; the Tasks sheet's 阶段 column reads them too. */
export const PHASE_LABEL: Record<Phase, Bilingual> = {
  pre: { zh: "会前准备", en: "Before the meeting" },
  during: { zh: "会中服务", en: "During the meeting" },
  post: { zh: "会后处理", en: "After the meeting" },
};

const SIZE_LABEL: Record<MeetingSize, Bilingual> = {
  routine: { zh: "例会", en: "routine" },
  small: { zh: "小型", en: "small" },
  large: { zh: "大型", en: "large" },
};

const yesNo = (v: boolean, lang: Lang) => (lang === "zh" ? (v ? "是" : "否") : v ? "yes" : "no");

/** Note lines stay under the print width (about 120 characters) because they do not wrap. */
export const L = {
  title: (name: string | undefined, lang: Lang) => `${CHECKLIST_SHEET_NAME[lang]}${name ? ` — ${name}` : ""}`,
  dueBasis: (start: string, end: string | undefined, lang: Lang) =>
    lang === "zh"
      ? `截止时间按会议开始时间 ${start}${end ? `、结束时间 ${end}` : ""} 推算。`
      : `Due dates count from the start (${start})${end ? ` and the end (${end})` : ""}.`,
  noStart: {
    zh: "“会议信息”表没有开始时间，截止时间暂未推算；填上后重新生成即可。",
    en: "The Event sheet has no start yet, so there are no due dates; fill it in and generate the checklist again.",
  },
  keepsEdits: {
    zh: "改过的截止时间、步骤、负责人、状态和备注在重新生成时保留；灰色的“按会期计算”列用于比对，请勿修改。",
    en: "Your changes to due dates, steps, owners, status and notes are kept on re-runs; leave the grey Computed due column alone.",
  },
  options: (size: MeetingSize, sizeSet: boolean, attendees: number, lodging: boolean, meals: boolean, lang: Lang) => {
    const zh = lang === "zh";
    const inferred = sizeSet ? "" : zh ? `（按${attendees}名参会人员推算）` : ` (${attendees} attendees)`;
    return zh
      ? `会议规模：${SIZE_LABEL[size].zh}${inferred}；安排住宿：${yesNo(lodging, lang)}；安排用餐：${yesNo(meals, lang)}（可在“会议信息”表修改）。`
      : `Size: ${SIZE_LABEL[size].en}${inferred}; lodging: ${yesNo(lodging, lang)}; meals: ${yesNo(meals, lang)}. Change on the Event sheet (Meeting size, Lodging, Meals).`;
  },
};
