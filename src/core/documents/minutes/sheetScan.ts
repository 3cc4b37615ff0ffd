import { isBlank } from "../../cellValue";
import { headerIndex, matchHeader } from "../../schema/headerMatch";
import { foldKey } from "../../schema/normalize/text";
import type { Grid } from "./grid";
import { COPY_HEADER, FIELD_LABELS, SECTION_LABELS, type FieldKey, type SectionKey } from "./labels";
import { COPY_COL, LABEL_COL } from "./layout";

/** Where the parts of a minutes sheet are, found by their labels (either language), not by position. */
export interface MinutesScan {
  /** The row whose grey column holds the "自动生成 / Generated" heading, or -1. */
  copyHeaderRow: number;
  /** The title row (the first row above the fields carrying a generated copy), or -1. */
  titleRow: number;
  /** First row of each labelled field above the first section. */
  fields: Map<FieldKey, number>;
  /** First row of each section heading. */
  sections: Map<SectionKey, number>;
  /** The first section heading's row, or the end of the sheet. */
  fieldsEnd: number;
}

const COPY_HEADERS = new Set([COPY_HEADER.zh, COPY_HEADER.en].map(foldKey));

export function scanMinutes(g: Grid): MinutesScan {
  const sectionIdx = headerIndex(SECTION_LABELS);
  const fieldIdx = headerIndex(FIELD_LABELS);
  const sections = new Map<SectionKey, number>();
  for (let r = 0; r < g.end; r++) {
    const key = matchHeader(sectionIdx, g.cell(r, LABEL_COL)) as SectionKey | undefined;
    if (key && !sections.has(key)) sections.set(key, r);
  }
  const fieldsEnd = Math.min(g.end, ...sections.values());
  const fields = new Map<FieldKey, number>();
  let copyHeaderRow = -1;
  for (let r = 0; r < fieldsEnd; r++) {
    const copy = g.cell(r, COPY_COL);
    if (copyHeaderRow < 0 && typeof copy === "string" && COPY_HEADERS.has(foldKey(copy))) copyHeaderRow = r;
    const key = matchHeader(fieldIdx, g.cell(r, LABEL_COL)) as FieldKey | undefined;
    if (key && !fields.has(key)) fields.set(key, r);
  }
  const firstField = Math.min(fieldsEnd, ...fields.values());
  let titleRow = -1;
  for (let r = 0; r < firstField && titleRow < 0; r++) if (r !== copyHeaderRow && !isBlank(g.cell(r, COPY_COL))) titleRow = r;
  return { copyHeaderRow, titleRow, fields, sections, fieldsEnd };
}

/** The row where the part after `row` begins: the next section heading, or the end of the sheet. */
export function nextSection(scan: MinutesScan, row: number, end: number): number {
  return Math.min(end, ...[...scan.sections.values()].filter((r) => r > row));
}
