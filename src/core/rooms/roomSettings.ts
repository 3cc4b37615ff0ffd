import { visitEventSettings } from "../schema/eventSettings";
import type { Finding } from "../finding";
import type { ParsedKeyValue } from "../schema/parsedSheet";
import type { ColumnDef } from "../schema/sheetDef";
import type { EventFields } from "../schema/sheets";

/** How rooms are allocated; read from Event-sheet rows, overridable by the caller. */
export interface RoomSettings {
  /** Rooms per hotel kept free for the unexpected (机动房), when the block allows. */
  spareRooms: number;
  /** A mutual roommate pair of a man and a woman shares a room (a couple). Off: they get two rooms. */
  mixedGenderPairs: boolean;
}

export const DEFAULT_ROOM_SETTINGS: RoomSettings = { spareRooms: 1, mixedGenderPairs: false };

export const ROOM_SETTING_DEFS: readonly (ColumnDef & { key: keyof RoomSettings })[] = [
  {
    key: "spareRooms",
    zh: "机动房",
    en: "Spare rooms",
    synonyms: ["机动房数", "机动房间", "预留机动房", "Spare rooms per hotel", "Spare room"],
    type: "integer",
  },
  {
    key: "mixedGenderPairs",
    zh: "异性同住",
    en: "Mixed-gender roommates",
    synonyms: ["夫妻同住", "允许异性同住", "Couples share"],
    type: "boolean",
  },
];

/** The room settings on the Event sheet; an unreadable value keeps the default and is reported. */
export function readRoomSettings(event: ParsedKeyValue<EventFields>): { settings: RoomSettings; findings: Finding[] } {
  const settings: RoomSettings = { ...DEFAULT_ROOM_SETTINGS };
  const findings: Finding[] = [];
  visitEventSettings(event, ROOM_SETTING_DEFS, findings, ({ key, value }) => {
    if (key === "spareRooms") settings.spareRooms = Math.max(0, value as number);
    else settings.mixedGenderPairs = value as boolean;
  });
  return { settings, findings };
}
