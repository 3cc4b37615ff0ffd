import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

/** The planner's list, end to end through the command line: tables they typed stay theirs. */

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, lang: "en", out: (...l) => stdout.push(...l), err: (...l) => stderr.push(...l) };
}

const FIRST =
  "Ava Ben Cara Dan Eve Finn Gia Hugo Ivy Jack Kim Leo Mia Noah Olga Paul Quin Rosa Sam Tia Uma Vic Wes Xena Yuri Zoe Abe Bea Cy Di".split(
    " ",
  );
/** 12 at table 1 (more than 10 a table), 4 at "Head", 4 at table 2, 10 with no table yet; Ava typed twice. */
const planned = (i: number): string | number => (i < 12 ? 1 : i < 16 ? "Head" : i < 20 ? 2 : "");
const ROWS: (string | number)[][] = [
  ["Name", "Email", "Table"],
  ...FIRST.map((n, i) => [`${n} Smith`, `${n.toLowerCase()}@example.com`, planned(i)]),
  ["Ava  Smith", "AVA@example.com", ""],
];

const dir = mkdtempSync(join(tmpdir(), "huiwu-plan-"));

async function write(rows: (string | number)[][], name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").addRows(rows);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

async function read(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Column C of Sheet1, rows 2.., as text. */
const tables = (wb: ExcelJS.Workbook) =>
  Array.from({ length: ROWS.length - 1 }, (_, i) => {
    const v = wb.getWorksheet("Sheet1")!.getCell(i + 2, 3).value;
    return v === null || v === undefined ? "" : String(v);
  });

async function seat(input: string, out: string) {
  const io = capture();
  const code = await main(["seat", input, "--out", out], io);
  return { code, text: io.stdout.join("\n") };
}

describe("huiwu seat on a list that already has its tables", () => {
  let first: ExcelJS.Workbook;
  let firstText: string;
  beforeAll(async () => {
    const { code, text } = await seat(await write(ROWS, "list.xlsx"), join(dir, "seated.xlsx"));
    expect(code).toBe(0);
    first = await read(join(dir, "seated.xlsx"));
    firstText = text;
  });

  it("keeps every table the planner typed, at its size and name, and seats only the people without one", () => {
    const after = tables(first);
    FIRST.forEach((_, i) => {
      if (planned(i) !== "") expect(after[i]).toBe(String(planned(i)));
      else expect(after[i]).not.toBe("");
    });
    expect(firstText).toMatch(/Table 1 \(12\)/);
    expect(firstText).toMatch(/Table Head \(\d+\)/);
    expect(firstText).toMatch(/12 people at table 1, more than the 10 seats per table; kept as planned/);
  });

  it("seats the person typed twice once, and says which rows were merged", () => {
    const assignment = first.getWorksheet("Table Assignment")!;
    const names: string[] = [];
    assignment.eachRow((row) => row.eachCell((c) => typeof c.value === "string" && /Ava\s+Smith/.test(c.value) && names.push(c.value)));
    expect(names).toHaveLength(1);
    // The second row gets no table of its own: it is the row to delete.
    expect(tables(first).at(-1)).toBe("");
    expect(firstText).toMatch(/Sheet1!A32 +Ava Smith: rows 2 and 32 are one person \(same name and email\)/);
  });

  it("writes no rostrum sheets for a guest list, and keeps what it wrote in a hidden record", () => {
    expect(first.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Sheet1", "visible"],
      ["Table Assignment", "visible"],
      ["Table Chart", "visible"],
      ["Huiwu record", "hidden"],
    ]);
  });

  it("on the next run keeps a table the planner changed, and every table they typed before", async () => {
    const moved = FIRST.indexOf("Uma");
    // The planner edits the seated copy, record sheet and all, and runs Seat again.
    const edited = await read(join(dir, "seated.xlsx"));
    edited.getWorksheet("Sheet1")!.getCell(moved + 2, 3).value = "Head";
    await edited.xlsx.writeFile(join(dir, "edited.xlsx"));
    const { code } = await seat(join(dir, "edited.xlsx"), join(dir, "again.xlsx"));
    expect(code).toBe(0);
    const again = tables(await read(join(dir, "again.xlsx")));
    expect(again[moved]).toBe("Head");
    FIRST.forEach((_, i) => planned(i) !== "" && expect(again[i]).toBe(String(planned(i))));
    expect(again.slice(0, FIRST.length)).not.toContain("");
  });
});

describe("huiwu check on the same list", () => {
  it("reports the person typed twice as an error at the row to delete", async () => {
    const io = capture();
    expect(await main(["check", await write(ROWS, "check.xlsx"), "--today", "2026-12-06"], io)).toBe(1);
    expect(io.stdout.join("\n")).toMatch(/Sheet1!A32 +Ava Smith: rows 2 and 32 are one person/);
  });
});
