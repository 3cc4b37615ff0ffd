import path from "node:path";
import { check } from "../../src/app/check";
import { writeDocuments } from "../../src/app/documents";
import { allocateHotelRooms } from "../../src/app/rooms";
import { fillSeating } from "../../src/app/seat";
import type { Lang } from "../../src/core/i18n";
import type { SheetWrite } from "../../src/core/plan/writePlan";
import { createXlsxGateway, openXlsxFile } from "../../src/xlsx";

const SAMPLES = path.join(__dirname, "../../samples");

/** Every sheet Huiwu writes for a bundled sample — check, seat, rooms and docs, planned, nothing saved — but the hidden record. */
export async function writtenSheets(file: string, lang: Lang): Promise<SheetWrite[]> {
  const gateway = async () => createXlsxGateway(await openXlsxFile(path.join(SAMPLES, file)));
  const runs = [
    await check(await gateway(), { dryRun: true, lang, today: "2026-12-06" }),
    await fillSeating(await gateway(), { dryRun: true, lang }),
    await allocateHotelRooms(await gateway(), { dryRun: true, lang }),
    await writeDocuments(await gateway(), { dryRun: true, lang }),
  ];
  return runs.flatMap((r) => r.plan.sheets).filter((s) => s.owner !== undefined && !s.hidden);
}
