import { SLOT } from "../layout";
import type { Lexicon } from "../lexicon/types";
import type { Person } from "../types";
import type { HotelPlan } from "./lodging";

/** The roster mistakes that live in a person's fields (the messy cells are planted when rows are written). */
export function plantPersonMistakes(people: Person[], hotels: HotelPlan[], lex: Lexicon): void {
  const first = hotels[0];
  const at = (slot: number) => people[slot];

  at(SLOT.vipPending).vip = true;
  at(SLOT.vipPending).status = "pending";

  Object.assign(at(SLOT.needsHotelNoHotel), { needsHotel: true, hotel: "", roomType: "", room: "", roommate: [] });

  Object.assign(at(SLOT.unknownHotel), { needsHotel: true, hotel: lex.unknownHotel, roomType: first.spec.twin.type, roommate: [] });

  // A late addition to the organising staff, given the badge everybody else got.
  at(SLOT.staffWithoutStaffBadge).badge = "attendance";

  const p = at(SLOT.invalidPhone);
  p.phone = p.phone.slice(0, -1);

  // The return date typed as the day of arrival.
  Object.assign(at(SLOT.departureBeforeArrival), { arrival: { day: -1, minutes: 16 * 60 + 40 }, departure: { day: -1, minutes: 9 * 60 } });

  Object.assign(at(SLOT.cancelledWithTable), {
    status: "cancelled",
    table: "6",
    needsHotel: false,
    hotel: "",
    roomType: "",
    roommate: [],
    arrival: undefined,
    departure: undefined,
    arrivalTransport: "",
    departureTransport: "",
    carPlate: "",
  });

  const asker = at(SLOT.roommateAsker);
  const other = at(SLOT.roommateUnaware);
  for (const q of [asker, other]) Object.assign(q, { needsHotel: true, hotel: first.name, roomType: first.spec.twin.type, roommate: [] });
  asker.roommate = [other.name];

  at(SLOT.dateAsText).arrival = { day: -1, minutes: 15 * 60 + 30 };
}
