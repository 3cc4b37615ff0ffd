import { PHASE, TASK_STATUS, type Phase, type TaskStatus } from "../enums";
import type { TableSheetDef } from "../sheetDef";
import type { DateTimeValue } from "../values";

/** 任务 / Tasks: one row per task of the 会前/会中/会后 phases. */
export interface TaskFields {
  id: string;
  phase: Phase;
  task: string;
  owner: string;
  group: string;
  due: DateTimeValue;
  status: TaskStatus;
  dependsOn: string[];
  notes: string;
}

export const TASKS: TableSheetDef = {
  key: "tasks",
  layout: "table",
  zh: "任务",
  en: "Tasks",
  synonyms: ["任务清单", "工作任务", "任务表", "工作计划", "会务任务", "分工", "Task list", "To do", "Todo", "Action items"],
  optional: false,
  essential: ["task"],
  minHeaderMatches: 3,
  columns: [
    {
      key: "id",
      zh: "编号",
      en: "ID",
      synonyms: ["任务编号", "No.", "Task ID"],
      type: "idText",
      width: 7,
      examples: { zh: ["T01", "T02"], en: ["T01", "T02"] },
    },
    {
      key: "phase",
      zh: "阶段",
      en: "Phase",
      synonyms: ["环节", "Stage"],
      type: "enum",
      enumDef: PHASE,
      width: 8,
      examples: { zh: ["会前", "会中"], en: ["Before", "During"] },
    },
    {
      key: "task",
      zh: "任务",
      en: "Task",
      synonyms: ["任务名称", "事项", "工作内容", "工作事项", "Item", "Action"],
      type: "text",
      width: 26,
      examples: { zh: ["印发会议通知", "设立签到台"], en: ["Send the meeting notice", "Set up the check-in desk"] },
    },
    {
      key: "owner",
      zh: "负责人",
      en: "Owner",
      synonyms: ["责任人", "经办人", "Assignee", "Responsible"],
      type: "text",
      width: 10,
      examples: { zh: ["王芳", "刘洋"], en: ["Mia Wong", "Sam Lee"] },
    },
    {
      key: "group",
      zh: "小组",
      en: "Group",
      synonyms: ["责任组", "工作组", "责任部门", "Team"],
      type: "text",
      width: 12,
      examples: { zh: ["会务组", "会务组"], en: ["Logistics team", "Logistics team"] },
    },
    {
      key: "due",
      zh: "截止时间",
      en: "Due",
      synonyms: ["截止日期", "完成时限", "完成时间", "时限", "Deadline", "Due date", "Due by"],
      type: "dateTime",
      width: 16,
    },
    {
      key: "status",
      zh: "状态",
      en: "Status",
      synonyms: ["进度", "完成情况", "Progress"],
      type: "enum",
      enumDef: TASK_STATUS,
      width: 8,
      examples: { zh: ["未开始", "未开始"], en: ["Not started", "Not started"] },
    },
    {
      key: "dependsOn",
      zh: "依赖",
      en: "Depends on",
      synonyms: ["前置任务", "前置", "Predecessor", "Predecessors", "Blocked by"],
      type: "list",
      width: 8,
    },
    { key: "notes", zh: "备注", en: "Notes", synonyms: ["说明", "Remarks", "Comment"], type: "text", width: 16 },
  ],
};
