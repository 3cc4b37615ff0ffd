const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！" };

/**
 * Chinese punctuation in Chinese prose, as a formal notice writes it: a half-width , ; : ? !
 * next to a Chinese character becomes full-width (spaces around it go), and brackets holding
 * Chinese become （）. Times, numbers and Latin text keep theirs ("9:00", "1,200", "A:B").
 */
export function chinesePunctuation(text: string): string {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const full = FULL[ch];
    if (!full) {
      out.push(ch);
      continue;
    }
    let before = out.length - 1;
    while (before >= 0 && out[before] === " ") before--;
    let after = i + 1;
    while (after < chars.length && chars[after] === " ") after++;
    const prev = out[before] ?? "";
    const next = chars[after] ?? "";
    const betweenDigits = /\d/.test(prev) && /\d/.test(next);
    if (!betweenDigits && (CJK.test(prev) || CJK.test(next))) {
      out.length = before + 1;
      out.push(full);
      i = after - 1;
    } else out.push(ch);
  }
  return out.join("").replace(/\(([^()]*)\)/g, (whole, inner: string) => (CJK.test(inner) ? `（${inner}）` : whole));
}

/** "09:00" → "上午9:00", "14:30" → "下午2:30", "19:00" → "晚上7:00": how a notice gives a time. */
export function zhClock(time: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!m) return time;
  const h = Number(m[1]);
  if (h < 12) return `上午${h}:${m[2]}`;
  if (h === 12) return `中午12:${m[2]}`;
  return `${h < 18 ? "下午" : "晚上"}${h - 12}:${m[2]}`;
}
