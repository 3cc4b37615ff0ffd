import { WorkbookUnavailableError } from "../workbook/gateway";

/**
 * Office failures turned into a message a planner can act on, in Chinese and English.
 * The Office error code is kept for callers; the original error is kept as `cause` for
 * debugging and never shown.
 */
export class OfficeRequestError extends WorkbookUnavailableError {
  constructor(
    readonly code: string,
    message: string,
    messageZh: string,
    options?: { cause?: unknown },
  ) {
    super(message, messageZh);
    this.name = "OfficeRequestError";
    if (options && "cause" in options) (this as { cause?: unknown }).cause = options.cause;
  }
}

const MESSAGES: Record<string, { en: string; zh: string }> = {
  InvalidArgument: {
    en: "Excel rejected a value or setting the add-in tried to write.",
    zh: "Excel 拒绝了加载项要写入的某个值或设置。",
  },
  ItemAlreadyExists: {
    en: "A sheet, table or name with the same name already exists in the workbook. Rename or remove it and try again.",
    zh: "工作簿中已有同名的工作表、表格或名称。请重命名或删除后重试。",
  },
  ItemNotFound: {
    en: "A sheet, table or name the add-in expected is no longer in the workbook (a co-author may have just changed it). Try again.",
    zh: "加载项需要的工作表、表格或名称已不在工作簿中（可能刚被协作者修改）。请重试。",
  },
  AccessDenied: {
    en: "Excel did not allow the change. The sheet or workbook may be protected or read-only.",
    zh: "Excel 不允许此更改。工作表或工作簿可能受保护或为只读。",
  },
  InvalidOperation: {
    en: "Excel could not do this to the sheet as it is now (for example, a table or merged cells are in the way).",
    zh: "Excel 无法在工作表当前状态下执行此操作（例如有表格或合并单元格妨碍）。",
  },
  InvalidOperationInCellEditMode: {
    en: "Finish editing the cell in Excel (press Enter or Esc), then try again.",
    zh: "请先结束 Excel 中的单元格编辑（按 Enter 或 Esc），然后重试。",
  },
  MergedRangeConflict: {
    en: "Merged cells or a table overlap the range the add-in writes to. Unmerge or move them and try again.",
    zh: "要写入的区域与合并单元格或表格重叠。请取消合并或移开后重试。",
  },
  InsertDeleteConflict: {
    en: "The change conflicts with rows or columns being inserted or deleted. Try again.",
    zh: "此更改与正在插入或删除的行列冲突。请重试。",
  },
  Conflict: {
    en: "Someone else changed the workbook at the same time. Try again.",
    zh: "其他人同时修改了工作簿。请重试。",
  },
  RequestPayloadSizeLimitExceeded: {
    en: "The data is too large for Excel to accept in one go, even in parts. Try a smaller workbook or the command line tool.",
    zh: "数据太大，Excel 即使分批也无法接收。请减小数据量，或使用命令行工具。",
  },
  ResponsePayloadSizeLimitExceeded: {
    en: "The sheets are too large for Excel to send, even in parts. Remove unused rows and columns, or use the command line tool.",
    zh: "工作表太大，Excel 即使分批也无法发送。请删除多余的行列，或使用命令行工具。",
  },
  ActivityLimitReached: {
    en: "Excel is busy. Wait a moment and try again.",
    zh: "Excel 正忙。请稍候重试。",
  },
  RequestAborted: {
    en: "Excel stopped the request. Try again.",
    zh: "Excel 中止了请求。请重试。",
  },
  ServiceNotAvailable: {
    en: "Excel is not available right now. Try again in a moment.",
    zh: "Excel 暂时不可用。请稍后重试。",
  },
  ApiNotFound: {
    en: "This version of Excel lacks a feature the add-in needs. Excel 2019 or later, Microsoft 365 or Excel on the web is required.",
    zh: "此版本的 Excel 缺少加载项所需的功能。需要 Excel 2019 及以上版本、Microsoft 365 或网页版 Excel。",
  },
  UnsupportedSheet: {
    en: "The add-in cannot work on this kind of sheet (a chart or macro sheet).",
    zh: "加载项无法处理此类工作表（图表工作表或宏工作表）。",
  },
  GeneralException: {
    en: "Excel reported an internal error. Try again; if it keeps happening, save and reopen the workbook.",
    zh: "Excel 报告了内部错误。请重试；如反复出现，请保存并重新打开工作簿。",
  },
};

const UNKNOWN = {
  en: "Excel could not complete the request. Try again.",
  zh: "Excel 未能完成请求。请重试。",
};

const ACTION = {
  read: { en: "Could not read the workbook: ", zh: "无法读取工作簿：" },
  write: { en: "Could not write to the workbook: ", zh: "无法写入工作簿：" },
};

export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export function isPayloadLimitError(e: unknown): boolean {
  const code = errorCode(e);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** Any failure as an OfficeRequestError with a bilingual message; one already mapped passes through. */
export function toOfficeRequestError(e: unknown, action: "read" | "write"): OfficeRequestError {
  if (e instanceof OfficeRequestError) return e;
  const code = errorCode(e) ?? "Unknown";
  const text = MESSAGES[code] ?? UNKNOWN;
  return new OfficeRequestError(code, ACTION[action].en + text.en, ACTION[action].zh + text.zh, { cause: e });
}
