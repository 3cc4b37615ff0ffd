import type { Finding } from "../../finding";
import { visitEventSettings } from "../../schema/eventSettings";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import type { ColumnDef } from "../../schema/sheetDef";
import type { EventFields } from "../../schema/sheets";
import type { DateTimeValue } from "../../schema/values";

export const REPLY_SLIP_SETTING_DEFS: readonly (ColumnDef & { key: "replyBy" })[] = [
  {
    key: "replyBy",
    zh: "回执截止时间",
    en: "Reply by",
    synonyms: ["回执截止", "回执截止日期", "报名截止", "报名截止时间", "Reply deadline", "RSVP by", "Registration deadline"],
    type: "dateTime",
  },
];

/** The Event sheet's 回执截止时间, if it has one. */
export function readReplyBy(event: ParsedKeyValue<EventFields>): { replyBy?: DateTimeValue; findings: Finding[] } {
  let replyBy: DateTimeValue | undefined;
  const findings: Finding[] = [];
  visitEventSettings(event, REPLY_SLIP_SETTING_DEFS, findings, ({ value }) => (replyBy ??= value as DateTimeValue));
  return { replyBy, findings };
}
