/**
 * Chinese numerals in dates and times ("二〇二六年三月十五日", "下午两点半") to digits. Runs
 * with 十 are read as a number up to 99 ("十五" 15, "二十" 20, "三十一" 31); other runs are read
 * digit by digit ("二〇二六" 2026), the way years are written.
 */

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const RUN = /[〇零一二两三四五六七八九十]+/g;
const TENS = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/;

function runToDigits(run: string): string {
  if (run.includes("十")) {
    const m = TENS.exec(run);
    if (!m) return run; // not a number we can read ("十十"); left for the caller to reject
    return String((m[1] ? DIGITS[m[1]] : 1) * 10 + (m[2] ? DIGITS[m[2]] : 0));
  }
  return [...run].map((c) => DIGITS[c]).join("");
}

export function chineseNumeralsToDigits(s: string): string {
  return s.replace(RUN, runToDigits);
}
