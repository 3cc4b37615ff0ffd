import path from "node:path";
import { allocateHotelRooms } from "../../src/app/rooms";
import { summarizeRooms } from "../../src/app/roomsSummary";
import { createXlsxGateway, openXlsxFile } from "../../src/xlsx";

async function sampleRooms(file: string, dryRun = false) {
  const gateway = createXlsxGateway(await openXlsxFile(path.join(__dirname, "../../samples", file)));
  return allocateHotelRooms(gateway, { dryRun });
}

describe("summarizeRooms", () => {
  test("the English sample: the sheet written, rooms and people per hotel, and who has no room, at the cell to fix", async () => {
    const summary = summarizeRooms(await sampleRooms("annual-conference.en.xlsx"));
    expect(summary.sheetsWritten).toEqual(["Room Allocation"]);
    expect(summary.hotels).toEqual([
      { hotel: "Riverside Hotel", rooms: 12, spare: 1, people: 15 },
      { hotel: "Station Inn", rooms: 4, spare: 1, people: 6 },
    ]);
    expect(summary.housed).toBe(21);
    expect(summary.unplaced.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Roster!U20", "Roster!U23", "Roster!Q35"]);
    expect(summary.unplaced[0]).toMatchObject({
      id: "rooms.unplaced.noHotel",
      severity: "warning",
      message: { en: expect.stringContaining("Jane Cook"), zh: expect.stringContaining("Jane Cook") },
    });
  });

  test("every person placed is counted once, spare rooms hold nobody, and a dry run writes nothing", async () => {
    const result = await sampleRooms("annual-work-conference.zh.xlsx", true);
    const summary = summarizeRooms(result);
    expect(summary.sheetsWritten).toEqual([]);
    const occupants = result.allocation.rooms.flatMap((r) => r.occupants.map((o) => o.row));
    expect(new Set(occupants).size).toBe(summary.housed);
    expect(summary.hotels.reduce((n, h) => n + h.rooms + h.spare, 0)).toBe(result.allocation.rooms.length);
    expect(summary.unplaced).toHaveLength(result.allocation.unplaceable.length);
    expect(summary.notices).toEqual(result.allocation.notices.map((n) => n.message));
  });
});
