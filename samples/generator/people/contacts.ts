import type { RsvpStatus } from "../../../src/core/schema/enums";
import type { Lexicon } from "../lexicon/types";
import type { Rng } from "../prng";
import type { Person } from "../types";

const STATUSES: readonly RsvpStatus[] = ["confirmed", "pending", "leave", "cancelled"];
const STATUS_WEIGHTS = [87, 8, 3, 2];

/**
 * Replies, VIPs beyond the leaders (about 5 % in all, the heads of delegations first),
 * phones, e-mail addresses and identity numbers.
 */
export function assignContacts(people: Person[], lex: Lexicon, rng: Rng): void {
  const vipTarget = Math.round(people.length * 0.05);
  let vips = people.filter((p) => p.vip).length;
  // A loop, not Math.max(...): a spread of 200,000 people overflows the stack.
  let precedence = people.reduce((m, p) => Math.max(m, p.precedence ?? 0), 0);
  // Heads of delegations first, then their deputies, and so on down.
  for (let rank = 0; vips < vipTarget && rank < 50; rank++) {
    for (const p of people) {
      if (vips >= vipTarget) break;
      if (!p.planted && !p.party && p.rankInOrg === rank && p.role === "attendee" && p.orgKind !== "host" && p.precedence === undefined) {
        p.vip = true;
        p.precedence = ++precedence;
        vips++;
      }
    }
  }

  const phones = new Set<string>();
  const mails = new Set<string>();
  for (const p of people) {
    if (!p.planted && !p.vip && !p.party && p.role !== "staff" && p.precedence === undefined && p.role !== "speaker") {
      p.status = rng.weighted(STATUSES, STATUS_WEIGHTS);
    }
    let phone = lex.phone(rng, p.origin);
    while (phones.has(phone)) phone = lex.phone(rng, p.origin);
    phones.add(phone);
    p.phone = phone;
    if (p.role === "staff" || p.vip || rng.chance(0.85)) {
      let mail = `${p.mailbox}@${p.domain}`;
      for (let k = 2; mails.has(mail); k++) mail = `${p.mailbox}${k}@${p.domain}`;
      mails.add(mail);
      p.email = mail;
    }
    p.idNumber = lex.idNumber(rng, p.origin, p.birthYear, p.gender);
  }
}
