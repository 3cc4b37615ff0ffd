import type { Finding } from "../../finding";
import type { Bilingual } from "../../i18n";
import { emailKey, isValidEmail, isValidPhone, phoneKey } from "../../schema/normalize/contacts";
import type { RosterFields } from "../../schema/sheets";
import { cellOf, finding } from "../cells";
import { nameKey, type Person } from "../people";
import type { Rule } from "../types";
import { emailParts, phoneParts } from "./contactParts";
import { partyLinked } from "./partyLinked";
import { excelRow, whoIs } from "./whoIs";

type Reason = "nameOrg" | "idNumber" | "phone" | "email";
const REASONS: readonly Reason[] = ["nameOrg", "idNumber", "phone", "email"];

const REASON_TEXT: Record<Reason, Bilingual> = {
  nameOrg: { zh: "同名同单位", en: "same name and organisation" },
  idNumber: { zh: "证件号码相同", en: "same ID number" },
  phone: { zh: "电话相同", en: "same phone" },
  email: { zh: "邮箱相同", en: "same email" },
};
/** Contacts one party may share; a name, organisation and ID number belong to one person. */
const SHAREABLE: ReadonlySet<Reason> = new Set<Reason>(["phone", "email"]);
const REASON_FIELD: Record<Reason, keyof RosterFields & string> = { nameOrg: "name", idNumber: "idNumber", phone: "phone", email: "email" };

function nameOrgKey(p: Person): string | undefined {
  const name = p.fields.name?.value;
  const org = p.fields.organisation?.value;
  // A name alone is no evidence: two 张伟 at two organisations are two people.
  return name && org ? `${nameKey(name)}\u0000${nameKey(org)}` : undefined;
}

/** Valid numbers only, and no office extensions: a switchboard number is shared by design. */
function phoneKeys(p: Person): string[] {
  const phone = p.fields.phone?.value;
  if (!phone) return [];
  return phoneParts(phone)
    .filter(isValidPhone)
    .map(phoneKey)
    .filter((k) => !k.includes("#"));
}

function emailKeys(p: Person): string[] {
  const email = p.fields.email?.value;
  return email ? emailParts(email).filter(isValidEmail).map(emailKey) : [];
}

/** "与第29行同名同单位、电话相同" / "same name and organisation, same phone as row 29". */
function describe(matches: Map<Person, Reason[]>): Bilingual {
  const groups = [...matches].map(([earlier, reasons]) => ({
    zh: `与第${excelRow(earlier)}行${reasons.map((r) => REASON_TEXT[r].zh).join("、")}`,
    en: `${reasons.map((r) => REASON_TEXT[r].en).join(", ")} as row ${excelRow(earlier)}`,
  }));
  return { zh: groups.map((g) => g.zh).join("；"), en: groups.map((g) => g.en).join("; ") };
}

/**
 * The same person registered twice: the same name and organisation, ID number, phone or
 * e-mail as an earlier row. Keyed maps from each key to its first row keep it linear.
 * People of one party may share a phone or e-mail; that alone does not make them one person.
 */
export const possibleDuplicate: Rule = {
  id: "roster.possible-duplicate",
  family: "roster",
  severity: "warning",
  title: { zh: "疑似重复登记", en: "Possible duplicate registration" },
  needs: [{ sheet: "roster", columns: ["name"] }],
  run({ wb }) {
    const roster = wb.roster;
    const seen: Record<Reason, Map<string, Person>> = { nameOrg: new Map(), idNumber: new Map(), phone: new Map(), email: new Map() };
    const out: Finding[] = [];
    for (const p of roster.records) {
      const keys: [Reason, string[]][] = [
        ["nameOrg", [nameOrgKey(p)].filter((k): k is string => k !== undefined)],
        ["idNumber", p.fields.idNumber ? [nameKey(p.fields.idNumber.value)] : []],
        ["phone", phoneKeys(p)],
        ["email", emailKeys(p)],
      ];
      const matches = new Map<Person, Reason[]>();
      for (const [reason, list] of keys) {
        for (const k of list) {
          const earlier = seen[reason].get(k);
          if (!earlier) {
            seen[reason].set(k, p);
            continue;
          }
          if (earlier === p || (SHAREABLE.has(reason) && partyLinked(p, earlier))) continue;
          const reasons = matches.get(earlier) ?? [];
          if (!reasons.includes(reason)) reasons.push(reason);
          matches.set(earlier, reasons);
        }
      }
      if (matches.size === 0) continue;
      const all = [...matches.values()].flat();
      const field = REASON_FIELD[REASONS.find((r) => all.includes(r))!];
      const who = whoIs(p);
      const why = describe(matches);
      out.push(
        finding(
          possibleDuplicate,
          roster.sheet!,
          cellOf(roster, p, field),
          { zh: `${who.zh}可能重复登记：${why.zh}。`, en: `${who.en} may be registered twice: ${why.en}.` },
          {
            zh: "核对是否为同一人；如是，删除重复的一行，保留信息较全的一行。",
            en: "Check whether both rows are the same person; if so, delete one and keep the more complete row.",
          },
        ),
      );
    }
    return out;
  },
};
