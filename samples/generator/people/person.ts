import type { Badge, Gender, Role } from "../../../src/core/schema/enums";
import type { OrgKind, PersonName } from "../lexicon/types";
import type { Person } from "../types";

export function badgeFor(role: Role): Badge {
  if (role === "staff") return "staff";
  if (role === "observer") return "observer";
  return "attendance";
}

export interface PersonSeed {
  name: PersonName;
  gender: Gender;
  org: string;
  orgKind: OrgKind | "host";
  domain: string;
  origin?: string;
  title: string;
  role: Role;
  rankInOrg: number;
  birthYear: number;
}

/** A person with every roster field empty except who they are. */
export function newPerson(s: PersonSeed): Person {
  return {
    id: "",
    name: s.name.name,
    mailbox: s.name.mailbox,
    parts: s.name.parts,
    gender: s.gender,
    org: s.org,
    orgKind: s.orgKind,
    domain: s.domain,
    origin: s.origin,
    title: s.title,
    role: s.role,
    vip: false,
    status: "confirmed",
    phone: "",
    email: "",
    idNumber: "",
    badge: badgeFor(s.role),
    birthYear: s.birthYear,
    arrivalTransport: "",
    departureTransport: "",
    needsHotel: false,
    hotel: "",
    roomType: "",
    room: "",
    roommate: [],
    diet: "",
    group: "",
    dais: false,
    party: "",
    keepApart: [],
    table: "",
    seat: "",
    locked: false,
    notes: "",
    carPlate: "",
    rankInOrg: s.rankInOrg,
  };
}

export function isTraveller(p: Person): boolean {
  return p.origin !== undefined;
}
