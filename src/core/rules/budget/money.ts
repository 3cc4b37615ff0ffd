import { currencySymbol } from "../../schema/currency";

/**
 * Amounts are handled in whole cents: sums of integers stay exact, so a message never shows
 * float noise such as 0.30000000000000004.
 */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

/** How amounts are prefixed: ¥ or £ for the currencies finance knows by sign, else the code as typed ("USD "), else nothing. */
export function currencyPrefix(currency: string | undefined): string {
  const text = currency?.trim();
  if (!text) return "";
  return currencySymbol(text) ?? `${text.toUpperCase()} `;
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "¥12,500", "£1,234.50", "USD 980", "-¥300": thousands separators, cents only when there are some. */
export function formatMoney(cents: number, prefix: string): string {
  if (!Number.isFinite(cents)) return `${prefix}—`;
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(Math.round(cents));
  const units = group(String(Math.floor(abs / 100)));
  const rest = abs % 100;
  return `${sign}${prefix}${units}${rest === 0 ? "" : `.${String(rest).padStart(2, "0")}`}`;
}

/** A share as a percentage with at most `decimals` decimals: 0.179 → "17.9%", 0.05 → "5%". */
export function formatShare(ratio: number, decimals = 1): string {
  const scale = 10 ** decimals;
  return `${Math.round(ratio * 100 * scale) / scale}%`;
}

/** A share written precisely enough not to look equal to the threshold it crossed: 4.96 % is "4.96%" beside 5 %, not "5%". */
export function formatShareBeside(ratio: number, threshold: number): string {
  let decimals = 1;
  while (decimals < 4 && ratio !== threshold && formatShare(ratio, decimals) === formatShare(threshold, decimals)) decimals++;
  return formatShare(ratio, decimals);
}

/** A count as typed, without float noise: 12.5 stays 12.5, 130.00000001 becomes 130. */
export function formatCount(n: number): string {
  return String(Math.round(n * 100) / 100);
}
