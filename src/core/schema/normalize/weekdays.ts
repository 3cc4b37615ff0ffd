/**
 * Weekday names, and finding them in typed dates: "（星期日）", "周日", "礼拜天", "Sun", "(Sunday)".
 * They only decorate a date; parsers remove them and check they agree with it.
 */

export const WEEKDAYS_ZH = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"] as const;
export const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

const ZH_DAY: Record<string, number> = { 日: 0, 天: 0, 七: 0, "7": 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const ZH = /\(?\s*(?:星期|礼拜|周)\s*([一二三四五六日天七1-7])\s*\)?/g;

const EN_NAMES: [RegExp, number][] = [
  [/^sun/, 0],
  [/^mon/, 1],
  [/^tue/, 2],
  [/^wed/, 3],
  [/^thu/, 4],
  [/^fri/, 5],
  [/^sat/, 6],
];
const EN = /\(?\s*\b(sunday|sun|monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat)\b\.?\s*\)?/g;

/**
 * The text without weekday names, and the weekdays named (0 = Sunday). Expects text already
 * half-width and lower-case (see `prepare`).
 */
export function extractWeekdays(s: string): { text: string; weekdays: number[] } {
  const weekdays: number[] = [];
  const text = s
    .replace(ZH, (_, c: string) => {
      const n = /[1-6]/.test(c) ? Number(c) : ZH_DAY[c];
      weekdays.push(n);
      return " ";
    })
    .replace(EN, (_, name: string) => {
      weekdays.push(EN_NAMES.find(([re]) => re.test(name))![1]);
      return " ";
    });
  return { text, weekdays };
}
