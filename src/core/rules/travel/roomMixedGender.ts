import type { Finding } from "../../finding";
import { cellOf, finding } from "../cells";
import { peopleIndex, type Person } from "../people";
import type { Rule } from "../types";
import { dayLabel } from "./dayLabels";
import { namesBack } from "./roommates";
import { ANY_NIGHT, roomName, roomOccupancy } from "./roomOccupancy";

const GENDER_LABEL = { male: { zh: "男", en: "M" }, female: { zh: "女", en: "F" } } as const;

function label(p: Person, lang: "zh" | "en"): string {
  const name = p.fields.name?.value ?? `#${p.row + 1}`;
  const g = p.fields.gender?.value;
  if (!g) return name;
  return lang === "zh" ? `${name}（${GENDER_LABEL[g].zh}）` : `${name} (${GENDER_LABEL[g].en})`;
}

/**
 * A shared room with men and women in it on the same night: an error. Two guests who asked for
 * each other as roommates (a couple, a family) are a warning to confirm, not an error.
 */
export const roomMixedGender: Rule = {
  id: "travel.room-mixed-gender",
  family: "travel",
  severity: "error",
  title: { zh: "男女混住同一房间", en: "Men and women in one room" },
  needs: [{ sheet: "roster", columns: ["hotel", "room", "gender"] }],
  run({ wb }) {
    const index = peopleIndex(wb.roster);
    const found: { row: number; finding: Finding }[] = [];
    for (const use of roomOccupancy(wb)) {
      if (use.guests.length < 2) continue;
      const mixed = [...use.nights].find(([, guests]) => {
        const genders = new Set(guests.map((p) => p.fields.gender?.value).filter((g) => g !== undefined));
        return genders.size > 1;
      });
      if (!mixed) continue;
      const [night, guests] = mixed;
      const firstGender = guests.find((p) => p.fields.gender)!.fields.gender!.value;
      const other = guests.find((p) => p.fields.gender && p.fields.gender.value !== firstGender)!;
      const asked = guests.length === 2 && namesBack(guests[0], guests[1], index) && namesBack(guests[1], guests[0], index);
      const room = roomName(use);
      const when =
        night === ANY_NIGHT ? { zh: "", en: "" } : { zh: `${dayLabel(night).zh}晚`, en: ` on the night of ${dayLabel(night).en}` };
      const who = { zh: guests.map((p) => label(p, "zh")).join("、"), en: guests.map((p) => label(p, "en")).join(", ") };
      const why = asked ? { zh: "，两人互填为同住人", en: "; they asked for each other" } : { zh: "", en: "" };
      found.push({
        row: other.row,
        finding: finding(
          roomMixedGender,
          wb.roster.sheet!,
          cellOf(wb.roster, other, "room"),
          {
            zh: `${room.zh}${when.zh}男女同住：${who.zh}${why.zh}。`,
            en: `${room.en} has men and women together${when.en}: ${who.en}${why.en}.`,
          },
          asked
            ? {
                zh: "确认两人是否为家属；如不是，分开安排房间。",
                en: "Confirm they are a couple or family; if not, give them separate rooms.",
              }
            : { zh: "按性别重新安排房号。", en: "Re-assign the rooms so that each is shared by one gender." },
          asked ? "warning" : "error",
        ),
      });
    }
    return found.sort((a, b) => a.row - b.row).map((f) => f.finding);
  },
};
