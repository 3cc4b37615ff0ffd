import { parse } from "csv-parse/sync";

export type Delimiter = "," | "\t" | ";" | "|";

export interface ParsedRows {
  rows: string[][];
  delimiter: Delimiter;
}

/** A quoted field runs to the end of the text: its closing quote is missing. */
export class UnclosedQuoteError extends Error {
  constructor(
    /** 1-based line of the text on which the unclosed field starts. */
    readonly line: number,
  ) {
    super(`The quoted field starting on line ${line} is never closed.`);
    this.name = "UnclosedQuoteError";
  }
}

/** Ties go to the earlier one: a TSV often has commas in its cells, a CSV seldom has tabs. */
const CANDIDATES: readonly Delimiter[] = ["\t", ",", ";", "|"];
/** The delimiter is judged on the first records only. */
const SAMPLE_RECORDS = 50;
const SAMPLE_CHARS = 64 * 1024;
/** What Excel writes as the first line when told the list separator explicitly. */
const SEP_LINE = /^sep=(.)(\r\n|\n|\r|$)/i;

/**
 * Splits a CSV/TSV text into rows of fields, as Excel does when opening it: the delimiter is
 * the one a `sep=` first line names, else the one that splits the first records into the
 * most consistent number of columns (more than one); a one-column list reads as ",".
 * Quoted fields keep their delimiters, doubled quotes and line breaks; nothing is trimmed.
 * Trailing empty lines (Excel leaves some) are dropped; empty lines between rows stay.
 * Throws UnclosedQuoteError when a quoted field never ends.
 */
export function parseDelimited(text: string): ParsedRows {
  const sep = SEP_LINE.exec(text);
  const body = sep ? text.slice(sep[0].length) : text;
  const declared = CANDIDATES.find((d) => d === sep?.[1]);
  const delimiter = declared ?? detectDelimiter(body);

  let rows: string[][];
  try {
    rows = parse(body, {
      delimiter,
      // Every line ending at once: a list pasted together from several files mixes them.
      // csv-parse's own discovery settles on the first ending it meets.
      record_delimiter: ["\r\n", "\n", "\r"],
      // A quote inside an unquoted field (55" TV) is a character, as in Excel.
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (err) {
    if ((err as { code?: string }).code !== "CSV_QUOTE_NOT_CLOSED") throw err;
    const at = scan(body, delimiter, Infinity, Infinity).openQuoteAt ?? 0;
    throw new UnclosedQuoteError(lineBreaks(body, at) + 1 + (sep ? 1 : 0));
  }
  while (rows.length > 0 && rows[rows.length - 1].every((field) => field === "")) rows.pop();
  return { rows, delimiter };
}

function detectDelimiter(text: string): Delimiter {
  let best: { delimiter: Delimiter; consistency: number } | undefined;
  for (const delimiter of CANDIDATES) {
    const { records } = scan(text, delimiter, SAMPLE_CHARS, SAMPLE_RECORDS);
    const columns = mostCommon(records.map((r) => r.fields));
    if (columns <= 1) continue;
    // A record whose quoted field is followed by more text ("a, b";"c") is split wrongly.
    const consistency = records.filter((r) => r.fields === columns && r.clean).length / records.length;
    if (!best || consistency > best.consistency) best = { delimiter, consistency };
  }
  return best?.delimiter ?? ",";
}

/** The most common field count; a tie goes to the wider one. */
function mostCommon(counts: number[]): number {
  const tally = new Map<number, number>();
  for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1);
  let columns = 0;
  let records = 0;
  for (const [c, n] of tally) {
    if (n > records || (n === records && c > columns)) [columns, records] = [c, n];
  }
  return columns;
}

interface ScannedRecord {
  fields: number;
  /** Every quoted field ends at a delimiter or the line end. */
  clean: boolean;
}

/**
 * Splits the start of the text into records as csv-parse does with relax_quotes (a quote
 * opens a quoted field only at the start of a field), counting the fields of each non-empty
 * one. A record cut off by the character limit is left out. `openQuoteAt` is where a quoted
 * field still open at the end begins.
 */
function scan(text: string, d: Delimiter, maxChars: number, maxRecords: number): { records: ScannedRecord[]; openQuoteAt?: number } {
  const records: ScannedRecord[] = [];
  const end = Math.min(text.length, maxChars);
  let fields = 1;
  let clean = true;
  let fieldStart = true;
  let lineEmpty = true;
  let openQuoteAt: number | undefined;
  let i = 0;
  for (; i < end && records.length < maxRecords; i++) {
    const c = text[i];
    if (openQuoteAt !== undefined) {
      if (c !== '"') continue;
      if (text[i + 1] === '"') {
        i++;
        continue;
      }
      openQuoteAt = undefined;
      const next = text[i + 1];
      if (next !== undefined && next !== d && next !== "\n" && next !== "\r") clean = false;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      if (!lineEmpty) records.push({ fields, clean });
      fields = 1;
      clean = true;
      fieldStart = true;
      lineEmpty = true;
    } else {
      lineEmpty = false;
      if (c === d) {
        fields++;
        fieldStart = true;
      } else {
        if (c === '"' && fieldStart) openQuoteAt = i;
        fieldStart = false;
      }
    }
  }
  if (i >= text.length && !lineEmpty && openQuoteAt === undefined && records.length < maxRecords) records.push({ fields, clean });
  return { records, openQuoteAt };
}

function lineBreaks(text: string, before: number): number {
  return text.slice(0, before).match(/\r\n|\n|\r/g)?.length ?? 0;
}
