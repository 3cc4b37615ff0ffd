import { a1 } from "../../cellAddress";
import type { Finding } from "../../finding";
import type { ParsedTable } from "../parsedSheet";
import { sheetProblem } from "../parseProblems";
import type { RosterFields } from "../sheets/roster";
import type { Cell, ParsedRecord } from "../values";
import { coupleNames, plusGuests, splitPeople } from "./splitPeople";

type Person = ParsedRecord<RosterFields>;

/** What belongs to one person only: a companion does not get the row's ID, phone or badge name. */
const OWN_FIELDS: readonly (keyof RosterFields)[] = [
  "id",
  "name",
  "firstName",
  "lastName",
  "badgeName",
  "phone",
  "email",
  "idNumber",
  "members",
  "partySize",
  "seat",
];

const CJK = /[\u3400-\u9fff]/;

/** The most people one row may stand for: a large banquet table. */
const MAX_PARTY = 30;

/** An unnamed guest of someone: "王芳的同行人员", "Guest of John Smith (2)". */
function companionName(of: string | undefined, n: number, total: number): string {
  const k = total > 1 ? n : 0;
  if (!of) return k ? `Guest ${k}` : "Guest";
  return CJK.test(of) ? `${of}的同行人员${k || ""}` : `Guest of ${of}${k ? ` (${k})` : ""}`;
}

/** The cell a person's name is read from: the given one, else the row's first read cell. */
function named(cell: Cell<unknown> | undefined, value: string, r: Person): Cell<string> {
  const address = cell?.address ?? Object.values(r.fields).find((c) => c !== undefined)?.address ?? a1(r.row, 0);
  return { value, address, raw: value };
}

/** A person of the row other than its own: the row's shared details (organisation, status, hotel, table), their own name. */
function partOf(r: Person, part: number, name: string, at: Cell<unknown> | undefined, party: string): Person {
  const fields: Record<string, Cell<unknown>> = {};
  for (const [k, v] of Object.entries(r.fields)) if (v && !OWN_FIELDS.includes(k as keyof RosterFields)) fields[k] = v;
  const own = named(at, name, r);
  fields.name = own;
  fields.party = { value: party, address: r.fields.party?.address ?? own.address, raw: party };
  return { sheet: r.sheet, row: r.row, fields: fields as Person["fields"], extras: {}, part };
}

/**
 * One row, several people: names listed in a members cell ("A、B", "A & B"), a couple under one
 * name ("Mr. & Mrs. Smith"), unnamed guests counted by a party size or "+2" after a name, and a
 * row that is only "+1" (a guest of the person above). Each becomes a person of one party, so they
 * are seated together, housed and badged one by one; the row itself stays as typed.
 */
export function expandParties(roster: ParsedTable<RosterFields>): Finding[] {
  const out: Person[] = [];
  let rows = 0;
  let extra = 0;
  let last: Person | undefined;
  const tooLarge: string[] = [];
  for (const r of roster.records) {
    const typed = r.fields.name?.value;
    const plus = typed ? plusGuests(typed) : { name: "", plus: 0 };
    // A row that is only "+1" brings guests for the person above.
    if (typed && !plus.name && plus.plus > 0 && last) {
      const host = last.fields.name?.value;
      const party = last.fields.party?.value ?? `#${last.row + 1}`;
      if (!last.fields.party) last.fields.party = { ...named(last.fields.name, party, last) };
      for (let i = 1; i <= plus.plus; i++) out.push(partOf(r, i, companionName(host, i, plus.plus), r.fields.name, party));
      rows++;
      extra += plus.plus;
      continue;
    }
    const members = r.fields.members?.value.flatMap(splitPeople) ?? [];
    // Two or more members are the row's people and its name their household's ("Chen family");
    // a single member is someone who comes with the person the row names.
    const names: string[] = members.length >= 2 ? [] : plus.name ? (coupleNames(plus.name) ?? [plus.name]) : [];
    for (const m of members) if (!names.includes(m)) names.push(m);
    const typedSize = r.fields.partySize?.value ?? 0;
    // A size past a banquet table's worth is not one row's party (a typo, or a total): it is not expanded.
    if (typedSize > MAX_PARTY) tooLarge.push(r.fields.partySize!.address);
    const size = Math.max(names.length + plus.plus, typedSize <= MAX_PARTY ? typedSize : 0, names.length > 0 ? 1 : 0);
    if (size <= 1 && names.length <= 1) {
      // "John Smith (+0)", or one person named only in the members cell.
      if (names[0] && r.fields.name?.value !== names[0])
        r.fields.name = { ...(r.fields.name ?? named(r.fields.members, names[0], r)), value: names[0] };
      out.push(r);
      if (r.fields.name) last = r;
      continue;
    }
    const party = r.fields.party?.value ?? `#${r.row + 1}`;
    const first: Person = { ...r, fields: { ...r.fields }, part: 0 };
    if (names[0]) first.fields.name = { ...(r.fields.name ?? named(r.fields.members, names[0], r)), value: names[0] };
    first.fields.party = r.fields.party ?? named(first.fields.name, party, r);
    out.push(first);
    const unnamed = size - Math.max(names.length, 1);
    for (let i = 1; i < names.length; i++) out.push(partOf(r, i, names[i], r.fields.members ?? r.fields.name, party));
    for (let i = 1; i <= unnamed; i++) out.push(partOf(r, names.length - 1 + i, companionName(names[0], i, unnamed), r.fields.name, party));
    last = first;
    rows++;
    extra += size - 1;
  }
  const notes: Finding[] = tooLarge.length
    ? [
        sheetProblem("parse.party-size", "warning", roster.sheet!, tooLarge[0], {
          zh: `同行人数超过 ${MAX_PARTY}（${tooLarge.join("、")}），不按一行的同行人员读取；请检查是否填错。`,
          en: `A party size over ${MAX_PARTY} (${tooLarge.join(", ")}) is not read as one row's party; check whether it is a typo.`,
        }),
      ]
    : [];
  if (rows === 0) return notes;
  roster.records = out;
  const sheet = roster.sheet!;
  const people = out.filter((p) => p.fields.name || p.fields.id).length;
  const first = out.find((p) => p.part !== undefined)!;
  return [
    ...notes,
    sheetProblem("parse.party-rows", "info", sheet, named(first.fields.name, "", first).address, {
      zh: `“${sheet}”有 ${rows} 行写了不止一个人（同行成员、同行人数或“+1”），按每人一位读取，多出 ${extra} 人，共 ${people} 人；同一行的人按同行安排在一起。`,
      en: `${rows} rows of "${sheet}" name more than one person (group members, a party size or "+1"); each is read as a person of the row's party, ${extra} more people, ${people} in all.`,
    }),
  ];
}
