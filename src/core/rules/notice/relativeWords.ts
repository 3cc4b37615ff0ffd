/**
 * Words that date something relative to the day it is read: "明天", "下周一", "tomorrow",
 * "next Monday". The seed: 时间一般要注明年月日，不能用“明天”“后天”等容易产生混淆的词汇.
 * Words tied to the meeting itself (当天, 次日, "the next day") are clear and not listed; so are
 * years on their own ("部署明年工作" is a plan, not a date).
 */
const ZH_DAY = /大后天|大前天|今明两天|今天|今日|今晚|今早|明天|明日|明晚|明早|明晨|后天|後天|昨天|昨日|(?<!提)前天/g;
/** "以下周边" or "成本月报" are not dates: the prefix character belongs to the word before. */
const NOT_AFTER = "(?<![以之地晚早马日基成资根版样文剧课脚账书原记])";
const ZH_WEEK = new RegExp(
  `${NOT_AFTER}(?:本|这|下下|下|上)个?(?:周|星期|礼拜)(?:[一二三四五六日天末]|(?![边围到全期年岁转刊报密详]))`,
  "g",
);
const ZH_MONTH = new RegExp(`${NOT_AFTER}(?:本|这|下|上)个?月(?:[初中底末]|\\d{1,2}\\s*[日号])?(?!份?度|刊|报|饼|光|台|亮|球|薪)`, "g");
const ZH_YEAR = /(?:今|明|去)年(?=\s*[\d一二三四五六七八九十]{1,3}\s*月)/g;
const EN =
  /\b(?:today|tonight|tomorrow|yesterday|(?:next|this|coming|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|morning|afternoon|evening))\b/gi;

const PATTERNS = [ZH_DAY, ZH_WEEK, ZH_MONTH, ZH_YEAR, EN];

/** The relative date words in a text, each once, in the order they appear. */
export function relativeDateWords(text: string): string[] {
  const hits: { at: number; word: string }[] = [];
  for (const p of PATTERNS) for (const m of text.matchAll(p)) hits.push({ at: m.index ?? 0, word: m[0] });
  hits.sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((h) => h.word))];
}
