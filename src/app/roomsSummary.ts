import type { Finding } from "../core/finding";
import type { Bilingual } from "../core/i18n";
import type { RoomsResult } from "./rooms";

/** Rooms in use at one hotel. */
export interface HotelUse {
  hotel: string;
  /** Occupied rooms. */
  rooms: number;
  /** Rooms held free as spares (机动房). */
  spare: number;
  people: number;
}

/** What the pane shows after Rooms: plain data, both languages. */
export interface RoomsSummary {
  sheetsWritten: string[];
  /** In the Hotels sheet's order. */
  hotels: HotelUse[];
  housed: number;
  /** Everyone who needs a room and has none, at the cell to fix, with the reason. */
  unplaced: Finding[];
  /** What the plan had to give up or decide (not people left out). */
  notices: Bilingual[];
  /** Room settings on the Event sheet that could not be read, and roster rows merged as one person. */
  problems: Finding[];
}

export function summarizeRooms(result: RoomsResult): RoomsSummary {
  const { allocation } = result;
  const hotels = new Map<string, HotelUse>();
  for (const room of allocation.rooms) {
    let use = hotels.get(room.hotel);
    if (!use) hotels.set(room.hotel, (use = { hotel: room.hotel, rooms: 0, spare: 0, people: 0 }));
    if (room.spare) use.spare++;
    else use.rooms++;
    use.people += room.occupants.length;
  }
  const list = [...hotels.values()];
  return {
    sheetsWritten: result.applied?.sheets ?? [],
    hotels: list,
    housed: list.reduce((n, h) => n + h.people, 0),
    unplaced: allocation.unplaceable.map((u) => ({
      id: `rooms.unplaced.${u.reason}`,
      severity: "warning",
      sheet: u.sheet,
      cell: u.cell,
      message: u.message,
    })),
    notices: allocation.notices.map((n) => n.message),
    problems: result.settingProblems,
  };
}
