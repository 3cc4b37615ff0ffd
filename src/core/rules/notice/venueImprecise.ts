import type { Finding } from "../../finding";
import { finding } from "../cells";
import type { Rule } from "../types";
import { byRow, type EventKey } from "./eventRows";

/**
 * Words that place someone inside a building: 楼、层、室、厅、号, a building (栋, A座), a hall
 * (礼堂、大堂), "6F", or Floor, Level, Room, Hall, Building, Suite, Lobby and the like.
 */
const PRECISE =
  /[楼层室厅号栋幢堂]|[A-Za-z\d一二三四五六七八九十]\s*座|\d+\s*F\b|\bF\s*\d+|\b(?:floor|level|room|rm|hall|building|bldg|block|suite|ballroom|auditorium|lobby|foyer|wing|storey)\b/i;

const PLACES: readonly { key: EventKey; what: { zh: string; en: string } }[] = [
  { key: "venue", what: { zh: "会议地点", en: "venue" } },
  { key: "checkInPlace", what: { zh: "报到地点", en: "check-in place" } },
];

/** The venue and check-in place must say where inside the building (the seed: 准确到具体楼层、门牌号). */
export const venueImprecise: Rule = {
  id: "notice.venue-imprecise",
  family: "notice",
  severity: "warning",
  title: { zh: "会议地点不够具体", en: "Venue not precise" },
  needs: [{ sheet: "event", columns: [] }],
  run({ wb }) {
    const event = wb.event;
    const out: Finding[] = [];
    for (const p of PLACES) {
      const cell = event.fields[p.key];
      if (!cell || typeof cell.value !== "string" || PRECISE.test(cell.value)) continue;
      out.push(
        finding(
          venueImprecise,
          event.sheet!,
          cell.address,
          {
            zh: `${p.what.zh}“${cell.value}”没有写明楼层和房间。`,
            en: `The ${p.what.en} "${cell.value}" does not say which floor and room.`,
          },
          {
            zh: "写明到具体楼层、门牌号，如“××办公楼六楼第三会议室”。",
            en: "Give the building, floor and room, such as Building 3, Level 6, Room 601.",
          },
        ),
      );
    }
    return out.sort(byRow);
  },
};
