import type { Finding } from "../../finding";
import type { Lang } from "../../i18n";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import { EVENT, type EventFields } from "../../schema/sheets";
import { headerIndex, matchHeader } from "../../schema/headerMatch";
import { ELEMENT_LABELS, type NoticeElementKey } from "./labels";
import { NOTICE_SETTING_DEFS } from "./noticeSettings";

type EventKey = keyof EventFields & string;

const START_ROW = { zh: EVENT.keys.find((k) => k.key === "start")!.zh, en: EVENT.keys.find((k) => k.key === "start")!.en };

/** The Event rows that would give the element, in the order a planner fills them. */
function rowsFor(key: NoticeElementKey, event: ParsedKeyValue<EventFields>): EventKey[] {
  if (key === "content") return ["content", "theme"];
  // 会期 needs the start, then an end or a duration.
  if (key === "duration") return event.fields.start ? ["end", "duration"] : ["start"];
  return [key];
}

/**
 * One finding per element the notice shows as a placeholder, at the Event row to fill: its key
 * cell when the row is there with an empty value, else the Event sheet's A1 with a fix naming the
 * row to add.
 */
export function missingElementFindings(event: ParsedKeyValue<EventFields>, missing: readonly NoticeElementKey[], lang: Lang): Finding[] {
  const sheet = event.sheet ?? EVENT[lang];
  return missing.map((key) => {
    const rows = rowsFor(key, event);
    const keyCell = rows.map((k) => event.keyCells.get(k)).find((c) => c !== undefined);
    const label = ELEMENT_LABELS[key].label;
    const row = key === "duration" && !event.fields.start ? START_ROW : ELEMENT_LABELS[key].eventRows;
    return {
      id: "notice.placeholder",
      severity: "warning",
      sheet,
      cell: keyCell ?? "A1",
      message: {
        zh: `会议通知的“${label.zh}”一项仍是待填写的占位文字。`,
        en: `The notice's "${label.en}" item is still a placeholder.`,
      },
      fix: keyCell
        ? {
            zh: `在“${sheet}”表“${row.zh}”一行填写内容，然后重新生成会议通知。`,
            en: `Fill in the ${row.en} row of the "${sheet}" sheet, then regenerate the notice.`,
          }
        : addRowFix(sheet, row),
    };
  });
}

const SIGN_OFF_ROWS = {
  organiser: NOTICE_SETTING_DEFS.find((d) => d.key === "organiser")!,
  date: NOTICE_SETTING_DEFS.find((d) => d.key === "date")!,
};

/**
 * One finding per part of the sign-off (发文单位, 发文日期) still a placeholder: at its Event row
 * when the row is there but empty, else at the Event sheet's A1 with the row to add.
 */
export function signOffFindings(event: ParsedKeyValue<EventFields>, missing: readonly ("organiser" | "date")[], lang: Lang): Finding[] {
  const sheet = event.sheet ?? EVENT[lang];
  const idx = headerIndex(NOTICE_SETTING_DEFS);
  return missing.map((part) => {
    const row = SIGN_OFF_ROWS[part];
    const label = Object.keys(event.extras).find((l) => matchHeader(idx, l) === part);
    const empty = [...(event.emptyExtras ?? [])].find(([l]) => matchHeader(idx, l) === part);
    const cell = label ? event.extras[label].address : empty?.[1];
    return {
      id: "notice.placeholder",
      severity: "warning",
      sheet,
      cell: cell ?? "A1",
      message: {
        zh: `会议通知落款的“${row.zh}”仍是待填写的占位文字。`,
        en: `The notice's sign-off still shows a placeholder for "${row.en}".`,
      },
      fix: cell
        ? {
            zh: `在“${sheet}”表 ${cell} 填写${row.zh}，然后重新生成会议通知。`,
            en: `Fill in ${cell} on the "${sheet}" sheet, then regenerate the notice.`,
          }
        : addRowFix(sheet, row),
    };
  });
}

/** How to add a row the Event sheet lacks. */
function addRowFix(sheet: string, row: { zh: string; en: string }): Finding["fix"] {
  return {
    zh: `在“${sheet}”表添加“${row.zh}”一行并填写，然后重新生成会议通知。`,
    en: `Add a row "${row.en}" to the "${sheet}" sheet and fill it in, then regenerate the notice.`,
  };
}
