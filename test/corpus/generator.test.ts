/**
 * The corpus generator itself: every file opens (ExcelJS) or decodes (iconv-lite) to the text
 * intended, CSV/TSV quoting is valid, encodings are what the file names say, the bytes are the
 * same on every run, and the people each case expects can be counted again from its own cells.
 * This suite must pass whatever the product does; corpus.test.ts is the one that tests the product.
 */
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { CorpusCase } from "./corpusCase";
import { CORPUS, OTHER_CASES, writeCorpus } from "./index";
import { rng, seedOf } from "./prng";

type Encoding = "utf-8" | "utf-8-bom" | "utf-16le-bom" | "gbk";

/** What each list file's name says about its bytes; a file whose name says nothing is listed here. */
const NAMED_ENCODINGS: [RegExp, Encoding][] = [
  [/\.utf8-bom\./, "utf-8-bom"],
  [/\.utf8\./, "utf-8"],
  [/\.utf16le\./, "utf-16le-bom"],
  [/\.gbk\./, "gbk"],
];
const UNNAMED_ENCODINGS: Record<string, Encoding> = { "报名表.csv": "utf-8-bom" };

const isDelimited = (file: string) => /\.(csv|tsv|txt)$/i.test(file);
const separatorOf = (file: string) => (/\.csv$/i.test(file) ? "," : "\t");

function encodingOf(file: string): Encoding {
  const named = NAMED_ENCODINGS.find(([re]) => re.test(file));
  const e = named?.[1] ?? UNNAMED_ENCODINGS[file];
  if (!e) throw new Error(`${file}: its name does not say its encoding and it is not in UNNAMED_ENCODINGS`);
  return e;
}

/** Bytes → text by the encoding the name says, checking the BOM is there (or not) as it should be. */
function decode(file: string, bytes: Uint8Array): string {
  const b = Buffer.from(bytes);
  const e = encodingOf(file);
  const bomUtf8 = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  const bomUtf16le = b[0] === 0xff && b[1] === 0xfe;
  switch (e) {
    case "utf-8-bom":
      expect(bomUtf8).toBe(true);
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b.subarray(3));
    case "utf-8":
      expect(bomUtf8).toBe(false);
      return new TextDecoder("utf-8", { fatal: true }).decode(b);
    case "utf-16le-bom":
      expect(bomUtf16le).toBe(true);
      expect(b.length % 2).toBe(0);
      return iconv.decode(b.subarray(2), "utf-16le");
    case "gbk": {
      expect(bomUtf8 || bomUtf16le).toBe(false);
      // Really GBK: Chinese text in it is not valid UTF-8, and it round-trips through iconv-lite.
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(b)).toThrow();
      const text = iconv.decode(b, "gbk");
      expect(Buffer.from(iconv.encode(text, "gbk")).equals(b)).toBe(true);
      return text;
    }
  }
}

/** A strict RFC 4180 reader: quotes only around a whole field, doubled inside, nothing after the closing quote. */
function parseStrict(text: string, sep: string): { rows: string[][]; eols: Set<string> } {
  const rows: string[][] = [];
  const eols = new Set<string>();
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length;) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') {
        field += ch;
        i++;
      } else if (text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else {
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== sep && next !== "\r" && next !== "\n") throw new Error(`text after a closing quote at ${i}`);
      }
      continue;
    }
    if (ch === '"') {
      if (!atStart) throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
      atStart = false;
      i++;
    } else if (ch === sep) {
      row.push(field);
      field = "";
      atStart = true;
      i++;
    } else if (ch === "\r" || ch === "\n") {
      const eol = ch === "\r" && text[i + 1] === "\n" ? "\r\n" : ch;
      eols.add(eol);
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      atStart = true;
      i += eol.length;
    } else {
      field += ch;
      atStart = false;
      i++;
    }
  }
  if (quoted) throw new Error("a quoted field is never closed");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows, eols };
}

/** A sheet's cells as text rows (blank = ""), and what else makes it up. */
interface Grid {
  name: string;
  rows: string[][];
  raw: unknown[][];
  merges: string[];
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") {
    if ("formula" in v) return `=${v.formula}→${String(v.result)}`;
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    return JSON.stringify(v);
  }
  return String(v);
}

async function openXlsx(bytes: Uint8Array): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: string[][] = [];
    const raw: unknown[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const texts: string[] = [];
      const values: unknown[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = row.getCell(c);
        // A merged range's other cells repeat its master's value in ExcelJS; they are blank in the file.
        const v = cell.isMerged && cell.master !== cell ? null : cell.value;
        texts.push(cellText(v));
        values.push(v instanceof Date ? v.toISOString() : v);
      }
      rows.push(texts);
      raw.push(values);
    }
    return { name: ws.name, rows, raw, merges: [...(ws.model.merges ?? [])].sort() };
  });
}

