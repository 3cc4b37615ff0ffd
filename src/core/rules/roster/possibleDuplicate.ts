import type { Finding } from "../../finding";
import type { Bilingual } from "../../i18n";
import { emailKeys, phoneKeys } from "../../schema/roster/markDuplicates";
import type { RosterFields } from "../../schema/sheets";
import { cellOf, finding } from "../cells";
import { nameKey, type Person } from "../people";
import type { Rule } from "../types";
import { mergedRows } from "./mergedRows";
import { partyLinked } from "./partyLinked";
import { similarNames } from "./similarNames";
import { excelRow, whoIs } from "./whoIs";

type Reason = "nameOrg" | "phone" | "email";

const REASON_TEXT: Record<Reason, Bilingual> = {
  nameOrg: { zh: "同名同单位", en: "same name and organisation" },
  phone: { zh: "电话相同", en: "same phone" },
  email: { zh: "邮箱相同", en: "same email" },
};
const REASON_FIELD: Record<Reason, keyof RosterFields & string> = { nameOrg: "name", phone: "phone", email: "email" };

/**
 * A contact shared by this many different names is a group's number (a company's registrar), not
 * evidence: a leader, their aide and one copy of the leader are three.
 */
const GROUP_CONTACT = 4;

function nameOrgKey(p: Person): string | undefined {
  const name = p.fields.name?.value;
  const org = p.fields.organisation?.value;
  // A name alone is no evidence: two 张伟 at two organisations are two people.
  return name && org ? `${nameKey(name)}\u0000${nameKey(org)}` : undefined;
}

/** "与第29行同名同单位、电话相同" / "same name and organisation, same phone as row 29". */
function describe(matches: Map<Person, Reason[]>): Bilingual {
  const groups = [...matches].map(([earlier, reasons]) => ({
    zh: `与第${excelRow(earlier)}行${reasons.map((r) => REASON_TEXT[r].zh).join("、")}`,
    en: `${reasons.map((r) => REASON_TEXT[r].en).join(", ")} as row ${excelRow(earlier)}`,
  }));
  return { zh: groups.map((g) => g.zh).join("；"), en: groups.map((g) => g.en).join("; ") };
}

/** How many different names each contact is given for: a contact of three or more is a group's. */
function namesPerContact(records: readonly Person[], keys: (p: Person) => string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const p of records) {
    const name = p.fields.name ? nameKey(p.fields.name.value) : "";
    for (const k of keys(p)) {
      const set = out.get(k) ?? new Set<string>();
      set.add(name);
      out.set(k, set);
    }
  }
  return out;
}

/**
 * The same person registered twice. Certain — the same ID number, or the same name with the same
 * phone or e-mail (the parser merged them: counted, seated and badged once) — is an error asking to
 * delete one row. Possible — the same name and organisation, or a phone or e-mail shared with a
 * similar name (张伟 / 张炜) — is a warning. A contact shared by different names is a group's
 * contact, and people of one party may share one: neither alone makes two rows one person.
 */
export const possibleDuplicate: Rule = {
  id: "roster.possible-duplicate",
  family: "roster",
  severity: "warning",
  title: { zh: "重复登记", en: "Duplicate registration" },
  needs: [{ sheet: "roster", columns: ["name"] }],
  run({ wb }) {
    const roster = wb.roster;
    const phones = namesPerContact(roster.records, phoneKeys);
    const emails = namesPerContact(roster.records, emailKeys);
    const seen: Record<Reason, Map<string, Person>> = { nameOrg: new Map(), phone: new Map(), email: new Map() };
    const out: Finding[] = mergedRows(roster, possibleDuplicate, "error");
    for (const p of roster.records) {
      if (p.duplicateOf !== undefined) continue;
      const who = whoIs(p);
      const keys: [Reason, string[]][] = [
        ["nameOrg", [nameOrgKey(p)].filter((k): k is string => k !== undefined)],
        ["phone", phoneKeys(p).filter((k) => (phones.get(k)?.size ?? 0) < GROUP_CONTACT)],
        ["email", emailKeys(p).filter((k) => (emails.get(k)?.size ?? 0) < GROUP_CONTACT)],
      ];
      const matches = new Map<Person, Reason[]>();
      for (const [reason, list] of keys) {
        for (const k of list) {
          const earlier = seen[reason].get(k);
          if (!earlier) {
            seen[reason].set(k, p);
            continue;
          }
          if (earlier === p) continue;
          // A shared contact says something only between similar names of people not in one party.
          if (reason !== "nameOrg" && (partyLinked(p, earlier) || !similarNames(p.fields.name?.value, earlier.fields.name?.value)))
            continue;
          const reasons = matches.get(earlier) ?? [];
          if (!reasons.includes(reason)) reasons.push(reason);
          matches.set(earlier, reasons);
        }
      }
      if (matches.size === 0) continue;
      const all = [...matches.values()].flat();
      const field = REASON_FIELD[(["nameOrg", "phone", "email"] as const).find((r) => all.includes(r))!];
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
