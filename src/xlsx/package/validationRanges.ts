import type JSZip from "jszip";
import { a1, parseA1 } from "../../core/cellAddress";
import { readPartContaining } from "./zipParts";

/** A validation range past this many cells is a whole sheet (A1:XFD1048576): the file reader would expand it cell by cell for ever. */
const MAX_VALIDATION_CELLS = 2_000_000;
/** How far past the data a clipped validation still reaches: room for the list to grow. */
const SPARE_ROWS = 10_000;
const SPARE_COLS = 26;

type Box = { top: number; left: number; bottom: number; right: number };

function box(ref: string): Box | undefined {
  const [from, to = from] = ref.replace(/\$/g, "").split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  return a && b ? { top: a.row, left: a.col, bottom: b.row, right: b.col } : undefined;
}

/** One sqref token clipped to the data plus spare rows and columns, when it covers more cells than a list can. */
function clipRef(ref: string, data: Box): string {
  const b = box(ref);
  if (!b || (b.bottom - b.top + 1) * (b.right - b.left + 1) <= MAX_VALIDATION_CELLS) return ref;
  const bottom = Math.max(b.top, Math.min(b.bottom, data.bottom + SPARE_ROWS));
  const right = Math.max(b.left, Math.min(b.right, data.right + SPARE_COLS));
  return `${a1(b.top, b.left)}:${a1(bottom, right)}`;
}

function clipSqref(sqref: string, data: Box): string {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((r) => clipRef(r, data))
    .join(" ");
}

/**
 * Data validation over a whole sheet (an Excel user selects all and adds a dropdown) would make
 * the file reader expand 17 billion cells. Such ranges are clipped to the sheet's data plus
 * 10,000 rows and 26 columns before reading; ordinary validations, whole columns included, stay.
 * Returns whether any part changed (the copy written with --out then carries the clipped range).
 */
export async function clipWholeSheetValidations(zip: JSZip): Promise<boolean> {
  let changed = false;
  for (const file of Object.values(zip.files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(file.name)) continue;
    const xml = await readPartContaining(zip, file.name, "dataValidation");
    if (xml === undefined) continue;
    const dim = /<dimension\b[^>]*\bref="([^"]+)"/.exec(xml)?.[1];
    const data = (dim && box(dim)) || { top: 0, left: 0, bottom: 0, right: 0 };
    const clipped = xml
      .replace(/(<(?:\w+:)?dataValidation\b[^>]*\bsqref=")([^"]*)(")/g, (_, a: string, s: string, z: string) => a + clipSqref(s, data) + z)
      .replace(/(<xm:sqref>)([^<]*)(<\/xm:sqref>)/g, (_, a: string, s: string, z: string) => a + clipSqref(s, data) + z);
    if (clipped !== xml) {
      zip.file(file.name, clipped);
      changed = true;
    }
  }
  return changed;
}
