import { nameKey, type Person } from "../people";

function partyKey(p: Person): string {
  const party = p.fields.party?.value;
  return party ? nameKey(party) : "";
}

function accompanies(aide: Person, lead: Person): boolean {
  const party = partyKey(aide);
  if (!party) return false;
  const name = lead.fields.name?.value;
  const id = lead.fields.id?.value;
  return (name !== undefined && nameKey(name) === party) || (id !== undefined && nameKey(id) === party);
}

/**
 * Two people of one party (同行): the same party code, or one accompanies the other (a leader and
 * their aide, a spouse). They often share a contact — the aide's phone given for the leader.
 */
export function partyLinked(a: Person, b: Person): boolean {
  const ka = partyKey(a);
  return (ka !== "" && ka === partyKey(b)) || accompanies(a, b) || accompanies(b, a);
}
