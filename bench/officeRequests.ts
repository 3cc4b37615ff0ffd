/**
 * What a command really sends to Excel: its write plan applied through Microsoft's own Office.js
 * runtime (the @microsoft/office-js package, loaded in jsdom, see test/office/realRuntime), with
 * the request count, the largest request and the runtime's own clean-up request; beside it the
 * same cells written the naive way (a range per row, all in one sync) and the byte count of the
 * fake Excel the unit tests use.
 */
import { check } from "../src/app/check";
import { writeDocuments } from "../src/app/documents";
import { fillSeating } from "../src/app/seat";
import type { WritePlan } from "../src/core/plan/writePlan";
import { createOfficeGateway } from "../src/office/officeGateway";
import { generateConference } from "../samples/generator";
import { MemoryGateway } from "../test/fakes/memoryGateway";
import { fakeGateway } from "../test/office/fakeGateway";
import { officeJsRuntime, type SentRequest } from "../test/office/realRuntime/officeJsRuntime";

export interface RequestRow {
  command: string;
  rows: number;
  requests: number;
  largest: number;
  cleanup: number;
  total: number;
  /** The fake's count of the same requests' bytes, over the runtime's. */
  fakeRatio: number;
  naiveLargest: number;
}

const isCleanup = (r: SentRequest) => r.actions.some((a) => a.Name === "_RemoveReference");
const settle = () => new Promise((r) => setTimeout(r, 50));
const api19 = (set: string, v: string) => set === "ExcelApi" && Number(v.split(".")[1]) <= 9;

/**
 * The harness answers no queries, so the check that the roster cells still hold what was read
 * (`expect`, part of Seat's first request) is left out: the write itself is what is measured.
 */
const withoutChecks = (plan: WritePlan): WritePlan => ({ sheets: plan.sheets.map(({ expect: _, ...s }) => s) });

async function throughRuntime(plan: WritePlan): Promise<SentRequest[]> {
  const { run, requests } = officeJsRuntime();
  await createOfficeGateway(run, { isSetSupported: api19 }).apply(withoutChecks(plan));
  await settle(); // the runtime sends a run's clean-up after the run has resolved
  return requests;
}

/** The baseline: every row of every values block its own range, one sync for all. */
async function naive(plan: WritePlan): Promise<number> {
  const { run, requests } = officeJsRuntime();
  await run(async (context) => {
    for (const s of plan.sheets) {
      const ws = context.workbook.worksheets.add(`${s.name}_naive`);
      for (const b of s.values) b.values.forEach((row, i) => (ws.getRangeByIndexes(b.row + i, b.col, 1, row.length).values = [row]));
    }
    await context.sync();
  });
  await settle();
  return Math.max(...requests.map((r) => r.bytes));
}

async function fakeBytes(plan: WritePlan, memory: MemoryGateway): Promise<number> {
  const sheets = [...memory.sheets].map(([name, rows]) => ({ name, rows }));
  const { fake, gateway } = fakeGateway({ sheets }, { payloadLimit: Number.MAX_SAFE_INTEGER });
  fake.resetStats();
  await gateway.apply(withoutChecks(plan));
  return fake.stats.requestBytes.reduce((a, b) => a + b, 0);
}

type Command = "check" | "seat" | "docs";

async function planOf(command: Command, memory: MemoryGateway): Promise<WritePlan> {
  if (command === "check") return (await check(memory, { today: "2026-12-06", dryRun: true })).plan;
  if (command === "seat") return (await fillSeating(memory, { dryRun: true })).plan;
  return (await writeDocuments(memory, { dryRun: true })).plan;
}

/** A roster whose every phone is a digit short: one finding per person, the Issues sheet as long as the list. */
function messyRoster(people: number): MemoryGateway {
  const rows = [
    ["姓名", "电话"],
    ...Array.from({ length: people }, (_, i) => [`人员${i + 1}`, `1380013${String(i % 1000).padStart(3, "0")}`]),
  ];
  return new MemoryGateway({ 参会人员: rows });
}

function sample(attendees: number): MemoryGateway {
  const wb = generateConference({ lang: "zh", attendees, seed: 11, mistakes: true });
  return new MemoryGateway(Object.fromEntries(wb.sheets.map((s) => [s.name, s.rows])));
}

export async function officeRequests(): Promise<RequestRow[]> {
  const cases: [Command, number, () => MemoryGateway][] = [
    ["check", 150, () => sample(150)],
    ["seat", 150, () => sample(150)],
    ["docs", 150, () => sample(150)],
    ["check", 10_000, () => sample(10_000)],
    ["seat", 10_000, () => sample(10_000)],
    ["docs", 10_000, () => sample(10_000)],
    ["check", 60_000, () => messyRoster(60_000)],
  ];
  const out: RequestRow[] = [];
  for (const [command, rows, make] of cases) {
    const memory = make();
    const plan = await planOf(command, memory);
    const sent = await throughRuntime(plan);
    const writes = sent.filter((r) => !isCleanup(r));
    const total = writes.reduce((a, r) => a + r.bytes, 0);
    out.push({
      command,
      rows,
      requests: sent.length,
      largest: Math.max(...writes.map((r) => r.bytes)),
      cleanup: Math.max(0, ...sent.filter(isCleanup).map((r) => r.bytes)),
      total,
      fakeRatio: (await fakeBytes(plan, memory)) / total,
      naiveLargest: await naive(plan),
    });
  }
  return out;
}

const mb = (n: number) => `${(n / 2 ** 20).toFixed(2)} MB`;

export function officeRequestsTable(rows: RequestRow[]): string {
  return [
    "| command | rows | requests (clean-ups included) | largest request | largest clean-up | all requests | fake's count / runtime's | naive: a range per row, one sync |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.command} | ${r.rows.toLocaleString("en")} | ${r.requests} | ${mb(r.largest)} | ${mb(r.cleanup)} | ${mb(r.total)} | ${r.fakeRatio.toFixed(2)} | ${mb(r.naiveLargest)}${r.naiveLargest > 5 * 2 ** 20 ? " (refused: over 5 MB)" : ""} |`,
    ),
  ].join("\n");
}
