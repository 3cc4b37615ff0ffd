import { foldKey } from "./normalize/text";

/** The currencies finance writes by their sign, recognised from the Event sheet's 币种 / Currency. */
const SYMBOLS: readonly { symbol: string; names: readonly string[] }[] = [
  { symbol: "¥", names: ["CNY", "RMB", "人民币", "人民币元", "元", "¥", "￥", "yuan", "renminbi"] },
  { symbol: "£", names: ["GBP", "英镑", "£", "pound", "pounds", "sterling", "pound sterling"] },
];

const SYMBOL_BY_NAME = new Map(SYMBOLS.flatMap((s) => s.names.map((n) => [foldKey(n), s.symbol] as const)));

/** "¥" for CNY/人民币/元, "£" for GBP/英镑; undefined for any other or no currency. */
export function currencySymbol(currency: string | undefined): string | undefined {
  const text = currency?.trim();
  return text ? SYMBOL_BY_NAME.get(foldKey(text)) : undefined;
}
