/**
 * The corpus of planners' lists through `huiwu check --json`, as the command line runs it.
 * Each case says which sheet is the roster, how it is found, who is on it and which column is
 * which field; a failure here is a shape the product does not recognise yet.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CorpusCase, OtherCase } from "./corpusCase";
import { CORPUS, OTHER_CASES } from "./index";

interface Understood {
  sheetKey: "event" | "roster" | "budget" | "tasks" | "hotels";
  sheet: string | null;
  foundBy: "name" | "headers" | "nameColumn" | "values" | null;
  columns: { field: string; header: string; cell: string }[];
  kept: { header: string; cell: string; why: "unknown" | "export" | "mismatch" }[];
  people?: number;
  records?: number;
}

interface CheckJson {
  summary: { attendees: { total: number } };
  understood: Understood[];
  findings: { id: string; severity: string }[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "huiwu-corpus-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runCheck(c: CorpusCase | OtherCase) {
  const path = join(dir, c.file);
  writeFileSync(path, await c.build());
  const stdout: string[] = [],
    stderr: string[] = [];
  const io = { lang: "en" as const, out: (...l: string[]) => stdout.push(...l), err: (...l: string[]) => stderr.push(...l) };
  const code = await main(["check", path, "--json", "--today", "2026-12-06"], io);
  return { code, stdout, stderr };
}

function parse(stdout: string[], stderr: string[]): CheckJson {
  try {
    return JSON.parse(stdout.join("\n")) as CheckJson;
  } catch {
    throw new Error(`check printed no JSON. stderr: ${stderr.join(" | ") || "(empty)"}`);
  }
}

/** A header as compared: the product quotes headers trimmed ("Phone Number " is read as "Phone Number"). */
const same = (typed: string) => typed.trim();

describe("huiwu check on the corpus of planners' lists", () => {
  for (const c of CORPUS) {
    it(`${c.file} — ${c.shape}`, async () => {
      const { code, stdout, stderr } = await runCheck(c);
      const x = c.expect;

      if (x.exit === 2) {
        expect({ code, stdoutLines: stdout.length, message: stderr[0] ?? "" }).toEqual({
          code: 2,
          stdoutLines: 0,
          message: expect.stringContaining(x.message!),
        });
        return;
      }
      if (code >= 2) throw new Error(`check exited ${code}: ${stderr.join(" | ")}`);
      if (x.exit !== undefined) expect(code).toBe(x.exit);
      else expect([0, 1]).toContain(code);

      const json = parse(stdout, stderr);
      const roster = json.understood.find((u) => u.sheetKey === "roster");
      expect(roster).toBeDefined();
      const r = roster!;

      // Every field the case expects, as the product read it (absent → undefined).
      const columns: Record<string, string | undefined> = {};
      for (const [field, typed] of Object.entries(x.columns)) {
        const got = r.columns.find((col) => col.field === field);
        if (x.foundBy === "values") {
          const letters = got?.cell.replace(/\d+$/, "");
          columns[field] = letters !== undefined && letters.startsWith(typed!) ? typed : letters;
        } else columns[field] = got && same(got.header) === same(typed!) ? typed : got?.header;
      }
      const keptHeaders = r.kept.map((k) => same(k.header));
      const mappedHeaders = new Set(r.columns.map((col) => same(col.header)));
      const wantedKept = x.kept ?? [];

      expect({
        sheet: r.sheet,
        foundBy: r.foundBy,
        people: r.people,
        attendees: json.summary.attendees.total,
        columns,
        keptMissing: wantedKept.filter((h) => !keptHeaders.includes(same(h))),
        keptButMapped: wantedKept.filter((h) => mappedHeaders.has(same(h))),
      }).toEqual({
        sheet: x.rosterSheet,
        foundBy: x.foundBy,
        people: x.people,
        attendees: x.people,
        columns: { ...x.columns },
        keptMissing: [],
        keptButMapped: [],
      });
    });
  }

  for (const c of OTHER_CASES) {
    it(`${c.file} — ${c.shape}`, async () => {
      const { code, stdout, stderr } = await runCheck(c);
      if (code >= 2) throw new Error(`check exited ${code}: ${stderr.join(" | ")}`);
      const json = parse(stdout, stderr);
      const skipped = json.findings.filter((f) => f.id === "rules.roster-skipped");
      const budget = json.understood.find((u) => u.sheetKey === "budget");
      expect({
        code,
        skipped: skipped.map((f) => f.severity),
        ...(c.expect.budgetLines !== undefined ? { budgetLines: budget?.records } : {}),
      }).toEqual({
        code: c.expect.exit,
        skipped: ["info"],
        ...(c.expect.budgetLines !== undefined ? { budgetLines: c.expect.budgetLines } : {}),
      });
    });
  }
});
