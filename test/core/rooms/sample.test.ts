import { generateConference, PLANTED_MISTAKES } from "../../../samples/generator";
import { readInputs } from "../../../src/app/readInputs";
import { placeKey } from "../../../src/core/rules/travel/placeKey";
import { allocateRooms, type RoomAllocation } from "../../../src/core/rooms";
import type { ParsedWorkbook } from "../../../src/core/schema/parseWorkbook";
import { createXlsxGateway, openXlsxFile } from "../../../src/xlsx";
import { workbook } from "../rules/ruleHarness";
import { needsRoom } from "../../../src/core/rooms/guests";
import { expectSound } from "./roomFixtures";

const bedsOf = (wb: ParsedWorkbook) => {
  const beds = new Map(
    wb.hotels.records.map((r) => [
      `${placeKey(r.fields.hotel?.value ?? "")}|${placeKey(r.fields.roomType?.value ?? "")}`,
      r.fields.beds?.value ?? 1,
    ]),
  );
  return (hotel: string, type: string) => beds.get(`${placeKey(hotel)}|${placeKey(type)}`) ?? 1;
};

/** Roster rows (Excel) of the planted mistakes that leave someone without a room. */
const plantedRows = (ids: string[]) => PLANTED_MISTAKES.filter((m) => ids.includes(m.id)).map((m) => m.row);
const HOMELESS = ["needsHotelNoHotel", "unknownHotel", "departureBeforeArrival"];

function everyoneHoused(wb: ParsedWorkbook, a: RoomAllocation): void {
  const placed = new Set(a.rooms.flatMap((r) => r.occupants.map((o) => o.row)));
  const lost = a.unplaceable.map((u) => u.row + 1);
  const needing = wb.roster.records.filter(needsRoom);
  expect(placed.size + lost.length).toBe(needing.length);
  expect(lost).toEqual(plantedRows(HOMELESS));
  expect(a.unplaceable.map((u) => u.reason)).toEqual(["noHotel", "unknownHotel", "noNights"]);
}

describe.each([
  ["annual-work-conference.zh.xlsx", "zh"],
  ["annual-conference.en.xlsx", "en"],
])("the sample %s", (file) => {
  let wb: ParsedWorkbook;
  beforeAll(async () => {
    wb = (await readInputs(createXlsxGateway(await openXlsxFile(`samples/${file}`)))).parsed;
  });

  it("houses everyone who needs a room but the three planted problem people, within every rule", () => {
    const a = allocateRooms(wb);
    everyoneHoused(wb, a);
    expectSound(a, bedsOf(wb));
    expect(a.blockUse.some((b) => b.over)).toBe(false);
  });

  it("keeps the locked suite 1808, puts the leader's aide in 1809 and keeps a spare room per hotel", () => {
    const a = allocateRooms(wb);
    const locked = a.rooms.find((r) => r.room === "1808")!;
    expect(locked.locked).toBe(true);
    expect(a.rooms.find((r) => r.room === "1809")).toMatchObject({ hotel: locked.hotel, nextTo: "1808" });
    expect(a.rooms.filter((r) => r.spare)).toHaveLength(2);
  });

  it("gives the same plan on every run", () => {
    expect(allocateRooms(wb)).toEqual(allocateRooms(wb));
  });
});

describe("a generated 2,000-person conference", () => {
  const book = generateConference({ lang: "zh", attendees: 2000, seed: 7, mistakes: true });
  const wb = workbook(Object.fromEntries(book.sheets.map((s) => [s.name, s.rows])));

  it("houses everyone but the planted problem people, within beds, gender and blocks, the same on every run", () => {
    const a = allocateRooms(wb);
    everyoneHoused(wb, a);
    expectSound(a, bedsOf(wb));
    expect(a.rooms.filter((r) => !r.spare).length).toBeGreaterThan(300);
    expect(allocateRooms(wb)).toEqual(a);
  });
});
