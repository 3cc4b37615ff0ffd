import type { Finding } from "../core/finding";
import type { Bilingual, Lang } from "../core/i18n";
import { CJK } from "../core/schema/detectLang";
import { guessRosterLayout } from "../core/schema/guessLayout";
import { locateByContents } from "../core/schema/locateInputs";
import { locateByName, type Located } from "../core/schema/locateSheets";
import { parseWorkbook, type ParsedWorkbook } from "../core/schema/parseWorkbook";
import { candidateSheetNames, INPUT_SHEETS } from "../core/schema/sheets";
import type { OwnedKind, SheetWrite } from "../core/plan/writePlan";
import { eventEdits, type EventEdit } from "../core/schema/eventEdits";
import type { SheetSnapshot, WorkbookGateway, WorkbookSnapshot } from "../workbook/gateway";
import { strayCells } from "../core/schema/strayCells";
import { mayBeOurs, trustOwned } from "./trustOwned";

export interface InputRead {
  /** All sheets read, merged over the requests made. */
  snapshot: WorkbookSnapshot;
  located: Located;
  parsed: ParsedWorkbook;
  /** How many gateway reads it took: 1 when the input sheets go by their usual names. */
  reads: number;
  /** Marked sheets left alone because they are not Huiwu's (also among parsed.findings). */
  notices: Finding[];
  /** The Event-sheet cells `eventEdits` change, for the command's plan; absent without edits or an Event sheet. */
  eventWrite?: SheetWrite;
}

/**
 * Reads and parses the input sheets. The first read asks for every usual name at once; only when
 * an input sheet goes by another name (or must be recognised by its headers) does a second read
 * fetch the remaining sheets. `alsoOwned` adds the add-in's own sheets of those kinds (a filled-in
 * document to merge with), read with the inputs when they go by one of `usualNames`; `keepWork`
 * reads their formulas and links too.
 */
export async function readInputs(
  gateway: WorkbookGateway,
  opts: {
    alsoOwned?: readonly OwnedKind[];
    usualNames?: readonly string[];
    keepWork?: boolean;
    /** Settings to change on the Event sheet: parsed as if already typed, and returned as a write. */
    eventEdits?: readonly EventEdit[];
  } = {},
): Promise<InputRead> {
  // A document's formulas and links are read with it, so a re-run can keep them (keptWork).
  const first = await gateway.read([...candidateSheetNames(), ...(opts.usualNames ?? [])], {
    keepWork: opts.keepWork ? opts.usualNames : [],
  });
  let reads = 1;
  const sheets = new Map<string, SheetSnapshot>(first.sheets.map((s) => [s.name, s]));
  // Only a marked sheet that looks like Huiwu's is kept out of the inputs; the rest are the planner's.
  const ownedNames = new Set(first.owned.filter(mayBeOurs).map((o) => o.name!));

  let located = locateByName(first.sheetNames, INPUT_SHEETS);
  const unlocated = INPUT_SHEETS.filter((d) => !located[d.key]);
  const usedNames = new Set(Object.values(located).map((l) => l!.name));
  const spare = first.sheetNames.filter((n) => !usedNames.has(n) && !ownedNames.has(n));
  const wanted = new Set<string>();
  for (const l of Object.values(located)) if (!sheets.has(l!.name)) wanted.add(l!.name);
  // The add-in's own sheets a command builds on (a document the planner has filled in), under whatever name they have now.
  const documents = new Set<string>();
  for (const o of first.owned) if (mayBeOurs(o) && opts.alsoOwned?.includes(o.kind) && !sheets.has(o.name!)) documents.add(o.name!);
  for (const n of documents) wanted.add(n);
  if (unlocated.length > 0) for (const n of spare) if (!sheets.has(n)) wanted.add(n);
  if (wanted.size > 0) {
    const second = await gateway.read([...wanted], { keepWork: opts.keepWork ? [...documents] : [] });
    reads++;
    for (const s of second.sheets) sheets.set(s.name, s);
  }
  let rosterMissing: Bilingual | undefined;
  if (unlocated.length > 0) {
    const candidates = spare.map((n) => sheets.get(n)).filter((s): s is SheetSnapshot => !!s);
    ({ located, rosterMissing } = locateByContents(candidates, located, guessRosterLayout));
  }
  const inputNames = new Set(Object.values(located).map((l) => l!.name));
  const { owned, findings: notices } = trustOwned(first.owned, inputNames);
  for (const s of sheets.values()) if (s.strays?.length && inputNames.has(s.name)) notices.push(strayCells(s.name, s.strays));
  let eventWrite: SheetWrite | undefined;
  const eventSheet = located.event ? sheets.get(located.event.name) : undefined;
  if (opts.eventEdits?.length && eventSheet) {
    const edited = eventEdits(eventSheet, opts.eventEdits, eventLang(eventSheet));
    sheets.set(eventSheet.name, edited.patched);
    eventWrite = edited.write;
  }
  const snapshot: WorkbookSnapshot = { sheetNames: first.sheetNames, owned, sheets: [...sheets.values()] };
  const parsed = parseWorkbook(snapshot.sheets, located, { rosterMissing, guess: guessRosterLayout });
  parsed.findings.push(...notices);
  return { snapshot, located, parsed, reads, notices, ...(eventWrite ? { eventWrite } : {}) };
}

/** A new Event row is named in the language the sheet is written in (most of its key cells are Chinese, or not). */
function eventLang(sheet: SheetSnapshot): Lang {
  const keys = sheet.values.map((r) => r.find((v) => typeof v === "string" && v.trim() !== "")).filter((v): v is string => !!v);
  const cjk = keys.filter((k) => CJK.test(k)).length;
  return cjk * 2 >= keys.length && (cjk > 0 || CJK.test(sheet.name)) ? "zh" : "en";
}
