import { currencySymbol } from "../../schema/currency";

/**
 * The number format for amounts, from the Event sheet's 币种 / Currency. The sign is quoted:
 * Excel shows "$" unquoted but not every build accepts a bare "¥" or "£" in a format code.
 */
export const PLAIN_MONEY_FORMAT = "#,##0.00";

export function moneyFormat(currency: string | undefined): string {
  const symbol = currencySymbol(currency);
  return symbol ? `"${symbol}"${PLAIN_MONEY_FORMAT}` : PLAIN_MONEY_FORMAT;
}
