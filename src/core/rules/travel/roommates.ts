import { isActive, type PeopleIndex, type Person } from "../people";

/** The people a person names as roommates (同住人), each reference resolved; themselves left out. */
export function namedRoommates(p: Person, index: PeopleIndex): { ref: string; people: Person[] }[] {
  const refs = p.fields.roommate?.value ?? [];
  return refs.map((ref) => ({ ref, people: index.resolve(ref).filter((q) => q !== p) }));
}

/** Whether b names a as a roommate. */
export function namesBack(b: Person, a: Person, index: PeopleIndex): boolean {
  return (b.fields.roommate?.value ?? []).some((ref) => index.resolve(ref).includes(a));
}

/**
 * The roommate a request pairs a person with: the first one named who is coming and names them
 * back. A request counts only when it is mutual.
 */
export function mutualRoommate(p: Person, index: PeopleIndex): Person | undefined {
  for (const { people } of namedRoommates(p, index)) {
    const mate = people.find((q) => isActive(q) && namesBack(q, p, index));
    if (mate) return mate;
  }
  return undefined;
}
