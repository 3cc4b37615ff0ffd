import { join } from "path";
import { readInputs } from "../../../../src/app/readInputs";
import { runRules } from "../../../../src/core/rules/engine";
import { TRAVEL_RULES } from "../../../../src/core/rules/travel";
import { createXlsxGateway, openXlsxFile } from "../../../../src/xlsx";
import { generateConference, PLANTED_MISTAKES } from "../../../../samples/generator";
import { workbook } from "../ruleHarness";

/** The planted mistakes of this family and the rule that must report each. */
const EXPECTED: Record<string, string> = {
  needsHotelNoHotel: "travel.missing-hotel",
  unknownHotel: "travel.unknown-hotel",
  departureBeforeArrival: "travel.departure-before-arrival",
  nonMutualRoommate: "travel.roommate-not-mutual",
};

const FAMILIES = new Set(["roster/accommodation", "roster/travel", "roster/rooms"]);

describe.each(["annual-work-conference.zh.xlsx", "annual-conference.en.xlsx"])("travel rules on %s", (file) => {
  it("find every planted travel and hotel mistake at its cell, and nothing else", async () => {
    const book = await openXlsxFile(join(__dirname, "../../../../samples", file));
    const { parsed } = await readInputs(createXlsxGateway(book));
    const result = runRules(parsed, TRAVEL_RULES, "2026-12-06");
    expect(result.ran).toEqual(TRAVEL_RULES.map((r) => r.id));

    const planted = PLANTED_MISTAKES.filter((m) => FAMILIES.has(m.family));
    expect(planted.map((m) => m.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    const sheetOf = { roster: parsed.roster.sheet, hotels: parsed.hotels.sheet } as Record<string, string | null>;
    const expected = planted.map((m) => `${sheetOf[m.sheet]}!${m.cell} ${EXPECTED[m.id]}`).sort();
    const found = result.findings.map((f) => `${f.sheet}!${f.cell} ${f.id}`).sort();
    expect(found).toEqual(expected);
  });
});

describe("travel rules on a generated conference of 10,000", () => {
  it("find the planted mistakes and nothing else, the second building of a hotel included", () => {
    const book = generateConference({ lang: "zh", attendees: 10_000, seed: 7, mistakes: true });
    const wb = workbook(Object.fromEntries(book.sheets.map((s) => [s.name, s.rows])));
    // "滨江国际酒店（2号楼）" is a hotel of its own, not the main building.
    expect(wb.hotels.records.some((r) => r.fields.hotel?.value.includes("2号楼"))).toBe(true);
    const found = runRules(wb, TRAVEL_RULES, "2026-12-06").findings.map((f) => `${f.cell} ${f.id}`);
    const planted = PLANTED_MISTAKES.filter((m) => m.id in EXPECTED).map((m) => `${m.cell} ${EXPECTED[m.id]}`);
    expect(found.sort()).toEqual(planted.sort());
  }, 30_000);
});
