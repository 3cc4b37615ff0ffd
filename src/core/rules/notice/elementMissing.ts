import type { Finding } from "../../finding";
import { EVENT } from "../../schema/sheets";
import { finding } from "../cells";
import type { Rule } from "../types";
import { eventValueCell } from "../cells";
import { isUnreadable, newRowCell } from "./eventRows";
import { isGiven, NOTICE_ELEMENTS } from "./noticeElements";

const LABELS = new Map(EVENT.keys.map((k) => [k.key, { zh: k.zh, en: k.en }]));

/**
 * The notice's elements missing from the Event sheet: one finding each, at the empty value next
 * to its key, or at the first free row when the sheet has no row for it. A value the parser could
 * not read is already reported there and is not called missing.
 */
export const elementMissing: Rule = {
  id: "notice.element-missing",
  family: "notice",
  severity: "warning",
  title: { zh: "会议通知要素缺失", en: "Notice element missing" },
  needs: [{ sheet: "event", columns: [] }],
  run({ wb }) {
    const event = wb.event;
    const out: Finding[] = [];
    for (const e of NOTICE_ELEMENTS) {
      if (isGiven(event.fields, e)) continue;
      const rows = [e.key, ...(e.alternatives ?? [])];
      if (rows.some((k) => isUnreadable(event, k))) continue;
      const label = LABELS.get(e.key)!;
      const cell = rows.map((k) => eventValueCell(event, k)).find((c) => c !== undefined);
      const missing = cell
        ? e.eight
          ? {
              zh: `会议通知八要素之一“${label.zh}”未填写`,
              en: `"${label.en}", one of the notice's eight elements, is empty`,
            }
          : { zh: `会议通知的“${label.zh}”未填写`, en: `The notice's "${label.en}" is empty` }
        : {
            zh: `会议信息表没有“${label.zh}”一项，会议通知缺少这一要素`,
            en: `The Event sheet has no ${label.en} row, so the notice lacks it`,
          };
      const then = e.consequence ? { zh: `；${e.consequence.zh}`, en: `; ${e.consequence.en}` } : { zh: "", en: "" };
      out.push(
        finding(
          elementMissing,
          event.sheet!,
          cell ?? newRowCell(event),
          { zh: `${missing.zh}${then.zh}。`, en: `${missing.en}${then.en}.` },
          cell
            ? { zh: `${e.hint.zh}。`, en: `${e.hint.en}.` }
            : {
                zh: `在此行添加“${label.zh}”：${e.hint.zh}。`,
                en: `Add a "${label.en}" row here: ${e.hint.en.charAt(0).toLowerCase()}${e.hint.en.slice(1)}.`,
              },
          e.severity,
        ),
      );
    }
    return out;
  },
};
