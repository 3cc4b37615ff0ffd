/**
 * Times of day as planners type them: "14:30", "14:30:00", "2:30 PM", "下午2:30", "下午2点半",
 * "14时30分", "14点", "8点一刻", "晚上七点". Seconds are dropped (not rounded), as Excel's "h:mm"
 * display does.
 */
import { chineseNumeralsToDigits } from "./chineseNumerals";
import { prepare } from "./prepare";

type Period = "none" | "am" | "pm" | "earlyMorning" | "morning" | "noon" | "evening";

const PERIOD_WORDS: [string, Period][] = [
  ["凌晨", "earlyMorning"],
  ["早上", "morning"],
  ["早晨", "morning"],
  ["上午", "morning"],
  ["早", "morning"],
  ["中午", "noon"],
  ["下午", "pm"],
  ["午后", "pm"],
  ["傍晚", "evening"],
  ["晚上", "evening"],
  ["晚间", "evening"],
  ["夜里", "evening"],
  ["夜间", "evening"],
  ["晚", "evening"],
];

const COLON = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?/;
// 14点 / 14时 / 14点30分 / 14点30 / 2点半 / 8点1刻 (一刻 after numeral folding) / 14点整
const CHINESE = /^(\d{1,2})[点點时時](?:(半)|([13])刻|(\d{1,2})分?(?:\d{1,2}秒)?|整|钟)?/;
const BARE_HOUR = /^(\d{1,2})(?=[ap])/; // "2pm", only with a suffix
const SUFFIX = /^(am|a\.m\.?|pm|p\.m\.?)$/;

/** An hour as the period word says it: "下午2" is 14, "凌晨12" is 0; undefined when they disagree. */
function hourIn(period: Period, h: number): number | undefined {
  switch (period) {
    case "none":
      return h <= 23 ? h : undefined;
    case "am":
      return h >= 1 && h <= 12 ? h % 12 : undefined;
    case "earlyMorning":
      return h === 12 ? 0 : h <= 11 ? h : undefined;
    case "morning":
      return h <= 12 ? h : undefined;
    case "noon":
      return h >= 11 && h <= 23 ? h : h >= 1 && h <= 3 ? h + 12 : undefined;
    case "pm":
      return h >= 1 && h <= 11 ? h + 12 : h >= 12 && h <= 23 ? h : undefined;
    case "evening":
      // "晚上12点" could be either end of the day: not read.
      return h >= 1 && h <= 11 ? h + 12 : h >= 13 && h <= 23 ? h : undefined;
  }
}

/** Minutes after midnight (0–1439) of a typed time of day; undefined when it is not one. */
export function parseTimeText(s: string): number | undefined {
  let t = chineseNumeralsToDigits(prepare(s)).replace(/\s+/g, "");
  let period: Period = "none";
  const word = PERIOD_WORDS.find(([w]) => t.startsWith(w));
  if (word) {
    period = word[1];
    t = t.slice(word[0].length);
  }
  let h: number;
  let min: number;
  let m: RegExpExecArray | null;
  if ((m = COLON.exec(t))) {
    h = Number(m[1]);
    min = Number(m[2]);
  } else if ((m = CHINESE.exec(t))) {
    h = Number(m[1]);
    min = m[2] ? 30 : m[3] ? Number(m[3]) * 15 : m[4] ? Number(m[4]) : 0;
  } else if ((m = BARE_HOUR.exec(t))) {
    h = Number(m[1]);
    min = 0;
  } else {
    return undefined;
  }
  const rest = t.slice(m[0].length);
  if (rest !== "") {
    const suffix = SUFFIX.exec(rest);
    if (!suffix || period !== "none") return undefined;
    period = suffix[1].startsWith("a") ? "am" : "pm";
  }
  const hour = hourIn(period, h);
  if (hour === undefined || min > 59) return undefined;
  return hour * 60 + min;
}
