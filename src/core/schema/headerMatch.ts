import type { CellValue } from "../cellValue";
import type { ColumnDef } from "./sheetDef";
import { headerParts, questionSubject } from "./normalize/questionHeader";
import { foldKey } from "./normalize/text";

/** foldKey(header text) → column key, for every name a column goes by. */
export type HeaderIndex = Map<string, string>;

const indexCache = new WeakMap<readonly ColumnDef[], HeaderIndex>();

export function headerIndex(columns: readonly ColumnDef[]): HeaderIndex {
  let idx = indexCache.get(columns);
  if (!idx) {
    idx = new Map();
    for (const c of columns) {
      for (const name of [c.zh, c.en, c.key, ...c.synonyms]) {
        const k = foldKey(name);
        if (k && !idx.has(k)) idx.set(k, c.key);
      }
    }
    indexCache.set(columns, idx);
  }
  return idx;
}

/**
 * The column a header names: as typed; else the subject of a question-style header
 * ("1、您的姓名：" → 姓名); else the one column every part of a combined header names
 * ("学校 / 工作单位").
 */
export function matchHeader(idx: HeaderIndex, v: CellValue): string | undefined {
  if (typeof v !== "string") return undefined;
  const k = foldKey(v);
  if (!k) return undefined;
  const exact = idx.get(k);
  if (exact) return exact;
  const subject = foldKey(questionSubject(v));
  const asked = subject && subject !== k ? idx.get(subject) : undefined;
  if (asked) return asked;
  const keys = new Set(headerParts(v).map((p) => idx.get(foldKey(p)) ?? idx.get(foldKey(questionSubject(p)))));
  const [only] = keys;
  return keys.size === 1 ? only : undefined;
}

export interface HeaderRowMatch {
  /** Index into the sheet's values (not the Excel row). */
  index: number;
  /** column key → index into the row. First occurrence wins. */
  columns: Map<string, number>;
  /** Recognised headers that appeared a second time: index into the row and the key. */
  duplicates: { col: number; key: string }[];
}

/** How many rows from the top are searched for the header row (titles and notes often sit above it). */
export const HEADER_SEARCH_ROWS = 20;

/**
 * The row that looks most like the header row: the one with the most recognised headers.
 * A merged group heading above the real headers ("基本信息" over several columns) loses to it.
 */
export function findHeaderRow(values: CellValue[][], columns: readonly ColumnDef[]): HeaderRowMatch | undefined {
  const idx = headerIndex(columns);
  let best: HeaderRowMatch | undefined;
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const row = values[r];
    const found = new Map<string, number>();
    const duplicates: { col: number; key: string }[] = [];
    for (let c = 0; c < row.length; c++) {
      const key = matchHeader(idx, row[c]);
      if (!key) continue;
      if (found.has(key)) duplicates.push({ col: c, key });
      else found.set(key, c);
    }
    if (found.size > 0 && (!best || found.size > best.columns.size)) best = { index: r, columns: found, duplicates };
  }
  return best;
}
