import { a1, a1Range, quoteSheet } from "../../src/core/cellAddress";
import { isBlank, type CellValue } from "../../src/core/cellValue";
import { printedWidth } from "../../src/core/plan/textWidth";
import { wrapParagraph } from "../../src/core/plan/textWrap";
import type { FormatSpec, RangeRef, SheetWrite } from "../../src/core/plan/writePlan";

/**
 * Whether every written cell of an output sheet prints whole: nothing cut at a cell's edge,
 * nothing spilling over a neighbour, nothing hidden under a merge. A model of Excel's layout
 * that errs on the strict side (widths in Excel's character units, heights in points).
 */
export interface FitProblem {
  sheet: string;
  /** "B7" (top-left of a merge for merged cells). */
  cell: string;
  /** The text as it would print. For "merges overlap", the two merges ("A1:B2 and B2:C3"). */
  text: string;
  why: "too wide" | "too tall" | "under a merge" | "merges overlap";
  /** What the text needs (for "merges overlap": the number of cells the two merges share). */
  need: number;
  /** What the cell gives (0 under a merge and for overlapping merges). */
  have: number;
  unit: "chars" | "points";
}

/** Excel's column width when a sheet sets none, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Excel's row height when a sheet sets none, in points. */
const DEFAULT_ROW_HEIGHT = 15;
const DEFAULT_FONT_SIZE = 11;
const BOLD_FACTOR = 1.05;
/** Excel's padding inside a cell, in characters. */
const CELL_PADDING_CHARS = 0.8;
/** A line of text is this many times its font size tall (safe for CJK faces). */
const LINE_HEIGHT_FACTOR = 1.3;
/** Padding above and below a block of two or more lines, in points. */
const CELL_PADDING_POINTS = 2;
/** One character of the default font, in points; a column also carries 3.75 pt of margin. */
const POINTS_PER_CHAR = 5.25;
const COLUMN_MARGIN_POINTS = 3.75;
/** Padding at the ends of a text turned ±90°, in points. */
const ROTATED_PADDING_POINTS = 4;
/** |rotation| from which text counts as running along the height. */
const VERTICAL_ROTATION = 80;
const TOLERANCE_CHARS = 0.5;
const TOLERANCE_POINTS = 1;
/** How the date-like values print when no date format is given. */
const DEFAULT_DATE_FORMAT = "yyyy-mm-dd hh:mm";
/** Columns in a sheet: a cell's key is row × this + col. */
const MAX_COLS = 16384;

interface CellFormat {
  numberFormat?: string;
  fontSize: number;
  bold: boolean;
  wrap: boolean;
  rotation: number;
  horizontal?: "left" | "center" | "right";
}

type Content = { kind: "value"; value: CellValue } | { kind: "formula" } | { kind: "link"; text: string };

