import type { Gender, SeatingConvention } from "../../../src/core/schema/enums";
import type { Rng } from "../prng";

export type Lang = "zh" | "en";

/** Where an organisation sits: local ones need no hotel, the others travel in. */
export type OrgKind = "cityDept" | "district" | "county" | "enterprise" | "institute" | "outOfTown";

export interface OrgSpec {
  name: string;
  kind: OrgKind;
  /** The place people travel from; absent for local organisations. */
  origin?: string;
  /** Title of the person an organisation sends first, then its deputy, then the rest. */
  head: string;
  deputy: string;
  others: readonly string[];
  /** E-mail domain. */
  domain: string;
}

export type TravelMode = "train" | "flight" | "car";

export interface CitySpec {
  name: string;
  travel: readonly TravelMode[];
  /** First six digits of an identity number issued there (zh only). */
  idArea?: string;
}

/** A person whose place in the roster is fixed: leaders, guests, speakers. */
export interface FixedPerson {
  org: string;
  title: string;
  origin?: string;
  gender: Gender;
  domain: string;
}

export interface RoomTypeSpec {
  type: string;
  beds: number;
  rate: number;
}

export interface HotelSpec {
  name: string;
  address: string;
  notes: string;
  twin: RoomTypeSpec;
  single: RoomTypeSpec;
  suite?: RoomTypeSpec;
}

export interface PersonName {
  name: string;
  /** Latin local part for an e-mail address. */
  mailbox: string;
  /** Characters or words, so a stray space can be planted between them. */
  parts: [string, string];
}

/** Everything language-specific the generator draws from. */
export interface Lexicon {
  lang: Lang;
  localOrigin: string;
  yes: string;
  no: string;
  listSeparator: string;
  currency: string;
  currencySymbol: string;
  seating: SeatingConvention;
  languageName: string;
  organiser: string;
  organiserDomain: string;
  leaders: readonly FixedPerson[];
  guests: readonly FixedPerson[];
  speakers: readonly FixedPerson[];
  aideTitle: string;
  orgs: readonly OrgSpec[];
  kindWeights: Readonly<Record<OrgKind, number>>;
  staffOrgs: readonly string[];
  staffTitles: readonly string[];
  /** Organising teams: planning and set-up, logistics, documents, hospitality, security. */
  teams: readonly [string, string, string, string, string];
  cities: readonly CitySpec[];
  hotels: readonly HotelSpec[];
  /** A hotel people book themselves into that is not one of the blocks. */
  unknownHotel: string;
  diets: readonly [string, number][];
  notes: readonly string[];
  groupName(i: number): string;
  personName(rng: Rng, gender: Gender, short: boolean): PersonName;
  /** A name variant used when the first draw is already taken; `longer` once the short forms are used up (a very large roster). */
  disambiguate(rng: Rng, n: PersonName, gender: Gender, longer?: boolean): PersonName;
  /** A mobile number as written in a roster; origin is where the person travels from. */
  phone(rng: Rng, origin: string | undefined): string;
  /** An identity or passport number as hotels and security need it, or "" when none is collected. */
  idNumber(rng: Rng, origin: string | undefined, birthYear: number, gender: Gender): string;
  transport(rng: Rng, mode: TravelMode, city: string): string;
  carPlate(rng: Rng): string;
  /** A date and time as a planner types it into a text cell. */
  dateText(year: number, month: number, day: number, time: string): string;
  moneyText(amount: number): string;
  invoiceNo(rng: Rng, year: number): string;
  extraColumn: string;
}
