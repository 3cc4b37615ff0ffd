import { PLANTED_SLOTS, SLOT, TRAVELLER_SLOTS } from "../layout";
import type { Lexicon } from "../lexicon/types";
import type { Rng } from "../prng";
import type { Person } from "../types";
import type { NameBook } from "./nameBook";
import { isTraveller } from "./person";

/** Index of the first delegate: leaders, guests, speakers and aides come before. */
const FIRST_DELEGATE = 18;

/**
 * Puts people into the planted slots: a staff member among the delegations, a placeholder for
 * the duplicate, travellers where a mistake needs a journey or a hotel, and a two-character
 * name where the stray ideographic space goes. Everyone else keeps their order.
 */
export function placePlanted(people: Person[], staff: Person[], lex: Lexicon, rng: Rng, names: NameBook): Person[] {
  const out = people.slice();
  const lateStaff = staff[staff.length - 1];
  out.splice(out.indexOf(lateStaff), 1);
  out.splice(SLOT.staffWithoutStaffBadge, 0, lateStaff);
  // Filled in from the original once every field is known.
  out.splice(SLOT.duplicateCopy, 0, { ...out[SLOT.duplicateOriginal] });

  const used = new Set<number>();
  for (const slot of TRAVELLER_SLOTS) {
    const needGender = slot === SLOT.roommateUnaware ? out[SLOT.roommateAsker].gender : undefined;
    const fits = (p: Person) => isTraveller(p) && p.role !== "staff" && (!needGender || p.gender === needGender);
    if (fits(out[slot])) continue;
    const j = out.findIndex((p, k) => k >= FIRST_DELEGATE && !PLANTED_SLOTS.has(k) && !used.has(k) && fits(p));
    if (j >= 0) {
      [out[slot], out[j]] = [out[j], out[slot]];
      used.add(j);
    } else {
      moveToCounty(out[slot], lex, rng, names, needGender);
    }
  }

  const spaced = out[SLOT.ideographicSpace];
  names.release(spaced.name);
  const short = names.draw(spaced.gender, true);
  Object.assign(spaced, { name: short.name, mailbox: short.mailbox, parts: short.parts });

  for (const slot of PLANTED_SLOTS) {
    out[slot].planted = true;
    out[slot].status = "confirmed";
  }
  return out;
}

/** Fallback when a small roster has too few travellers: the person comes from an outlying county. */
function moveToCounty(p: Person, lex: Lexicon, rng: Rng, names: NameBook, gender?: Person["gender"]): void {
  const org = rng.pick(lex.orgs.filter((o) => o.kind === "county"));
  Object.assign(p, {
    org: org.name,
    orgKind: org.kind,
    domain: org.domain,
    origin: org.origin,
    title: org.deputy,
    role: "attendee",
    badge: "attendance",
  });
  if (gender && p.gender !== gender) {
    names.release(p.name);
    const n = names.draw(gender);
    Object.assign(p, { gender, name: n.name, mailbox: n.mailbox, parts: n.parts });
  }
}

/** Makes the duplicate row a copy of the original (same name and organisation), keeping its own ID. */
export function finishDuplicate(people: Person[]): void {
  const copy = people[SLOT.duplicateCopy];
  Object.assign(copy, { ...people[SLOT.duplicateOriginal], id: copy.id, roommate: [], keepApart: [] });
}
