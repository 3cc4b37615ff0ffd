import type { CellValue } from "../../src/core/cellValue";
import type { Badge, Gender, Role, RsvpStatus } from "../../src/core/schema/enums";
import type { SheetKey } from "../../src/core/schema/sheetDef";
import type { Moment } from "./excelDate";
import type { Lang, OrgKind, TravelMode } from "./lexicon/types";

export type { Lang } from "./lexicon/types";

export interface GenerateOptions {
  lang: Lang;
  /** Roster rows (people), staff included. */
  attendees: number;
  seed: number;
  /** Plant the mistakes listed in PLANTED_MISTAKES (needs at least 80 attendees). */
  mistakes?: boolean;
  /** First day of the meeting, "YYYY-MM-DD"; check-in is the afternoon before. */
  start?: string;
}

/** How the writer should format a cell of a key-value sheet. */
export type CellFormat = "dateTime" | "money" | "text";

export interface GeneratedSheet {
  key: SheetKey;
  name: string;
  /** Row 0 holds the headers; dates are Excel serial numbers; "" is an empty cell. */
  rows: CellValue[][];
  /** 0-based columns holding dates (some cells may hold a date typed as text). */
  dateColumns: number[];
  /** 0-based columns that must stay text: IDs, phones, invoice and room numbers. */
  textColumns: number[];
  /** 0-based columns holding amounts of money. */
  moneyColumns: number[];
  /** Formats of single cells by A1 address, for the key-value Event sheet. */
  cellFormats?: Record<string, CellFormat>;
}

export interface GeneratedWorkbook {
  sheets: GeneratedSheet[];
}

export const DEFAULT_START = "2026-12-10";

/** One person of the roster while the workbook is being put together. */
export interface Person {
  id: string;
  name: string;
  mailbox: string;
  parts: [string, string];
  gender: Gender;
  org: string;
  orgKind: OrgKind | "host";
  domain: string;
  /** Where the person travels from; undefined for locals. */
  origin?: string;
  title: string;
  precedence?: number;
  role: Role;
  vip: boolean;
  status: RsvpStatus;
  phone: string;
  email: string;
  idNumber: string;
  badge: Badge;
  birthYear: number;
  travelMode?: TravelMode;
  arrival?: Moment;
  arrivalTransport: string;
  departure?: Moment;
  departureTransport: string;
  needsHotel: boolean;
  hotel: string;
  roomType: string;
  room: string;
  roommate: string[];
  diet: string;
  group: string;
  dais: boolean;
  party: string;
  keepApart: string[];
  table: string;
  seat: string;
  locked: boolean;
  notes: string;
  carPlate: string;
  /** Organising team index for staff (see Lexicon.teams). */
  team?: number;
  /** Position among the people of the same organisation: 0 = the head. */
  rankInOrg: number;
  /** Set on roster slots a planted mistake owns, so random assignments leave them alone. */
  planted?: boolean;
}

export function isActive(p: Person): boolean {
  return p.status !== "leave" && p.status !== "cancelled";
}
