/**
 * npm run print-gallery: prints every output sheet of the bundled samples the way LibreOffice
 * would put it on paper, and keeps the first two pages of each as small PNGs in docs/print/, so
 * the README can show them and a change to a sheet's layout can be looked at, not just tested.
 *
 * Needs LibreOffice (soffice) and poppler-utils (pdftoppm, pdfinfo); fonts-noto-cjk and
 * fonts-crosextra-carlito make the pages look as they do in Excel.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { check } from "../src/app/check";
import { writeDocuments } from "../src/app/documents";
import { allocateHotelRooms } from "../src/app/rooms";
import { fillSeating } from "../src/app/seat";
import type { Lang } from "../src/core/i18n";
import type { SheetWrite, WritePlan } from "../src/core/plan/writePlan";
import { displayWidth } from "../src/core/plan/textWidth";
import { createXlsxGateway, openXlsxBuffer, openXlsxFile, toXlsxBuffer } from "../src/xlsx";

/** The samples describe the workbook four days before their 2026-12-10 meeting (as npm run demo). */
const TODAY = "2026-12-06";
const ROOT = join(__dirname, "..");
const GALLERY = join(ROOT, "docs", "print");
const PROFILE = "file:///tmp/huiwu-gallery-profile";
/** Small enough for a README, large enough to see a layout. */
const DPI = "50";
const PAGES_KEPT = 2;
/** The PNGs this script writes: docs/print/<lang>-<owner>-<page>.png. Nothing else there is touched. */
const OWN_PNG = /^(zh|en)-[A-Za-z]+-\d+\.png$/;

const SAMPLES: { lang: Lang; file: string }[] = [
  { lang: "zh", file: "annual-work-conference.zh.xlsx" },
  { lang: "en", file: "annual-conference.en.xlsx" },
];

/** A failure to report as one message, without a stack trace. */
class GalleryError extends Error {}

interface Printed {
  sheet: SheetWrite;
  /** "<lang>-<owner>": the base of the workbook, the PDF and the PNGs. */
  base: string;
}

interface Row {
  sheet: string;
  pages: number;
  paper: string;
  pngs: string[];
}

function onPath(command: string): boolean {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

function requireTools(): void {
  const missing = ["soffice", "pdftoppm", "pdfinfo"].filter((c) => !onPath(c));
  if (missing.length > 0)
    throw new GalleryError(
      `${missing.join(", ")} not found: install libreoffice-calc-nogui and poppler-utils (sudo apt-get install libreoffice-calc-nogui poppler-utils).`,
    );
}

/**
 * Runs the four commands in a planner's order on a copy of the sample held in memory (the sample
 * file is never saved), so each sees what the one before wrote, as when a planner prints.
 * Returns the workbook with everything written, and the sheets a planner would print.
 */
async function planAndWrite(file: string, lang: Lang): Promise<{ xlsx: Buffer; sheets: SheetWrite[] }> {
  const book = await openXlsxFile(join(ROOT, "samples", file));
  const gateway = createXlsxGateway(book);
  const plans: WritePlan[] = [];
  // Each command as a dry run, its plan then written into the copy: the plans are what is printed.
  const write = async (plan: WritePlan) => {
    plans.push(plan);
    if (plan.sheets.length > 0) await gateway.apply(plan);
  };
  await write((await check(gateway, { today: TODAY, dryRun: true, lang })).plan);
  const seat = await fillSeating(gateway, { dryRun: true, lang });
  if (seat.tables.status !== "ok") console.warn(`  ${file}: the tables could not be planned (${seat.tables.status}): no seating pages.`);
  await write(seat.plan);
  await write((await allocateHotelRooms(gateway, { dryRun: true, lang })).plan);
  await write((await writeDocuments(gateway, { dryRun: true, lang })).plan);
  // The roster update is the planner's own sheet and the plan record is hidden: neither is printed.
  const sheets = plans.flatMap((p) => p.sheets).filter((s) => s.owner !== undefined && !s.hidden && s.mode === "replace");
  return { xlsx: await toXlsxBuffer(book), sheets };
}

/**
 * The whole workbook with every sheet but one hidden: LibreOffice prints every visible sheet, and
 * a sheet alone in a workbook of its own would lose what its formulas read (预算审核 sums 预算).
 */
async function onlyVisible(xlsx: Buffer, sheet: string): Promise<Buffer> {
  const book = await openXlsxBuffer(xlsx);
  const sheets = book.excel.worksheets;
  for (const ws of sheets) ws.state = ws.name === sheet ? "visible" : "hidden";
  // LibreOffice prints a hidden sheet's print area all the same: only this sheet keeps one.
  book.names = book.names.filter((n) => n.name !== "_xlnm.Print_Area" || n.scope === sheet);
  // A hidden active tab is a workbook Excel calls damaged.
  const tab = sheets.findIndex((ws) => ws.name === sheet);
  const [view] = book.excel.views;
  book.excel.views = [{ ...view, activeTab: tab, firstSheet: tab }];
  return toXlsxBuffer(book);
}

function run(command: string, args: string[], timeout: number): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", timeout, stdio: ["ignore", "pipe", "pipe"] });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string; signal?: string };
    const why =
      e.signal === "SIGTERM" ? `timed out after ${timeout / 1000} s` : (e.stderr?.trim() || e.message).split("\n").slice(-3).join(" ");
    throw new GalleryError(`${command} failed: ${why}`);
  }
}

