/** 12000 → "12,000", without depending on the runtime's locale data. */
export function groupThousands(n: number): string {
  const neg = n < 0;
  const [int, frac] = Math.abs(n)
    .toFixed(Number.isInteger(n) ? 0 : 2)
    .split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (neg ? "-" : "") + grouped + (frac ? `.${frac}` : "");
}

/** Full-width digits (０–９), as typed with a Chinese input method in full-width mode. */
export function toFullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}