export function printFitProblems(sheet: SheetWrite): FitProblem[] {
  if (sheet.hidden) return [];
  const area = sheet.page?.printArea;
  const inArea = (row: number, col: number) => !area || contains(area, row, col);
  const found: { row: number; col: number; problem: FitProblem }[] = [];
  const report = (row: number, col: number, p: Omit<FitProblem, "sheet" | "cell">) =>
    found.push({ row, col, problem: { sheet: sheet.name, cell: a1(row, col), ...p, need: round(p.need), have: round(p.have) } });

  const widths = new Map<number, number>();
  for (const w of sheet.columnWidths ?? []) widths.set(w.col, w.width);
  const heights = new Map<number, number>();
  for (const h of sheet.rowHeights ?? []) heights.set(h.row, h.height);
  const colWidth = (col: number) => widths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  const rowHeight = (row: number) => heights.get(row) ?? DEFAULT_ROW_HEIGHT;

  // What each cell ends up holding, in the order a gateway writes: values, formulas, links.
  const cells = new Map<number, Content>();
  for (const block of sheet.values) {
    block.values.forEach((line, i) => line.forEach((value, j) => cells.set(key(block.row + i, block.col + j), { kind: "value", value })));
  }
  for (const block of sheet.formulas ?? []) {
    block.formulas.forEach((line, i) =>
      line.forEach((f, j) => cells.set(key(block.row + i, block.col + j), f === "" ? { kind: "value", value: "" } : { kind: "formula" })),
    );
  }
  for (const link of sheet.links ?? []) cells.set(key(link.row, link.col), { kind: "link", text: link.text });
  const checkboxes = sheet.checkboxes ?? [];
  // Where a printed line of text may run into empty cells: the print area, else the written columns.
  const lastCol = area
    ? area.col + area.cols - 1
    : Math.max(-1, ...[...cells.keys()].map((k) => k % MAX_COLS), ...(sheet.columnWidths ?? []).map((w) => w.col));

  // Which merge each cell belongs to (the first that claims it), and which merges overlap.
  const merges = sheet.merges ?? [];
  const mergeOf = new Map<number, number>();
  merges.forEach((m, i) => {
    const shared = new Map<number, { cells: number; inArea: boolean }>();
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) {
        const earlier = mergeOf.get(key(r, c));
        if (earlier === undefined) {
          mergeOf.set(key(r, c), i);
          continue;
        }
        const s = shared.get(earlier) ?? { cells: 0, inArea: false };
        s.cells++;
        s.inArea ||= inArea(r, c);
        shared.set(earlier, s);
      }
    }
    for (const [earlier, s] of shared) {
      if (!s.inArea) continue;
      const e = merges[earlier];
      report(m.row, m.col, {
        text: `${a1Range(e.row, e.col, e.rows, e.cols)} and ${a1Range(m.row, m.col, m.rows, m.cols)}`,
        why: "merges overlap",
        need: s.cells,
        have: 0,
        unit: "chars",
      });
    }
  });

  // Unwrapped text runs on into empty neighbours, as Excel prints it: rightwards when aligned
  // left (text's default), both ways evenly when centred, leftwards when aligned right.
  const empty = (row: number, c: number) => {
    const content = cells.get(key(row, c));
    return content === undefined || (content.kind === "value" && isBlank(content.value));
  };
  const free = (row: number, c: number) => c >= (area?.col ?? 0) && c <= lastCol && empty(row, c) && !mergeOf.has(key(row, c));
  const spillRoom = (row: number, col: number, horizontal: CellFormat["horizontal"]): number => {
    const run = (step: 1 | -1) => {
      let w = 0;
      for (let c = col + step; free(row, c); c += step) w += colWidth(c);
      return w;
    };
    if (horizontal === "center") return 2 * Math.min(run(1), run(-1));
    return horizontal === "right" ? run(-1) : run(1);
  };

  for (const [k, content] of cells) {
    const row = Math.floor(k / MAX_COLS);
    const col = k % MAX_COLS;
    if (content.kind === "formula" || !inArea(row, col)) continue;
    const format = formatAt(sheet.formats ?? [], row, col);
    const text =
      content.kind === "link"
        ? content.text
        : isBlank(content.value)
          ? undefined
          : printedText(
              content.value,
              format.numberFormat,
              checkboxes.some((r) => contains(r, row, col)),
            );
    if (text === undefined || isBlank(text)) continue;
    const scale = (format.fontSize / DEFAULT_FONT_SIZE) * (format.bold ? BOLD_FACTOR : 1);
    const needChars = (line: string) => widthOf(line) * scale + CELL_PADDING_CHARS;

    const m = mergeOf.get(k);
    const merge = m === undefined ? undefined : merges[m];
    if (merge && (merge.row !== row || merge.col !== col)) {
      report(row, col, { text, why: "under a merge", need: Math.max(...text.split("\n").map(needChars)), have: 0, unit: "chars" });
      continue;
    }
    const box = clip(merge ?? { row, col, rows: 1, cols: 1 }, area);
    let haveChars = 0;
    let haveWidthPoints = 0;
    for (let c = box.col; c < box.col + box.cols; c++) {
      haveChars += colWidth(c);
      haveWidthPoints += colWidth(c) * POINTS_PER_CHAR + COLUMN_MARGIN_POINTS;
    }
    let haveHeight = 0;
    for (let r = box.row; r < box.row + box.rows; r++) haveHeight += rowHeight(r);
    const paragraphs = text.split("\n");
    // One line needs only its own height; a block of lines also its padding.
    const linesHeight = (lines: number) => lines * format.fontSize * LINE_HEIGHT_FACTOR + (lines > 1 ? CELL_PADDING_POINTS : 0);

    if (Math.abs(format.rotation) >= VERTICAL_ROTATION) {
      // The text runs along the height; its lines stack across the width.
      const along = Math.max(...paragraphs.map((p) => widthOf(p))) * scale * POINTS_PER_CHAR + ROTATED_PADDING_POINTS;
      if (along > haveHeight + TOLERANCE_POINTS) {
        report(row, col, { text, why: "too tall", need: along, have: haveHeight, unit: "points" });
      }
      const thickness = paragraphs.length * format.fontSize * LINE_HEIGHT_FACTOR;
      if (thickness > haveWidthPoints + TOLERANCE_POINTS) {
        report(row, col, { text, why: "too wide", need: thickness, have: haveWidthPoints, unit: "points" });
      }
      continue;
    }

    const lines = format.wrap
      ? paragraphs.flatMap((p) => wrapParagraph(p, (line) => needChars(line) <= haveChars + TOLERANCE_CHARS))
      : paragraphs;
    const widest = Math.max(...lines.map(needChars));
    const spills = !merge && !format.wrap && lines.length === 1 && isText(content);
    if (spills && widest > haveChars + TOLERANCE_CHARS) haveChars += spillRoom(row, col, format.horizontal);
    if (widest > haveChars + TOLERANCE_CHARS) {
      report(row, col, { text, why: "too wide", need: widest, have: haveChars, unit: "chars" });
    }
    // One unwrapped line takes the row's own height; more lines (wrapped, or "\n" in any cell) need room.
    if (format.wrap || lines.length > 1) {
      const tall = linesHeight(lines.length);
      if (tall > haveHeight + TOLERANCE_POINTS) {
        report(row, col, { text, why: "too tall", need: tall, have: haveHeight, unit: "points" });
      }
    }
  }

  return found.sort((a, b) => a.row - b.row || a.col - b.col).map((f) => f.problem);
}

