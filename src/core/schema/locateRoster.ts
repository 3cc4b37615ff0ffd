import { isBlank } from "../cellValue";
import type { Bilingual } from "../i18n";
import type { SheetSnapshot } from "../../workbook/gateway";
import { findHeaderRow } from "./headerMatch";
import type { LocatedSheet } from "./locateSheets";
import { cellText } from "./normalize/cellText";
import type { TableLayout } from "./parseTable";
import { hasEssentials } from "./parseTable";
import { ROSTER } from "./sheets/roster";

/** Two recognisable headers, one of them a name column, make a list of people (`name, table`; `姓名, 性别`). */
const MIN_HEADERS = 2;

function dataRowsBelow(snap: SheetSnapshot, from: number): number {
  let n = 0;
  for (let r = from; r < snap.values.length; r++) if (!snap.values[r].every(isBlank)) n++;
  return n;
}

/**
 * The roster of a workbook with no sheet named like one: the sheet whose header row has a name
 * column, one more known header, and the most data rows, whatever it is called (Sheet1, 工作表1,
 * Form Responses 1) — 80 guests win over a Vendors tab of six with more known headers. Failing
 * that, the sheet with no header row whose values show a column of names. Ties go to the earlier tab.
 */
export function locateRoster(
  candidates: readonly SheetSnapshot[],
  guess?: (snap: SheetSnapshot) => TableLayout | undefined,
): LocatedSheet | undefined {
  let best: { name: string; rows: number; headers: number } | undefined;
  const headerless: SheetSnapshot[] = [];
  for (const snap of candidates) {
    const h = findHeaderRow(snap.values, ROSTER.columns);
    if (!h) {
      headerless.push(snap);
      continue;
    }
    if (h.columns.size < MIN_HEADERS || !hasEssentials(ROSTER, h.columns)) continue;
    const rows = dataRowsBelow(snap, h.index + 1);
    if (!best || rows > best.rows) best = { name: snap.name, rows, headers: h.columns.size };
  }
  if (best) return { name: best.name, foundBy: best.headers >= ROSTER.minHeaderMatches ? "headers" : "nameColumn" };
  if (!guess) return undefined;
  // A list with no header row at all: the sheet whose values show a column of names.
  for (const snap of headerless) {
    const g = guess(snap)?.guessed;
    if (!g) continue;
    const rows = dataRowsBelow(snap, g.firstDataRow);
    if (!best || rows > best.rows) best = { name: snap.name, rows, headers: 0 };
  }
  return best && { name: best.name, foundBy: "values" };
}

/**
 * Why no sheet could be the roster, naming the closest one and what it lacked, in both languages:
 * "Sheet1 has 姓名 but no other column Huiwu knows".
 */
export function rosterNotFound(candidates: readonly SheetSnapshot[]): Bilingual | undefined {
  let closest: { snap: SheetSnapshot; headers: string[]; name: boolean } | undefined;
  for (const snap of candidates) {
    const h = findHeaderRow(snap.values, ROSTER.columns);
    if (!h) continue;
    const headers = [...h.columns.values()].map((c) => cellText(snap.values[h.index][c]));
    if (!closest || headers.length > closest.headers.length) closest = { snap, headers, name: hasEssentials(ROSTER, h.columns) };
  }
  if (!closest) return noKnownHeader(candidates);
  const sheet = closest.snap.name;
  const zhList = closest.headers.map((h) => `“${h}”`).join("");
  const enList = closest.headers.map((h) => `"${h}"`).join(", ");
  if (closest.name)
    return {
      zh: `工作表“${sheet}”有${zhList}列，但没有会务助手认识的其他列（如单位、职务、电话、桌号），也看不出是一列人名，因此不当作参会人员名单。`,
      en: `Sheet "${sheet}" has ${enList} but no other column Huiwu knows (such as organisation, title, phone or table), and its values do not look like a list of names, so it is not taken as the roster.`,
    };
  return {
    zh: `工作表“${sheet}”有${zhList}列，但没有姓名列（姓名、名字、Name，或“姓”“名”两列），因此不当作参会人员名单。`,
    en: `Sheet "${sheet}" has ${enList} but no name column (姓名, Name, Full Name, or First and Last name), so it is not taken as the roster.`,
  };
}

/** No sheet has a header Huiwu knows: name the first sheet with anything on it, and what its first row holds. */
function noKnownHeader(candidates: readonly SheetSnapshot[]): Bilingual | undefined {
  for (const snap of candidates) {
    const row = snap.values.find((r) => r.some((v) => cellText(v).trim() !== ""));
    if (!row) continue;
    const cells = row.map((v) => cellText(v).trim()).filter((t) => t !== "");
    const shown = cells.slice(0, 4).map((t) => (t.length > 20 ? `${t.slice(0, 20)}…` : t));
    const more = cells.length > shown.length;
    return {
      zh: `工作表“${snap.name}”的首行是${shown.map((t) => `“${t}”`).join("")}${more ? "等" : ""}，没有会务助手认识的列；参会人员名单需要姓名列（姓名、名字、Name，或“姓”“名”两列）。`,
      en: `Sheet "${snap.name}" starts with ${shown.map((t) => `"${t}"`).join(", ")}${more ? ", …" : ""}: no column Huiwu knows. A roster needs a name column (姓名, Name, Full Name, or First and Last name).`,
    };
  }
  return undefined;
}
