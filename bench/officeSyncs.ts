import { check } from "../src/app/check";
import { chunkPlan } from "../src/workbook/chunk";
import { generateConference } from "../samples/generator";
import { fakeGateway } from "../test/office/fakeGateway";

export interface SyncFigures {
  attendees: number;
  readSyncs: number;
  writeSyncs: number;
  chunks: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
}

/** Round trips of a full Check in Excel, counted on the in-memory fake of the Excel object model. */
export async function officeSyncs(attendees: number): Promise<SyncFigures> {
  const wb = generateConference({ lang: "zh", attendees, seed: 11, mistakes: true });
  const { fake, gateway } = fakeGateway({ sheets: wb.sheets.map((s) => ({ name: s.name, rows: s.rows })) });
  fake.resetStats();
  const result = await check(gateway, { today: "2026-12-06", dryRun: true });
  const readSyncs = fake.stats.syncs;
  const largestResponseBytes = Math.max(0, ...fake.stats.responseBytes);
  fake.resetStats();
  await gateway.apply(result.plan);
  return {
    attendees,
    readSyncs,
    writeSyncs: fake.stats.syncs,
    chunks: chunkPlan(result.plan).length,
    largestRequestBytes: Math.max(0, ...fake.stats.requestBytes),
    largestResponseBytes,
  };
}