/** One line per problem, for a readable jest failure: `Sheet!B7 too wide: needs 23.5 chars, has 16 — "…"`. */
export function describeFitProblems(problems: FitProblem[]): string[] {
  return problems.map((p) => {
    const where = `${quoteSheet(p.sheet)}!${p.cell}`;
    const shown = JSON.stringify(p.text.length > 60 ? `${p.text.slice(0, 59)}…` : p.text);
    switch (p.why) {
      case "under a merge":
        return `${where} under a merge: written inside a merged cell, does not print — ${shown}`;
      case "merges overlap":
        return `${where} merges overlap: ${p.text} share ${p.need} cell${p.need === 1 ? "" : "s"}`;
      default:
        return `${where} ${p.why}: needs ${show(p.need)} ${p.unit}, has ${show(p.have)} — ${shown}`;
    }
  });
}

/** Text runs on into empty cells; a number too wide shows ### instead. */
function isText(content: Content): boolean {
  return content.kind === "link" || typeof (content as { value?: CellValue }).value === "string";
}

function key(row: number, col: number): number {
  return row * MAX_COLS + col;
}

function contains(r: RangeRef, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}

/** The part of a box inside the print area (what reaches paper). */
function clip(box: RangeRef, area: RangeRef | undefined): RangeRef {
  if (!area) return box;
  const row = Math.max(box.row, area.row);
  const col = Math.max(box.col, area.col);
  const rows = Math.min(box.row + box.rows, area.row + area.rows) - row;
  const cols = Math.min(box.col + box.cols, area.col + area.cols) - col;
  return { row, col, rows: Math.max(rows, 0), cols: Math.max(cols, 0) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function show(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Every FormatSpec covering the cell, applied in order: a later spec's set fields win. */
function formatAt(formats: readonly FormatSpec[], row: number, col: number): CellFormat {
  const f: CellFormat = { fontSize: DEFAULT_FONT_SIZE, bold: false, wrap: false, rotation: 0 };
  for (const spec of formats) {
    if (!contains(spec.range, row, col)) continue;
    if (spec.numberFormat !== undefined) f.numberFormat = spec.numberFormat;
    if (spec.fontSize !== undefined) f.fontSize = spec.fontSize;
    if (spec.bold !== undefined) f.bold = spec.bold;
    if (spec.wrap !== undefined) f.wrap = spec.wrap;
    if (spec.rotation !== undefined) f.rotation = spec.rotation;
    if (spec.horizontal !== undefined) f.horizontal = spec.horizontal;
  }
  return f;
}

/** Width as Excel prints it (Calibri's metrics, CJK an em); a checkbox glyph takes about two. */
function widthOf(text: string): number {
  let w = printedWidth(text);
  for (const ch of text) if (ch === "☐" || ch === "☑") w += 1;
  return w;
}

// ---------------------------------------------------------------------------------------------
// The text a value prints as

function printedText(value: CellValue, numberFormat: string | undefined, checkbox: boolean): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return checkbox ? (value ? "☑" : "☐") : value ? "TRUE" : "FALSE";
  if ((value as unknown) instanceof Date) {
    const date = value as unknown as Date;
    const serial = date.getTime() / 86400000 + 25569;
    const f = numberFormat && isDateSection(sections(numberFormat)[0]) ? numberFormat : DEFAULT_DATE_FORMAT;
    return formatNumber(serial, f);
  }
  return formatNumber(value, numberFormat);
}

/** Excel's General: at most about ten significant digits. */
function general(n: number): string {
  return Number.isFinite(n) ? String(Number(n.toPrecision(10))) : String(n);
}

/** A format's ";"-separated sections (positive; negative; zero; text). */
function sections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      cur += format.slice(i, stop + 1);
      i = stop;
    } else if (c === "\\" || c === "_" || c === "*") {
      cur += format.slice(i, i + 2);
      i++;
    } else if (c === ";") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Approximately what Excel shows for a number in this format. */
function formatNumber(value: number, format: string | undefined): string {
  if (format === undefined || format === "@" || /^\s*general\s*$/i.test(format)) return general(value);
  const parts = sections(format);
  let section = parts[0];
  let sign = value < 0 ? "-" : "";
  if (value < 0 && parts.length > 1 && parts[1] !== "") {
    section = parts[1];
    sign = "";
  } else if (value === 0 && parts.length > 2 && parts[2] !== "") section = parts[2];
  if (isDateSection(section)) return formatDate(value, section);
  return sign + formatPattern(Math.abs(value), section);
}

const NUMBER_MARK = "\u0000";

function formatPattern(x: number, section: string): string {
  let out = "";
  let pattern = "";
  let percent = 0;
  let generalAt = false;
  for (let i = 0; i < section.length;) {
    const c = section[i];
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      out += section.slice(i + 1, stop);
      i = stop + 1;
    } else if (c === "\\") {
      out += section[i + 1] ?? "";
      i += 2;
    } else if (c === "_") {
      out += " ";
      i += 2;
    } else if (c === "*") {
      i += 2;
    } else if (c === "[") {
      const end = section.indexOf("]", i);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      if (inner.startsWith("$")) out += inner.slice(1).split("-")[0];
      i = end < 0 ? section.length : end + 1;
    } else if ("0#?.,".includes(c)) {
      if (!pattern) out += NUMBER_MARK;
      pattern += c;
      i++;
    } else if ((c === "E" || c === "e") && pattern && (section[i + 1] === "+" || section[i + 1] === "-")) {
      pattern += "E";
      i += 2;
      while (i < section.length && "0#?".includes(section[i])) {
        pattern += section[i];
        i++;
      }
    } else if (c === "%") {
      percent++;
      out += "%";
      i++;
    } else if (section.slice(i, i + 7).toLowerCase() === "general") {
      if (!pattern && !generalAt) out += NUMBER_MARK;
      generalAt = true;
      i += 7;
    } else if (c === "@") {
      i++;
    } else {
      out += c;
      i++;
    }
  }
  const y = x * 100 ** percent;
  if (!pattern) return generalAt ? out.replace(NUMBER_MARK, general(y)) : out;
  return out.replace(NUMBER_MARK, digits(y, pattern));
}

