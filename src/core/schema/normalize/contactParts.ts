/**
 * The numbers or addresses in one contact cell. Rosters often carry two in a cell
 * ("13800138000、010-12345678"); each is checked and matched on its own.
 */
const PHONE_SEPARATORS = /[、,，;；/／|｜\n\r]+/;
// Addresses contain no spaces, so whitespace separates them too.
const EMAIL_SEPARATORS = /[、,，;；/／|｜\s]+/;

function parts(value: string, separators: RegExp): string[] {
  return value
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function phoneParts(value: string): string[] {
  return parts(value, PHONE_SEPARATORS);
}

export function emailParts(value: string): string[] {
  return parts(value, EMAIL_SEPARATORS);
}