/** The grid of the sheet a case says is the roster: the xlsx sheet, or the one table of a text list. */
async function rosterGrid(c: CorpusCase, bytes: Uint8Array): Promise<Grid> {
  if (isDelimited(c.file)) {
    const { rows } = parseStrict(decode(c.file, bytes), separatorOf(c.file));
    return { name: basename(c.file).replace(/\.[^.]*$/, ""), rows, raw: rows, merges: [] };
  }
  const sheet = (await openXlsx(bytes)).find((g) => g.name === c.expect.rosterSheet);
  if (!sheet) throw new Error(`${c.file} has no sheet "${c.expect.rosterSheet}"`);
  return sheet;
}

const letterIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** The header row: the first of the top 20 rows holding every expected and kept header, exactly as typed. */
function headerRowOf(c: CorpusCase, g: Grid): number {
  const wanted = [...Object.values(c.expect.columns), ...(c.expect.kept ?? [])] as string[];
  const at = g.rows.slice(0, 20).findIndex((row) => wanted.every((h) => row.includes(h)));
  if (at < 0) throw new Error(`${c.file}: no row holds all of ${wanted.join(", ")}`);
  return at;
}

const STRUCK_OFF = new Set(["remove", "删除", "取消", "不参加", "declined"]);

/**
 * The people of a list counted again from its own cells, by the rules the cases state: a size
 * cell counts its number, a members cell its names, a struck-off row nothing, and a repeated
 * person (same ID number, or the same name without spaces and the same phone) once.
 */
