import { foldKey } from "../../schema/normalize/text";

/**
 * The number format for amounts, from the Event sheet's 币种 / Currency. The sign is quoted:
 * Excel shows "$" unquoted but not every build accepts a bare "¥" or "£" in a format code.
 */
const FORMATS: readonly { format: string; names: readonly string[] }[] = [
  { format: '"¥"#,##0.00', names: ["CNY", "RMB", "人民币", "人民币元", "元", "¥", "￥", "yuan", "renminbi"] },
  { format: '"£"#,##0.00', names: ["GBP", "英镑", "£", "pound", "pounds", "sterling", "pound sterling"] },
];

const BY_NAME = new Map(FORMATS.flatMap((f) => f.names.map((n) => [foldKey(n), f.format] as const)));

export const PLAIN_MONEY_FORMAT = "#,##0.00";

export function moneyFormat(currency: string | undefined): string {
  return (currency && BY_NAME.get(foldKey(currency))) || PLAIN_MONEY_FORMAT;
}
