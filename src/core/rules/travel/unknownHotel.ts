import type { Finding } from "../../finding";
import { cellOf, finding, personLabel } from "../cells";
import { isActive } from "../people";
import type { Rule } from "../types";
import { hotelIndex } from "./hotelIndex";
import { placeKey } from "./placeKey";

/** A listed hotel whose name contains the one typed, or is contained in it ("滨江国际" → "滨江国际酒店"): a likely slip. */
function nearName(key: string, hotels: Map<string, string>): string | undefined {
  if (key.length < 2) return undefined;
  for (const [k, name] of hotels) if (k.includes(key) || key.includes(k)) return name;
  return undefined;
}

/** A hotel in the roster that the Hotels sheet does not list (booked privately, or misspelt). */
export const unknownHotel: Rule = {
  id: "travel.unknown-hotel",
  family: "travel",
  severity: "warning",
  title: { zh: "酒店不在酒店表中", en: "Hotel not on the Hotels sheet" },
  needs: [
    { sheet: "roster", columns: ["hotel"] },
    { sheet: "hotels", columns: ["hotel"] },
  ],
  run({ wb }) {
    const { hotels } = hotelIndex(wb.hotels);
    // An empty Hotels sheet is one not filled in yet, not a list that names no hotel.
    if (hotels.size === 0) return [];
    const hotelsSheet = wb.hotels.sheet!;
    const near = new Map<string, string | undefined>();
    const out: Finding[] = [];
    for (const p of wb.roster.records) {
      const hotel = p.fields.hotel?.value;
      if (!hotel || !isActive(p)) continue;
      const key = placeKey(hotel);
      if (!key || hotels.has(key)) continue;
      if (!near.has(key)) near.set(key, nearName(key, hotels));
      const guess = near.get(key);
      const who = personLabel(p.fields.name?.value, p.fields.organisation?.value, p.row);
      const hint = guess ? { zh: `是否指“${guess}”？`, en: ` Did you mean "${guess}"?` } : { zh: "", en: "" };
      out.push(
        finding(
          unknownHotel,
          wb.roster.sheet!,
          cellOf(wb.roster, p, "hotel"),
          {
            zh: `${who.zh}的酒店“${hotel}”不在“${hotelsSheet}”表中。${hint.zh}`,
            en: `${who.en} is booked at "${hotel}", which is not on the "${hotelsSheet}" sheet.${hint.en}`,
          },
          {
            zh: `核对酒店名称；如系自行预订，请在备注中注明，或把该酒店加入“${hotelsSheet}”表。`,
            en: `Check the name; if they booked it themselves, say so in Notes, or add the hotel to "${hotelsSheet}".`,
          },
        ),
      );
    }
    return out;
  },
};