/** One LibreOffice start for all the workbooks of a language: starting it is the slow part. */
function toPdfs(books: string[], dir: string): void {
  run("soffice", ["--headless", `-env:UserInstallation=${PROFILE}`, "--convert-to", "pdf", "--outdir", dir, ...books], 600_000);
  const missing = books.map((b) => b.replace(/\.xlsx$/, ".pdf")).filter((pdf) => !existsSync(pdf));
  if (missing.length > 0)
    throw new GalleryError(
      `LibreOffice wrote no PDF for ${missing.join(", ")} (is another LibreOffice using ${PROFILE.slice("file://".length)}?)`,
    );
}

/** Pages and the first page's paper from pdfinfo: "A4 portrait", or the size in mm when poppler has no name for it. */
function pdfFacts(pdf: string): { pages: number; paper: string } {
  const info = run("pdfinfo", [pdf], 30_000);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/m.exec(info);
  if (!size) return { pages, paper: "?" };
  const [w, h] = [Number(size[1]), Number(size[2])];
  const mm = (pt: number) => Math.round((pt * 25.4) / 72);
  return { pages, paper: `${size[3] ?? `${mm(w)}×${mm(h)} mm`} ${w > h ? "landscape" : "portrait"}` };
}

/** The first pages as PNGs, one pdftoppm call a page so the names never gain poppler's zero padding. */
function toPngs(pdf: string, pages: number, out: string, base: string): string[] {
  const names: string[] = [];
  for (let page = 1; page <= Math.min(pages, PAGES_KEPT); page++) {
    const name = `${base}-${page}`;
    run("pdftoppm", ["-r", DPI, "-png", "-f", String(page), "-l", String(page), "-singlefile", pdf, join(out, name)], 60_000);
    shrink(join(out, `${name}.png`));
    names.push(`${name}.png`);
  }
  return names;
}

/**
 * Fewer colours when a quantiser is at hand; stripped of dates so a re-run writes the same bytes.
 * Optional: a failure (pngquant exits 98 when it cannot do better) keeps pdftoppm's PNG.
 */
function shrink(png: string): void {
  try {
    if (onPath("pngquant")) run("pngquant", ["--force", "--skip-if-larger", "--strip", "--output", png, "64", png], 60_000);
    else if (onPath("convert")) run("convert", [png, "-strip", "-colors", "64", `png8:${png}`], 60_000);
  } catch {
    // the unquantised page is still a good page
  }
}

async function renderLanguage(lang: Lang, file: string, work: string, out: string): Promise<Row[]> {
  const { xlsx, sheets } = await planAndWrite(file, lang);
  const printed: Printed[] = sheets.map((sheet) => ({ sheet, base: `${lang}-${sheet.owner}` }));
  const books: string[] = [];
  for (const p of printed) {
    const book = join(work, `${p.base}.xlsx`);
    writeFileSync(book, await onlyVisible(xlsx, p.sheet.name));
    books.push(book);
  }
  toPdfs(books, work);
  return printed.map((p) => {
    const pdf = join(work, `${p.base}.pdf`);
    const { pages, paper } = pdfFacts(pdf);
    return { sheet: `${p.sheet.name} (${p.sheet.owner})`, pages, paper, pngs: toPngs(pdf, pages, out, p.base) };
  });
}

/** Replaces the gallery's own PNGs only once every page rendered, so a failed run leaves the old gallery whole. */
function publish(rendered: string): void {
  mkdirSync(GALLERY, { recursive: true });
  for (const name of readdirSync(GALLERY)) if (OWN_PNG.test(name)) rmSync(join(GALLERY, name));
  for (const name of readdirSync(rendered).sort()) copyFileSync(join(rendered, name), join(GALLERY, name));
}

/** Pads by display width, so the Chinese sheet names line up too. */
function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

function printTable(rows: Row[]): void {
  const lines = [["sheet", "pages", "paper", "PNGs"], ...rows.map((r) => [r.sheet, String(r.pages), r.paper, r.pngs.join(" ")])];
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => displayWidth(l[i]))));
  const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i])).join("  ");
  for (const l of lines) console.log(line(l).trimEnd());
}

async function printGallery(): Promise<void> {
  requireTools();
  const tmp = mkdtempSync(join(tmpdir(), "huiwu-gallery-"));
  try {
    const rendered = join(tmp, "png");
    mkdirSync(rendered);
    const rows: Row[] = [];
    for (const s of SAMPLES) {
      console.log(`Printing ${s.file} (${s.lang}) with LibreOffice…`);
      const work = join(tmp, s.lang);
      mkdirSync(work);
      rows.push(...(await renderLanguage(s.lang, s.file, work, rendered)));
    }
    publish(rendered);
    printTable(rows);
    console.log(`${rows.reduce((n, r) => n + r.pngs.length, 0)} PNGs in docs/print/`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

printGallery().catch((err: unknown) => {
  // Only our own failures and Huiwu's workbook errors are expected; both say what went wrong in their message.
  console.error(`print-gallery: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
