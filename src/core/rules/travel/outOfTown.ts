import { foldKey } from "../../schema/normalize/text";
import type { Person } from "../people";

/**
 * What planners type in 出发地 for people who do not travel (the samples write 本市 / Local).
 * "无", "-" and the like mean nothing is known: not enough to call someone a traveller.
 */
const LOCAL = new Set(
  [
    "本市",
    "本地",
    "市内",
    "市区",
    "本区",
    "本县",
    "当地",
    "同城",
    "本单位",
    "无",
    "暂无",
    "不详",
    "local",
    "locally",
    "in town",
    "same city",
    "this city",
    "none",
    "n/a",
    "nil",
    "tbc",
    "unknown",
  ].map(foldKey),
);

/** A place written as the venue's own city: "苏州" or "苏州市" when the venue is "苏州国际会议中心". */
function isVenueCity(origin: string, venue: string): boolean {
  const city = origin.length > 2 && origin.endsWith("市") ? origin.slice(0, -1) : origin;
  return city.length >= 2 && venue.includes(city);
}

function isJourney(origin: string, venue: string): boolean {
  const key = foldKey(origin);
  if (!key || LOCAL.has(key)) return false;
  return !venue || !isVenueCity(key, venue);
}

/**
 * Who comes from out of town, and how we know: their origin names a place other than the
 * meeting's own city ("origin"), or they need a hotel ("hotel"); undefined for everyone else.
 * Conservative: a blank or vague origin is not a journey. Origins repeat, so each is judged once.
 */
export function outOfTown(venue: string | undefined): (p: Person) => "origin" | "hotel" | undefined {
  const venueKey = foldKey(venue ?? "");
  const judged = new Map<string, boolean>();
  return (p) => {
    const origin = p.fields.origin?.value;
    if (origin) {
      let travels = judged.get(origin);
      if (travels === undefined) judged.set(origin, (travels = isJourney(origin, venueKey)));
      if (travels) return "origin";
    }
    return p.fields.needsHotel?.value === true ? "hotel" : undefined;
  };
}
