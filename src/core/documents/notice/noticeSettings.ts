import { visitEventSettings } from "../../schema/eventSettings";
import type { Finding } from "../../finding";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import type { ColumnDef } from "../../schema/sheetDef";
import type { EventFields } from "../../schema/sheets";
import type { DateTimeValue } from "../../schema/values";

/** What the notice's sign-off says, from optional Event rows. */
export interface NoticeSettings {
  /** 发文单位 / Issued by: who signs the notice. */
  organiser?: string;
  /** 发文日期 / Notice date: the date under the signature. */
  date?: DateTimeValue;
}

type Key = "organiser" | "date";

const def = (key: Key, zh: string, en: string, type: ColumnDef["type"], synonyms: string[]) => ({ key, zh, en, type, synonyms });

export const NOTICE_SETTING_DEFS: readonly (ColumnDef & { key: Key })[] = [
  def("organiser", "发文单位", "Issued by", "text", [
    "主办单位",
    "主办方",
    "落款",
    "落款单位",
    "Organiser",
    "Organizer",
    "Host organisation",
  ]),
  def("date", "发文日期", "Notice date", "dateTime", ["通知日期", "印发日期", "成文日期", "Date of notice", "Date of issue", "Issue date"]),
];

/** Reads the sign-off rows; a date that cannot be read gives a `settings.invalid` finding and a placeholder. */
export function readNoticeSettings(event: ParsedKeyValue<EventFields>): { settings: NoticeSettings; findings: Finding[] } {
  const settings: NoticeSettings = {};
  const findings: Finding[] = [];
  visitEventSettings(event, NOTICE_SETTING_DEFS, findings, ({ key, value }) => {
    if (key === "organiser") settings.organiser ??= value as string;
    else settings.date ??= value as DateTimeValue;
  });
  return { settings, findings };
}
