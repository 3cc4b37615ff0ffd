import { emailKey, isValidEmail } from "../normalize/email";
import { isNationalNumber, isValidPhone, phoneKey } from "../normalize/phone";
import { emailParts, phoneParts } from "../normalize/contactParts";
import { foldKey } from "../normalize/text";
import type { ParsedTable } from "../parsedSheet";
import type { RosterFields } from "../sheets/roster";
import type { ParsedRecord } from "../values";

type Person = ParsedRecord<RosterFields>;

/** Names compared without spaces, width or case: 王 芳 = 王芳. */
function nameOf(p: Person): string {
  return p.fields.name ? foldKey(p.fields.name.value) : "";
}

/** Numbers (Chinese, international or national: the same digits beside the same name are one person) and addresses, no office extensions: a switchboard is shared by design. */
export function phoneKeys(p: Person): string[] {
  const phone = p.fields.phone?.value;
  if (!phone) return [];
  return phoneParts(phone)
    .filter((part) => isValidPhone(part) || isNationalNumber(part))
    .map(phoneKey)
    .filter((k) => !k.includes("#"));
}

export function emailKeys(p: Person): string[] {
  const email = p.fields.email?.value;
  return email ? emailParts(email).filter(isValidEmail).map(emailKey) : [];
}

function contactKeys(p: Person): string[] {
  return [...phoneKeys(p).map((k) => `p:${k}`), ...emailKeys(p).map((k) => `e:${k}`)];
}

/**
 * Rows that are certainly one person: the same ID number, or the same name with the same phone or
 * e-mail. The later row is marked as the earlier one's duplicate, so the person is counted, seated,
 * housed and badged once. A phone shared by different names is a group's contact, not a duplicate.
 * People a row adds (group members, guests) are never merged: they have no details of their own.
 */
export function markDuplicates(roster: ParsedTable<RosterFields>): void {
  const byId = new Map<string, Person>();
  const byNameContact = new Map<string, Person>();
  for (const p of roster.records) {
    if (p.part !== undefined && p.part > 0) continue;
    const id = p.fields.idNumber ? foldKey(p.fields.idNumber.value) : "";
    const name = nameOf(p);
    const keys = name ? contactKeys(p).map((k) => `${name}\u0000${k}`) : [];
    const earlier = (id ? byId.get(id) : undefined) ?? keys.map((k) => byNameContact.get(k)).find((q) => q !== undefined);
    if (earlier) {
      p.duplicateOf = earlier.row;
      p.duplicateWhy =
        id && byId.get(id) === earlier
          ? "idNumber"
          : earlier.fields.phone && phoneKeys(earlier).some((k) => phoneKeys(p).includes(k))
            ? "phone"
            : "email";
      continue;
    }
    if (id) byId.set(id, p);
    for (const k of keys) byNameContact.set(k, p);
  }
}
