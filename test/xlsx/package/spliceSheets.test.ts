import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { check } from "../../../src/app/check";
import { writeDocuments } from "../../../src/app/documents";
import { allocateHotelRooms } from "../../../src/app/rooms";
import { fillSeating } from "../../../src/app/seat";
import type { WorkbookGateway } from "../../../src/workbook/gateway";
import { createXlsxGateway, openXlsxBuffer, packXlsx } from "../../../src/xlsx";
import { firstDifference, workbookFacts } from "../support/workbookFacts";

const SAMPLES = {
  en: readFileSync(join(__dirname, "../../../samples/annual-conference.en.xlsx")),
  zh: readFileSync(join(__dirname, "../../../samples/annual-work-conference.zh.xlsx")),
};

const COMMANDS: Record<string, (g: WorkbookGateway) => Promise<unknown>> = {
  check: (g) => check(g, { today: "2026-12-03" }),
  seat: (g) => fillSeating(g, {}),
  rooms: (g) => allocateHotelRooms(g, {}),
  docs: (g) => writeDocuments(g, {}),
};

/** Runs a command on the file and saves the result both ways: spliced into the file, and written whole by ExcelJS. */
async function bothWays(input: Buffer, command: string) {
  const book = await openXlsxBuffer(input);
  await COMMANDS[command](createXlsxGateway(book));
  const splice = await packXlsx(book);
  const full = await packXlsx(book, { full: true });
  return { splice, full };
}

async function partsOf(data: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("nodebuffer"));
  return out;
}

describe("the package-level save", () => {
  describe.each(Object.keys(SAMPLES) as (keyof typeof SAMPLES)[])("on the %s sample", (lang) => {
    it.each(Object.keys(COMMANDS))(
      "gives what a full write gives after %s, and again on a re-run over its own output",
      async (command) => {
        const first = await bothWays(SAMPLES[lang], command);
        expect([first.splice.path, first.splice.reason]).toEqual(["splice", undefined]);
        const [a, b] = await workbookFacts(first.splice.data, first.full.data);
        expect(firstDifference(a, b)).toBeUndefined();
        expect(a.sheets.length).toBeGreaterThan(5);

        // A re-run replaces the sheets the first run added and updates the roster again.
        const again = await bothWays(first.splice.data, command);
        expect(again.splice.path).toBe("splice");
        const [c, d] = await workbookFacts(again.splice.data, again.full.data);
        expect(firstDifference(c, d)).toBeUndefined();
      },
      60_000,
    );
  });

  it("copies every part the command did not change byte for byte", async () => {
    const { splice } = await bothWays(SAMPLES.zh, "check");
    const before = await partsOf(SAMPLES.zh);
    const after = await partsOf(splice.data);
    const kept = [...before].filter(([name, bytes]) => after.get(name)?.equals(bytes)).map(([name]) => name);
    // check adds its two sheets; the planner's sheets, styles' users and the theme stay as they were.
    const roster = [...before.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(kept).toEqual(expect.arrayContaining(roster));
    expect(kept).toEqual(expect.arrayContaining(["xl/theme/theme1.xml", "docProps/core.xml"]));
  });

  it("does not grow the file's styles on each re-run: a style it already has is used again", async () => {
    const counts: number[] = [];
    let data: Buffer = SAMPLES.en;
    for (let run = 0; run < 3; run++) {
      data = (await bothWays(data, "docs")).splice.data;
      const styles = (await partsOf(data)).get("xl/styles.xml")!.toString("utf8");
      counts.push((/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf\b/g) ?? []).length);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
  }, 60_000);
});