function referenceCount(c: CorpusCase, g: Grid): number {
  const x = c.expect;
  const col = (field: keyof typeof x.columns, header: number): number => {
    const h = x.columns[field];
    if (h === undefined) return -1;
    return x.foundBy === "values" ? letterIndex(h) : g.rows[header].indexOf(h);
  };
  // Header-less lists in the corpus start with one title row (a single cell, merged or not).
  const header = x.foundBy === "values" ? -1 : headerRowOf(c, g);
  if (x.foundBy === "values") expect(g.rows[0].filter((v) => v !== "")).toHaveLength(1);
  const first = x.foundBy === "values" ? 1 : header + 1;
  const [name, firstName, lastName, size, members, status, phone, idNo] = (
    ["name", "firstName", "lastName", "partySize", "members", "status", "phone", "idNumber"] as const
  ).map((f) => col(f, header));
  const seen = new Set<string>();
  let n = 0;
  for (const row of g.rows.slice(first)) {
    const who = (name >= 0 ? row[name] : `${row[lastName] ?? ""} ${row[firstName] ?? ""}`).trim();
    if (!who) continue;
    if (status >= 0 && STRUCK_OFF.has((row[status] ?? "").trim().toLowerCase())) continue;
    const key =
      idNo >= 0 && row[idNo] && /^\d{17}[\dX]$/.test(row[idNo])
        ? `id:${row[idNo]}`
        : `np:${who.replace(/\s/g, "")}:${phone >= 0 ? row[phone] : ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const listed = members >= 0 && row[members] ? row[members].split(/\s*(?:,|、|&|和)\s*/).filter(Boolean).length : 0;
    n += listed || (size >= 0 && /^\d+$/.test(row[size] ?? "") ? Number(row[size]) : 1);
  }
  return n;
}

describe("the corpus generator", () => {
  it("has at least 30 cases, one file each, under names Huiwu opens", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    const files = [...CORPUS, ...OTHER_CASES].map((c) => c.file);
    expect(new Set(files).size).toBe(files.length);
    for (const f of files) expect(f).toMatch(/\.(xlsx|csv|tsv|txt)$/);
    for (const c of CORPUS) {
      expect(c.shape.trim()).not.toBe("");
      if (isDelimited(c.file)) expect(c.expect.rosterSheet).toBe(c.file.replace(/\.[^.]*$/, ""));
      if (c.expect.exit === 2) expect(c.expect.message).toBeTruthy();
    }
  });

  it("is a seeded PRNG: the same seed gives the same stream, different seeds differ", () => {
    const a = rng(seedOf("x"));
    const b = rng(seedOf("x"));
    const c = rng(seedOf("y"));
    const take = (r: typeof a) => Array.from({ length: 5 }, () => r.next());
    const sa = take(a);
    expect(take(b)).toEqual(sa);
    expect(take(c)).not.toEqual(sa);
    for (const v of sa) expect(v >= 0 && v < 1).toBe(true);
  });

  for (const c of CORPUS) {
    it(`${c.file}: opens as intended, with the expected headers and people`, async () => {
      const bytes = await c.build();
      const g = await rosterGrid(c, bytes);
      const x = c.expect;
      if (x.foundBy === "values") {
        // No header row: the named columns hold values on (nearly) every row below the title.
        for (const letters of Object.values(x.columns) as string[]) {
          const filled = g.rows.filter((row) => (row[letterIndex(letters)] ?? "") !== "").length;
          expect(filled).toBeGreaterThanOrEqual(x.people);
        }
      } else if (Object.keys(x.columns).length > 0) {
        headerRowOf(c, g);
      } else {
        // The no-list case: the sheet the message should name is there, with 姓名 and no list.
        expect(g.rows[0]).toContain("姓名");
      }
      if (x.exit === 2) {
        if (x.people !== 0) throw new Error("an exit-2 case reads nobody");
        return;
      }
      expect(referenceCount(c, g)).toBe(x.people);
    });
  }

  for (const c of CORPUS.filter((k) => isDelimited(k.file))) {
    it(`${c.file}: is ${encodingOf(c.file)}, validly quoted, one line-break style, every row as wide as the header`, async () => {
      const bytes = await c.build();
      const text = decode(c.file, bytes);
      expect(text).not.toContain("\uFFFD");
      const { rows, eols } = parseStrict(text, separatorOf(c.file));
      expect(eols.size).toBe(1);
      const width = rows[0].length;
      for (const row of rows) expect(row.length).toBe(width);
      // Fields with a separator, quote or line break were quoted (or they would have split the row).
      const sep = separatorOf(c.file);
      const tricky = rows.flat().filter((f) => f.includes(sep) || /["\r\n]/.test(f));
      if (/google-sheets|excel-csv|unicode-text/.test(c.file)) expect(tricky.length).toBeGreaterThan(0);
    });
  }

  it("writes the same bytes for every text list on every run, and the same cells for every workbook", async () => {
    for (const c of [...CORPUS, ...OTHER_CASES]) {
      const [a, b] = [await c.build(), await c.build()];
      if (isDelimited(c.file)) expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      else expect(await openXlsx(a)).toEqual(await openXlsx(b));
    }
  });

  it("keeps ID numbers and typed-as-text phones as text in the workbooks", async () => {
    const c = CORPUS.find((k) => k.file === "combined-school-work.xlsx")!;
    const g = await rosterGrid(c, await c.build());
    const at = g.rows[0].indexOf("身份证号");
    const ids = g.raw.slice(1).map((row) => row[at]);
    expect(ids.length).toBe(23);
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    // Phones: text where the planner formatted the column as text, numbers where they were typed into a plain column.
    const nick = CORPUS.find((k) => k.file === "community-nickname.xlsx")!;
    const phonesAsText = (await rosterGrid(nick, await nick.build())).raw.slice(1).map((row) => row[2]);
    for (const p of phonesAsText) expect(typeof p).toBe("string");
    const college = CORPUS.find((k) => k.file === "college-signin.xlsx")!;
    const phonesAsNumbers = (await rosterGrid(college, await college.build())).raw.slice(2).map((row) => row[4]);
    for (const p of phonesAsNumbers) expect(typeof p).toBe("number");
    for (const id of ids) {
      expect(typeof id).toBe("string");
      const s = id as string;
      expect(s).toMatch(/^\d{17}[\dX]$/);
      const sum = [...s.slice(0, 17)].reduce((t, ch, i) => t + Number(ch) * weights[i], 0);
      expect(s[17]).toBe("10X98765432"[sum % 11]);
    }
  });

  it("builds the no-roster workbooks: the budget's subtotal and 合计 rows are formulas with cached results", async () => {
    const budget = OTHER_CASES.find((k) => k.file === "budget-only.xlsx")!;
    const [sheet] = await openXlsx(await budget.build());
    expect(sheet.name).toBe("经费预算");
    const formulas = sheet.raw
      .flat()
      .filter((v): v is { formula: string; result: number } => typeof v === "object" && v !== null && "formula" in v);
    expect(formulas.map((f) => [f.formula, f.result])).toEqual([
      ["SUM(F3:F4)", 38000],
      ["SUM(G3:G4)", 36000],
      ["F3+F4+F6+F7+F8+F9+F10", 157500],
      ["G3+G4+G6+G7+G8+G9+G10", 36000],
    ]);
    // The real lines (numbered in 序号) add up to the 合计 row's cached total.
    const lines = sheet.raw.filter((row) => typeof row[0] === "number");
    expect(lines).toHaveLength(budget.expect.budgetLines!);
    expect(lines.reduce((t, row) => t + (row[5] as number), 0)).toBe(157500);

    const tasks = OTHER_CASES.find((k) => k.file === "tasks-only.xlsx")!;
    const [t] = await openXlsx(await tasks.build());
    expect(t.rows[0]).toEqual(["序号", "阶段", "任务", "负责人", "截止时间", "状态", "备注"]);
    expect(t.rows.length).toBe(11);
  });

  it("writeCorpus writes every file and returns their paths", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huiwu-corpus-gen-"));
    try {
      const paths = await writeCorpus(dir);
      expect(paths.map((p) => basename(p))).toEqual([...CORPUS, ...OTHER_CASES].map((c) => c.file));
      const gbk = paths.find((p) => p.endsWith("wps-signin.gbk.csv"))!;
      expect(iconv.decode(readFileSync(gbk), "gbk")).toContain("2026年度工作会议签到表");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
