import type { Finding } from "../../finding";
import { formatDate } from "../../schema/normalize/dates";
import { EVENT } from "../../schema/sheets";
import { finding } from "../cells";
import type { Rule } from "../types";
import { byRow, type EventKey } from "./eventRows";
import { relativeDateWords } from "./relativeWords";

const TEXT_KEYS = EVENT.keys.filter((k) => k.type === "text");
const DATE_KEYS = EVENT.keys.filter((k) => k.type === "dateTime");

/**
 * Relative dates in the Event sheet ("明天", "下周一", "tomorrow"): a notice is forwarded and read
 * days later, so the seed asks for the year, month and day. In a date setting such a word is why
 * the cell could not be read; the finding sits beside the parser's and says so.
 */
export const relativeDate: Rule = {
  id: "notice.relative-date",
  family: "notice",
  severity: "warning",
  title: { zh: "会议通知使用相对日期", en: "Relative date in the notice" },
  needs: [{ sheet: "event", columns: [] }],
  run({ wb }) {
    const event = wb.event;
    const hits: { key: EventKey; cell: string; words: string[]; isDate: boolean }[] = [];
    for (const k of TEXT_KEYS) {
      const cell = event.fields[k.key as EventKey];
      const words = typeof cell?.value === "string" ? relativeDateWords(cell.value) : [];
      if (cell && words.length > 0) hits.push({ key: k.key as EventKey, cell: cell.address, words, isDate: false });
    }
    for (const k of DATE_KEYS) {
      // A relative word is why a date setting could not be read: the parser kept the cell as typed.
      const typed = event.unreadable.get(k.key);
      const words = typeof typed?.value === "string" ? relativeDateWords(typed.value) : [];
      if (typed && words.length > 0) hits.push({ key: k.key as EventKey, cell: typed.address, words, isDate: true });
    }
    const start = event.fields.start?.value.date;
    const example = start && { zh: formatDate(start, "zh"), en: formatDate(start, "en") };
    const label = new Map(EVENT.keys.map((k) => [k.key, k]));
    return hits.sort(byRow).map((h): Finding => {
      const l = label.get(h.key)!;
      const zh = h.words.map((w) => `“${w}”`).join("、");
      const en = h.words.map((w) => `"${w}"`).join(", ");
      const several = h.words.length > 1;
      return finding(
        relativeDate,
        event.sheet!,
        h.cell,
        h.isDate
          ? {
              zh: `“${l.zh}”用了相对日期${zh}，无法换算成具体日期；通知转发或隔天阅读时也容易误解。`,
              en: `"${l.en}" uses ${en}, ${several ? "relative dates that cannot be turned into a calendar date and read" : "a relative date that cannot be turned into a calendar date and reads"} differently on another day.`,
            }
          : {
              zh: `“${l.zh}”中的${zh}是相对日期，通知转发或隔天阅读时容易误解。`,
              en: `"${l.en}" says ${en}: ${several ? "relative dates read" : "a relative date reads"} differently on the day the notice is read.`,
            },
        example
          ? { zh: `改写为具体的年月日，如“${example.zh}”。`, en: `Write the full date instead, such as ${example.en}.` }
          : { zh: "改写为具体的年月日。", en: "Write the full date instead." },
      );
    });
  },
};