/** The digits of a number under a pattern of 0 # ? . , and E+. */
function digits(y: number, pattern: string): string {
  const e = pattern.indexOf("E");
  const mantissa = e < 0 ? pattern : pattern.slice(0, e);
  const dot = mantissa.indexOf(".");
  const intPattern = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const decimals = dot < 0 ? 0 : (mantissa.slice(dot + 1).match(/[0#?]/g) ?? []).length;
  if (e >= 0) {
    const [m, exp] = y.toExponential(decimals).toUpperCase().split("E");
    const expDigits = Math.max(1, pattern.length - e - 1);
    const n = Math.abs(Number(exp));
    return `${m}E${Number(exp) < 0 ? "-" : "+"}${String(n).padStart(expDigits, "0")}`;
  }
  const scaleCommas = /,+$/.exec(intPattern)?.[0].length ?? 0;
  const grouped = /[0#?],+[0#?]/.test(intPattern);
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const fixed = (y / 1000 ** scaleCommas).toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  let int = minInt === 0 && whole === "0" ? "" : whole.padStart(minInt, "0");
  if (grouped) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return dot < 0 ? int : `${int}.${fraction ?? ""}`;
}

/** Whether a format section shows a date or time (y, m, d, h, s, aaa outside quotes). */
function isDateSection(section: string): boolean {
  const bare = section
    .replace(/"[^"]*"?/g, "")
    .replace(/[\\_*]./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .replace(/general/gi, "")
    .replace(/E[+-]/g, "");
  return /[ydhms]|aaa/i.test(bare);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const CJK_DAYS = ["日", "一", "二", "三", "四", "五", "六"];

/** A date serial (days since 1899-12-30) in a date/time format section. */
function formatDate(serial: number, section: string): string {
  const d = new Date(Math.round((serial - 25569) * 86400) * 1000);
  const twelve = /AM\/PM|A\/P/i.test(section.replace(/"[^"]*"?/g, ""));
  const pad = (n: number, len: number) => String(n).padStart(len, "0");
  // Tokens first, so an "m" can be told apart: minutes after an h or before an s, else the month.
  type Token = { lit: string } | { code: string };
  const tokens: Token[] = [];
  for (let i = 0; i < section.length;) {
    const c = section[i];
    const lower = c.toLowerCase();
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ lit: section.slice(i + 1, stop) });
      i = stop + 1;
    } else if (c === "\\") {
      tokens.push({ lit: section[i + 1] ?? "" });
      i += 2;
    } else if (c === "_") {
      tokens.push({ lit: " " });
      i += 2;
    } else if (c === "*") {
      i += 2;
    } else if (c === "[") {
      const end = section.indexOf("]", i);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      if (/^[hms]+$/i.test(inner)) tokens.push({ code: `[${inner.toLowerCase()}]` });
      else if (inner.startsWith("$")) tokens.push({ lit: inner.slice(1).split("-")[0] });
      i = end < 0 ? section.length : end + 1;
    } else if (/^AM\/PM/i.test(section.slice(i))) {
      tokens.push({ code: "ampm" });
      i += 5;
    } else if (/^A\/P/i.test(section.slice(i))) {
      tokens.push({ code: "ap" });
      i += 3;
    } else if ("ymdhsa".includes(lower)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === lower) j++;
      const run = section.slice(i, j).toLowerCase();
      tokens.push(lower === "a" && run.length < 3 ? { lit: section.slice(i, j) } : { code: run });
      i = j;
    } else {
      tokens.push({ lit: c });
      i++;
    }
  }
  const codes = tokens.map((t) => ("code" in t ? t.code : undefined));
  const minuteAt = (i: number): boolean => {
    for (let j = i - 1; j >= 0; j--) if (codes[j] !== undefined) return codes[j]![0] === "h" || codes[j]!.startsWith("[h");
    for (let j = i + 1; j < codes.length; j++) if (codes[j] !== undefined) return codes[j]![0] === "s";
    return false;
  };
  const hours = d.getUTCHours();
  return tokens
    .map((t, i) => {
      if ("lit" in t) return t.lit;
      const n = t.code.length;
      switch (t.code[0]) {
        case "y":
          return n <= 2 ? pad(d.getUTCFullYear() % 100, 2) : pad(d.getUTCFullYear(), 4);
        case "m":
          if (n <= 2 && minuteAt(i)) return pad(d.getUTCMinutes(), n);
          if (n <= 2) return pad(d.getUTCMonth() + 1, n);
          if (n === 3) return MONTHS[d.getUTCMonth()].slice(0, 3);
          return n === 4 ? MONTHS[d.getUTCMonth()] : MONTHS[d.getUTCMonth()][0];
        case "d":
          if (n <= 2) return pad(d.getUTCDate(), n);
          return n === 3 ? DAYS[d.getUTCDay()].slice(0, 3) : DAYS[d.getUTCDay()];
        case "h":
          return pad(twelve ? hours % 12 || 12 : hours, Math.min(n, 2));
        case "s":
          return pad(d.getUTCSeconds(), Math.min(n, 2));
        case "a":
          if (t.code === "ampm") return hours < 12 ? "AM" : "PM";
          if (t.code === "ap") return hours < 12 ? "A" : "P";
          return n === 3 ? CJK_DAYS[d.getUTCDay()] : `星期${CJK_DAYS[d.getUTCDay()]}`;
        case "[": {
          const total = serial * 24;
          const unit = t.code[1];
          const value = unit === "h" ? total : unit === "m" ? total * 60 : total * 3600;
          return pad(Math.floor(value), t.code.length - 2);
        }
        default:
          return "";
      }
    })
    .join("");
}
