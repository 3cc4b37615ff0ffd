import type { Finding } from "../../finding";
import { headerIndex, matchHeader } from "../../schema/headerMatch";
import { parseCell } from "../../schema/parseCell";
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
  const sheet = event.sheet;
  if (!sheet) return { settings, findings };
  const idx = headerIndex(NOTICE_SETTING_DEFS);
  for (const [label, cell] of Object.entries(event.extras)) {
    const key = matchHeader(idx, label) as Key | undefined;
    if (!key) continue;
    const parsed = parseCell(
      cell.raw,
      NOTICE_SETTING_DEFS.find((d) => d.key === key)!,
      sheet,
      cell.address,
    );
    if (parsed.problem) findings.push({ ...parsed.problem, id: "settings.invalid" });
    if (!parsed.cell) continue;
    if (key === "organiser") settings.organiser ??= parsed.cell.value as string;
    else settings.date ??= parsed.cell.value as DateTimeValue;
  }
  return { settings, findings };
}
