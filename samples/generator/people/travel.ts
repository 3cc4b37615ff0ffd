import type { Moment } from "../excelDate";
import type { Lexicon } from "../lexicon/types";
import type { Rng } from "../prng";
import { isActive, type Person } from "../types";

const m = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** A time on a 10-minute grid between two clock times (minutes after midnight). */
function clock(rng: Rng, from: number, to: number): number {
  return from + rng.int(0, Math.floor((to - from) / 10)) * 10;
}

const CHECK_IN = [m("11:00"), m("20:30")] as const;
const EARLY_TRAIN = [m("06:40"), m("08:10")] as const;
const EVENING = [m("17:40"), m("21:00")] as const;
const NEXT_MORNING = [m("08:00"), m("12:00")] as const;
const AFTER_LUNCH = [m("12:20"), m("14:00")] as const;

function arrival(rng: Rng): Moment {
  // Most come on the check-in afternoon; early trains on the first morning.
  return rng.chance(0.88) ? { day: -1, minutes: clock(rng, ...CHECK_IN) } : { day: 0, minutes: clock(rng, ...EARLY_TRAIN) };
}

function departure(rng: Rng): Moment {
  const r = rng.next();
  if (r < 0.72) return { day: 1, minutes: clock(rng, ...EVENING) };
  if (r < 0.92) return { day: 2, minutes: clock(rng, ...NEXT_MORNING) };
  return { day: 1, minutes: clock(rng, ...AFTER_LUNCH) };
}

/** Journeys of everyone who travels in: times, train or flight numbers, car plates. Locals stay blank. */
export function assignTravel(people: Person[], lex: Lexicon, rng: Rng): void {
  for (const p of people) {
    if (!p.origin || !isActive(p)) continue;
    const city = lex.cities.find((c) => c.name === p.origin);
    const mode = city && city.travel.length > 0 ? rng.pick(city.travel) : "train";
    p.travelMode = mode;
    p.arrival = arrival(rng);
    p.departure = departure(rng);
    p.arrivalTransport = lex.transport(rng, mode, p.origin);
    p.departureTransport = lex.transport(rng, mode, p.origin);
    if (mode === "car") p.carPlate = lex.carPlate(rng);
    p.needsHotel = true;
  }
}
