const DIGITS = "零一二三四五六七八九";

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五, up to 9999. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  const units = ["", "十", "百", "千"];
  const ds = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i];
    if (d === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += "零";
    zero = false;
    out += DIGITS[d] + unit;
  });
  // 十一 rather than 一十一 for 10–19.
  return out.startsWith("一十") ? out.slice(1) : out;
}
