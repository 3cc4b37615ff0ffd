import type { Bilingual } from "../i18n";
import { foldKey } from "./normalize/text";

/** A closed list of values with canonical Chinese and English names and typed-in synonyms. */
export interface EnumValue<C extends string> {
  code: C;
  zh: string;
  en: string;
  synonyms: readonly string[];
}

export interface EnumDef<C extends string> {
  name: Bilingual;
  values: readonly EnumValue<C>[];
}

function def<C extends string>(name: Bilingual, values: EnumValue<C>[]): EnumDef<C> {
  return { name, values };
}

export type Gender = "male" | "female";
export const GENDER = def<Gender>({ zh: "性别", en: "gender" }, [
  { code: "male", zh: "男", en: "Male", synonyms: ["m", "男性", "先生", "mr"] },
  { code: "female", zh: "女", en: "Female", synonyms: ["f", "女性", "女士", "ms", "mrs"] },
]);

export type Role = "attendee" | "observer" | "guest" | "speaker" | "staff";
export const ROLE = def<Role>({ zh: "身份", en: "role" }, [
  { code: "attendee", zh: "出席", en: "Attendee", synonyms: ["出席人员", "正式代表", "代表", "delegate", "participant"] },
  { code: "observer", zh: "列席", en: "Observer", synonyms: ["列席人员", "列席代表", "non-voting"] },
  { code: "guest", zh: "嘉宾", en: "Guest", synonyms: ["特邀嘉宾", "来宾", "贵宾", "vip guest", "invited guest"] },
  { code: "speaker", zh: "讲师", en: "Speaker", synonyms: ["主讲", "讲者", "发言人", "演讲嘉宾", "lecturer", "presenter"] },
  { code: "staff", zh: "工作人员", en: "Staff", synonyms: ["会务人员", "会务组", "工作组", "organiser", "organizer", "crew"] },
]);

export type RsvpStatus = "confirmed" | "pending" | "leave" | "cancelled";
export const RSVP_STATUS = def<RsvpStatus>({ zh: "回执", en: "status" }, [
  {
    code: "confirmed",
    zh: "已确认",
    en: "Confirmed",
    synonyms: ["确认", "已回执", "参加", "参会", "出席", "yes", "accepted", "attending", "will attend"],
  },
  { code: "pending", zh: "待确认", en: "Pending", synonyms: ["未确认", "未回执", "待定", "tbc", "tbd", "awaiting", "unconfirmed"] },
  { code: "leave", zh: "请假", en: "On leave", synonyms: ["已请假", "leave", "apologies", "excused"] },
  {
    code: "cancelled",
    zh: "取消",
    en: "Cancelled",
    // A row marked for removal instead of deleted is not coming either: not seated, housed or badged.
    synonyms: [
      "已取消",
      "不参加",
      "不参会",
      "删除",
      "已删除",
      "作废",
      "canceled",
      "declined",
      "no",
      "remove",
      "removed",
      "delete",
      "deleted",
      "not attending",
      "will not attend",
      "regrets",
    ],
  },
]);

export type Badge = "attendance" | "observer" | "staff";
export const BADGE = def<Badge>({ zh: "证件类型", en: "badge" }, [
  { code: "attendance", zh: "出席证", en: "Attendee badge", synonyms: ["代表证", "attendee", "delegate badge", "delegate"] },
  { code: "observer", zh: "列席证", en: "Observer badge", synonyms: ["observer"] },
  { code: "staff", zh: "工作证", en: "Staff badge", synonyms: ["staff", "staff pass"] },
]);

export type Phase = "pre" | "during" | "post";
export const PHASE = def<Phase>({ zh: "阶段", en: "phase" }, [
  { code: "pre", zh: "会前", en: "Before", synonyms: ["会前准备", "筹备", "pre-meeting", "before the meeting", "preparation", "pre"] },
  { code: "during", zh: "会中", en: "During", synonyms: ["会中服务", "会间", "会间服务", "会期", "during the meeting", "on site"] },
  { code: "post", zh: "会后", en: "After", synonyms: ["会后处理", "会后工作", "善后", "after the meeting", "follow-up", "post"] },
]);

export type TaskStatus = "notStarted" | "inProgress" | "done" | "blocked";
export const TASK_STATUS = def<TaskStatus>({ zh: "状态", en: "status" }, [
  { code: "notStarted", zh: "未开始", en: "Not started", synonyms: ["待办", "todo", "to do", "open", "new"] },
  { code: "inProgress", zh: "进行中", en: "In progress", synonyms: ["处理中", "doing", "started", "ongoing", "wip"] },
  { code: "done", zh: "已完成", en: "Done", synonyms: ["完成", "已办结", "办结", "completed", "complete", "closed", "finished"] },
  { code: "blocked", zh: "受阻", en: "Blocked", synonyms: ["阻塞", "暂停", "on hold", "stuck"] },
]);

export type PaymentStatus = "unpaid" | "partial" | "paid";
export const PAYMENT_STATUS = def<PaymentStatus>({ zh: "付款状态", en: "payment status" }, [
  { code: "unpaid", zh: "未付款", en: "Unpaid", synonyms: ["未付", "待付款", "pending", "not paid"] },
  {
    code: "partial",
    zh: "部分付款",
    en: "Partly paid",
    synonyms: ["部分支付", "已付定金", "定金", "deposit", "partial", "partially paid"],
  },
  { code: "paid", zh: "已付款", en: "Paid", synonyms: ["已付", "已支付", "已结算", "settled"] },
]);

export type SeatingConvention = "chinese" | "international";
export const SEATING_CONVENTION = def<SeatingConvention>({ zh: "座次惯例", en: "seating convention" }, [
  { code: "chinese", zh: "中式", en: "Chinese", synonyms: ["中国", "国内", "china", "cn"] },
  { code: "international", zh: "国际", en: "International", synonyms: ["国际惯例", "西式", "intl", "western"] },
]);

const indexCache = new WeakMap<EnumDef<string>, Map<string, string>>();

function index<C extends string>(d: EnumDef<C>): Map<string, C> {
  let m = indexCache.get(d) as Map<string, C> | undefined;
  if (!m) {
    m = new Map<string, C>();
    for (const v of d.values) {
      for (const s of [v.code, v.zh, v.en, ...v.synonyms]) {
        const k = foldKey(s);
        if (!m.has(k)) m.set(k, v.code);
      }
    }
    indexCache.set(d as EnumDef<string>, m as Map<string, string>);
  }
  return m;
}

/** The code for a typed value in either language, or undefined when it is not one of the list. */
export function matchEnum<C extends string>(d: EnumDef<C>, text: string): C | undefined {
  return index(d).get(foldKey(text));
}

/** Display names of all values in one language, e.g. for a dropdown. */
export function enumLabels<C extends string>(d: EnumDef<C>, lang: "zh" | "en"): string[] {
  return d.values.map((v) => v[lang]);
}

export function enumLabel<C extends string>(d: EnumDef<C>, code: C, lang: "zh" | "en"): string {
  return d.values.find((v) => v.code === code)?.[lang] ?? code;
}
