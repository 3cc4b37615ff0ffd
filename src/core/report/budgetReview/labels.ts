import type { Bilingual } from "../../i18n";

/** The review's fixed texts, in both languages. */
export const BUDGET_REVIEW_SHEET_NAME = { zh: "预算审核", en: "Budget Review" } as const;

export const HEADERS: Record<"zh" | "en", string[]> = {
  zh: ["类别", "预算金额", "已承诺", "实际金额", "已用", "差额", "已用比例", "预算表中的问题"],
  en: ["Category", "Budget", "Committed", "Actual", "Used", "Variance", "% used", "Findings on the Budget sheet"],
};

export const T = {
  uncategorised: { zh: "未分类（类别为空）", en: "Uncategorised (no category)" },
  total: { zh: "合计", en: "Total" },
  formulasOver: (sheet: string): Bilingual => ({
    zh: `本表数字均为公式，引用“${sheet}”工作表，修改预算后自动更新。`,
    en: `Every figure is a formula over the "${sheet}" sheet, so it follows later edits.`,
  }),
  definitions: {
    zh: "已用 = 已承诺与实际金额中较大者；差额 = 预算金额 − 已用（负数为超支）；已用比例 = 已用 ÷ 预算金额。差额的红色底纹按本次检查时的数值标出，修改后请重新运行检查。",
    en: "Used = the larger of Committed and Actual; Variance = Budget − Used (negative: over budget); % used = Used ÷ Budget. The red fill on variances reflects the figures at this check; run the check again after edits.",
  },
  /** How the category sums find their lines: all by criterion, some line by line, or all line by line. */
  ranges: (first: number, last: number, mode: "criteria" | "mixed" | "lines"): Bilingual =>
    mode === "lines"
      ? {
          zh: "各类别的金额逐行引用预算表；新增预算行后需重新运行检查。",
          en: "Each category references its lines on the Budget sheet one by one; run the check again after adding lines.",
        }
      : {
          zh:
            `各类别按 SUMIFS 统计预算表第 ${first}–${last} 行（在预算行下方新增的行也会计入）` +
            (mode === "mixed" ? "；未分类的行，以及名称像数字或日期、不能作为条件的类别，逐行引用" : "") +
            "；新增类别需重新运行检查。",
          en:
            `Categories are summed with SUMIFS over rows ${first}–${last} of the Budget sheet (lines added below the last one count too)` +
            (mode === "mixed"
              ? "; uncategorised lines, and categories a criterion cannot match exactly (names that read as numbers or dates), are referenced line by line"
              : "") +
            "; a new category needs the check to be run again.",
        },
  approved: { zh: "批准预算总额", en: "Approved total budget" },
  approvedFrom: (ref: string): Bilingual => ({ zh: `引用 ${ref}`, en: `From ${ref}` }),
  approvedText: (ref: string): Bilingual => ({
    zh: `${ref} 是文本，无法引用，此处填入其数值`,
    en: `${ref} holds text, which a formula cannot use; its amount is copied here`,
  }),
  approvedMissing: (sheet: string | null): Bilingual =>
    sheet
      ? { zh: `“${sheet}”工作表未填写预算总额`, en: `No total budget on the "${sheet}" sheet` }
      : { zh: "未找到会议信息工作表", en: "No Event sheet found" },
  difference: { zh: "批准总额 − 预算合计", en: "Approved − total budget" },
  differenceNote: {
    zh: "正数为尚未分配到预算行的金额，负数为预算行合计超出批准总额",
    en: "Positive: not yet allocated to budget lines; negative: the lines exceed the approved total",
  },
  contingency: { zh: "不可预计费用占预算合计", en: "Contingency share of total budget" },
  contingencyOf: (names: string[]): Bilingual => ({
    zh: `${names.join("、")} ÷ 预算合计`,
    en: `${names.join(", ")} ÷ total budget`,
  }),
  contingencyNone: { zh: "预算表中没有不可预计费用类别", en: "The Budget sheet has no contingency category" },
  attendees: { zh: "参会人数", en: "Attendees" },
  attendeesNote: {
    zh: "参会人员表中回执为“已确认”的人数（检查时的数值）",
    en: "People marked Confirmed on the Roster (as at this check)",
  },
  days: { zh: "会期天数", en: "Meeting days" },
  daysNote: {
    zh: "会议信息中开始时间至结束时间的天数（检查时的数值）",
    en: "From the Event sheet's start to its end (as at this check)",
  },
  daysUnknown: { zh: "会议信息中缺少开始或结束时间", en: "The Event sheet lacks a start or end" },
  perHeadDay: { zh: "人均每天费用", en: "Cost per attendee per day" },
  perHeadDayNote: { zh: "已用合计 ÷ 参会人数 ÷ 会期天数", en: "Total used ÷ attendees ÷ meeting days" },
  textAmounts: {
    zh: "以下金额以文本形式录入，公式不计入本表（改为数字后即计入）：",
    en: "These amounts are typed as text, which the formulas do not count (type them as numbers to include them):",
  },
  textAmountBeside: (cell: string, raw: string): Bilingual => ({
    zh: `${cell}：“${raw}”是文本，未计入`,
    en: `${cell}: "${raw}" is text and not counted`,
  }),
  errorAmounts: {
    zh: "以下金额单元格显示错误值，所在类别的合计也显示错误：",
    en: "These amount cells show an error value, so their category's sums show it too:",
  },
  missingColumn: (header: Bilingual): Bilingual => ({
    zh: `预算表没有“${header.zh}”列，该列留空。`,
    en: `The Budget sheet has no ${header.en} column; it is left empty.`,
  }),
  noCategoryColumn: {
    zh: "预算表没有“类别”列，所有预算行计入未分类。",
    en: "The Budget sheet has no Category column; every line is uncategorised.",
  },
  otherFindings: { zh: "预算表的其他问题：", en: "Other findings on the Budget sheet:" },
  noBudgetSheet: {
    zh: "未找到预算工作表，无法生成预算审核。请新建“预算”工作表，或运行“初始化”生成模板。",
    en: 'No Budget sheet found, so there is nothing to review. Add a sheet named "Budget", or run init to create the templates.',
  },
  noLines: (sheet: string): Bilingual => ({
    zh: `“${sheet}”工作表中没有预算行，无可审核的内容。`,
    en: `The "${sheet}" sheet has no budget lines to review.`,
  }),
} as const;
