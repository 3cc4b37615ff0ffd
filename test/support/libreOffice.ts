import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/**
 * LibreOffice is an independent reader. On a developer machine without it these checks are
 * skipped; CI installs it and sets HUIWU_REQUIRE_LIBREOFFICE so a missing install fails loudly.
 */
export function hasLibreOffice(): boolean {
  if (process.env.HUIWU_REQUIRE_LIBREOFFICE) return true;
  try {
    execFileSync("libreoffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** poppler (pdfinfo, pdftotext) reads printed pages back; required in CI like LibreOffice. */
export function hasPoppler(): boolean {
  if (process.env.HUIWU_REQUIRE_LIBREOFFICE) return true;
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** UTF-8, comma-separated, every sheet ("-1"), values not as shown: what the formulas calculate. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/**
 * Opens each workbook in LibreOffice, which calculates the formulas, and returns one sheet of
 * each as rows of cell texts. One LibreOffice start converts them all.
 */
export function recalculatedSheets(books: Record<string, { xlsx: Buffer; sheet: string }>): Record<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), "huiwu-lo-"));
  const files = Object.entries(books).map(([name, b]) => {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, b.xlsx);
    return file;
  });
  execFileSync(
    "libreoffice",
    ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", CSV_FILTER, "--outdir", dir, ...files],
    {
      stdio: "ignore",
      timeout: 240_000,
    },
  );
  const out: Record<string, string[][]> = {};
  for (const [name, b] of Object.entries(books)) out[name] = parseCsv(readFileSync(join(dir, `${name}-${b.sheet}.csv`), "utf8"));
  return out;
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree nodes). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * Prints each workbook to PDF with LibreOffice (one start for all) and counts the pages.
 * LibreOffice prints every sheet of a workbook, so give it workbooks holding only the sheets
 * to count. Counted from the PDF bytes, so poppler's pdfinfo is not needed.
 */
export function pdfPageCounts(books: Record<string, Buffer>): Record<string, number> {
  const pdfs = printToPdf(books);
  return Object.fromEntries(Object.entries(pdfs).map(([name, pdf]) => [name, countPdfPages(readFileSync(pdf))]));
}

/** Each workbook printed to a PDF by LibreOffice, one start for all: name → the PDF's path. */
function printToPdf(books: Record<string, Buffer>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "huiwu-lo-"));
  const files = Object.entries(books).map(([name, xlsx]) => {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, xlsx);
    return file;
  });
  execFileSync(
    "libreoffice",
    ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, ...files],
    {
      stdio: "ignore",
      timeout: 240_000,
    },
  );
  return Object.fromEntries(Object.keys(books).map((name) => [name, join(dir, `${name}.pdf`)]));
}

/** A printed page as poppler reads it: its size and its text. */
export interface PrintedPage {
  /** "A4", "A3", "letter" as pdfinfo names it, or the size in points. */
  paper: string;
  landscape: boolean;
  text: string;
}

/**
 * Prints each workbook to PDF with LibreOffice (one start for all) and reads every page back
 * with poppler (pdfinfo, pdftotext): the paper, its orientation and the text on it.
 */
export function printedPages(books: Record<string, Buffer>): Record<string, PrintedPage[]> {
  const out: Record<string, PrintedPage[]> = {};
  for (const [name, pdf] of Object.entries(printToPdf(books))) {
    const pages = countPdfPages(readFileSync(pdf));
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", String(pages), pdf], { encoding: "utf8", timeout: 60_000 });
    const sizes = [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/gm)];
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", timeout: 60_000 }).split("\f");
    out[name] = sizes.map((m, i) => ({
      paper: m[3] ?? `${m[1]}x${m[2]}`,
      landscape: Number(m[1]) > Number(m[2]),
      text: text[i] ?? "",
    }));
  }
  return out;
}

export function pdfPageCount(xlsx: Buffer): number {
  return pdfPageCounts({ book: xlsx }).book;
}
