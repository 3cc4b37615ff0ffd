import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetWrite } from "../../core/plan/writePlan";
import { isTabSelected } from "../apply/sheetViews";
import { sheetImages, tabOrder } from "../excelJsInternals";
import type { XlsxWorkbook } from "../xlsxWorkbook";
import { withSheetTitles } from "./appTitles";
import { replaceDefinedNames } from "./definedNamesXml";
import { removeOrphans } from "./orphanParts";
import type { OriginalSheet, PackageSource } from "./packageSource";
import {
  CONTENT_TYPES_PART,
  REL,
  SHEET_CONTENT_TYPE,
  TABLE_CONTENT_TYPE,
  contentTypeOf,
  editContentTypes,
  editRelationships,
  freeRelationshipId,
  internalTargets,
  relationshipsXml,
  relativeTarget,
  type Relationship,
} from "./packageIndex";
import { fitRenderedSheet, sharedStringItems } from "./renderedSheetXml";
import { renderSheets } from "./renderSheets";
import { withDirectSheetData } from "./directSheetData";
import { patchSheetXml, withTabSelected } from "./sheetCellPatch";
import { sheetEdits } from "./sheetEdits";
import { unsupported } from "./spliceUnsupported";
import { editStyles, type StylesEdit } from "./stylesMerge";
import {
  WORKBOOK_PART,
  WORKBOOK_RELS_PART,
  parseRelationships,
  readSheetEntries,
  relsPartOf,
  resolveTarget,
  type SheetEntry,
} from "./workbookParts";
import { relationshipPrefix, sheetElements, withActiveTab, withEmptyDefinedNames, withFullCalcOnLoad, withSheetList } from "./workbookXml";
import { encodeXml, setAttributes } from "./xmlText";
import { keepStoredParts, readPart, readPartText, writePart } from "./zipParts";

/**
 * The package-level save. The opened file's bytes are the starting point: every part the
 * command did not change is copied from them as it was compressed (not inflated, not parsed, not
 * rewritten by ExcelJS, so nothing ExcelJS cannot read is lost from it), and only what changed is
 * spliced in:
 * - sheets `apply` added or replaced are rendered by ExcelJS on their own (renderSheets.ts) and
 *   fitted in: their styles appended to the file's (stylesMerge.ts), their text inline
 *   (renderedSheetXml.ts), their parts given free names, their tables free ids;
 * - the planner's sheets `update` wrote to get those cells patched into their XML
 *   (sheetEdits.ts, sheetCellPatch.ts), every other cell as it was;
 * - workbook.xml (sheet list, active tab, defined names, calculation on opening), its
 *   relationships, [Content_Types].xml and docProps/app.xml follow; a replaced sheet's old parts
 *   go when nothing else uses them.
 * Anything it does not handle throws SpliceUnsupported, and saveXlsx.ts writes the whole workbook.
 */

const WORKSHEET_REL = `${REL}/worksheet`;
const XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
/** Everything ExcelJS writes for sheets made of cells, tables and links; anything else (pictures, notes) is not spliced. */
const RENDERED_PARTS =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|docProps\/(app|core)\.xml|xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|sharedStrings\.xml|theme\/theme\d+\.xml|worksheets\/sheet\d+\.xml|worksheets\/_rels\/sheet\d+\.xml\.rels|tables\/table\d+\.xml))$/;

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/"));
}

/** A table part with the workbook-wide id it gets in the file. */
function withTableId(xml: string, id: number): string {
  return xml.replace(/(<table\b[^>]*?\sid=")\d+(")/, `$1${id}$2`);
}

async function usedTableIds(zip: JSZip): Promise<number> {
  let last = 0;
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(name)) continue;
    const head = (await readPartText(zip, name)) ?? "";
    const id = /<(?:\w+:)?table\b[^>]*?\sid="(\d+)"/.exec(head)?.[1];
    if (id) last = Math.max(last, Number(id));
  }
  return last;
}

/** Whether a sheet part's first <sheetView> (before its cells) selects its tab. */
function selectedInHead(xml: Buffer): boolean {
  const end = xml.indexOf("<sheetData");
  const head = (end >= 0 ? xml.subarray(0, end) : xml).toString("utf8");
  return /<sheetView\b[^>]*\stabSelected="(1|true)"/.test(head);
}

type Final = { order: number; rank: number; ws?: ExcelJS.Worksheet; other?: SheetEntry };

export async function splicePackage(book: XlsxWorkbook, source: PackageSource): Promise<Buffer> {
  const { excel } = source;
  const zip = await JSZip.loadAsync(source.bytes);
  keepStoredParts(zip);
  const date = zip.file(WORKBOOK_PART)?.date ?? new Date(0);

  let typesXml = await readPartText(zip, CONTENT_TYPES_PART);
  const mainType = typesXml && contentTypeOf(typesXml, WORKBOOK_PART);
  if (!typesXml || mainType !== XLSX_MAIN) unsupported(`the workbook part's content type is ${mainType ?? "not declared"}`);
  let workbookXml = (await readPartText(zip, WORKBOOK_PART)) ?? "";
  const relsXml = await readPartText(zip, WORKBOOK_RELS_PART);
  if (!/<workbook[\s>]/.test(workbookXml) || !relsXml) unsupported("workbook.xml in a form the splice does not read");
  const prefix = relationshipPrefix(workbookXml);
  const elements = sheetElements(workbookXml);
  const rels = parseRelationships(relsXml);
  const elementOf = (name: string) => elements.find((e) => e.attrs.name === name) ?? unsupported(`no <sheet> entry for "${name}"`);

  // What each sheet of the workbook is now.
  const worksheets = excel.worksheets;
  const present = new Set(worksheets);
  const originalNames = new Set([...source.sheets.values()].map((o) => o.name));
  const others = source.entries.flatMap((e, index) => (originalNames.has(e.name) ? [] : [{ entry: e, index }]));
  const replaced = new Map<ExcelJS.Worksheet, OriginalSheet>();
  for (const [ws, original] of source.sheets) {
    if (present.has(ws)) continue;
    const fresh = worksheets.find((w) => !source.sheets.has(w) && w.name.toLowerCase() === original.name.toLowerCase());
    if (!fresh || replaced.has(fresh)) unsupported(`the sheet "${original.name}" was removed`);
    replaced.set(fresh, original);
  }
  const rendered = worksheets.filter((w) => !source.sheets.has(w));
  for (const ws of rendered) {
    if (others.some((o) => o.entry.name.toLowerCase() === ws.name.toLowerCase())) unsupported(`"${ws.name}" is also a chart sheet's name`);
    if (sheetImages(ws).length > 0) unsupported(`pictures on "${ws.name}"`);
  }

  const stylesRel = [...rels.values()].find((r) => r.type === `${REL}/styles`);
  const stylesPart = stylesRel ? resolveTarget("xl", stylesRel.target) : undefined;
  const stylesXml = stylesPart ? await readPartText(zip, stylesPart) : undefined;
  const styles: StylesEdit | undefined = stylesXml ? editStyles(stylesXml) : undefined;
  const needStyles = (): StylesEdit => styles ?? unsupported("the workbook has no styles part");

  const taken = new Set(Object.keys(zip.files).map((n) => n.toLowerCase()));
  const freePart = (folder: string, stem: string): string => {
    for (let n = 1; ; n++) {
      const part = `${folder}/${stem}${n}.xml`;
      if (!taken.has(part.toLowerCase())) {
        taken.add(part.toLowerCase());
        return part;
      }
    }
  };
  const addedTypes = new Map<string, string>();
  const removedParts = new Set<string>();
  const orphans: string[] = [];
  const partOf = new Map<ExcelJS.Worksheet, string>();
  let rewroteOriginal = false;

  // Sheets apply added or replaced: rendered on their own and fitted in.
  if (rendered.length > 0) {
    const own = await renderSheets(rendered, excel);
    for (const name of Object.keys(own.files))
      if (!own.files[name].dir && !RENDERED_PARTS.test(name)) unsupported(`the sheets written need ${name}`);
    const ownStyles = await readPartText(own, "xl/styles.xml");
    const xfMap = ownStyles ? needStyles().mergeRendered(ownStyles) : [];
    const strings = sharedStringItems(await readPartText(own, "xl/sharedStrings.xml"));
    const ownEntries = await readSheetEntries(own);
    let tableId = await usedTableIds(zip);
    for (const ws of rendered) {
      const ownPart = ownEntries.find((e) => e.name === ws.name)?.part;
      const xml = ownPart ? await readPartText(own, ownPart) : undefined;
      if (!ownPart || xml === undefined) unsupported(`ExcelJS wrote no part for "${ws.name}"`);
      const original = replaced.get(ws);
      const part = original?.part ?? freePart("xl/worksheets", "sheet");
      partOf.set(ws, part);
      if (original) {
        // The old sheet's relationships go, and with them what only they pointed at (its tables).
        const oldRels = relsPartOf(part);
        const oldXml = await readPartText(zip, oldRels);
        if (oldXml !== undefined) {
          orphans.push(...internalTargets(oldRels, oldXml));
          zip.remove(oldRels);
          removedParts.add(oldRels);
        }
        rewroteOriginal = true;
      } else addedTypes.set(part, SHEET_CONTENT_TYPE);

      const ownRels = await readPartText(own, relsPartOf(ownPart));
      const list: Relationship[] = [];
      for (const [id, rel] of ownRels ? parseRelationships(ownRels) : new Map<string, never>()) {
        if (rel.type === `${REL}/hyperlink` && rel.mode === "External") {
          list.push({ id, type: rel.type, target: rel.target, external: true });
        } else if (rel.type === `${REL}/table`) {
          const tableXml = await readPartText(own, resolveTarget(folderOf(ownPart), rel.target));
          if (tableXml === undefined) unsupported(`ExcelJS wrote no table part for "${ws.name}"`);
          const tablePart = freePart("xl/tables", "table");
          writePart(zip, tablePart, withTableId(tableXml, ++tableId), date);
          addedTypes.set(tablePart, TABLE_CONTENT_TYPE);
          removedParts.delete(tablePart);
          list.push({ id, type: rel.type, target: relativeTarget(folderOf(part), tablePart) });
        } else unsupported(`a ${rel.type} relationship on "${ws.name}"`);
      }
      const direct = source.direct.get(ws);
      writePart(zip, part, fitRenderedSheet(direct ? withDirectSheetData(xml, direct) : xml, xfMap, strings), date);
      if (list.length > 0) {
        writePart(zip, relsPartOf(part), relationshipsXml(list), date);
        removedParts.delete(relsPartOf(part));
      }
    }
  }

  // The planner's sheets: the cells update writes changed, and tabs selected or no longer.
  const date1904 = Boolean(excel.properties?.date1904);
  const writesOf = new Map<ExcelJS.Worksheet, SheetWrite[]>();
  for (const { worksheet, write } of source.writes) {
    if (!source.sheets.has(worksheet) || !present.has(worksheet)) continue;
    writesOf.set(worksheet, [...(writesOf.get(worksheet) ?? []), write]);
  }
  const viewsChanged = JSON.stringify(excel.views ?? []) !== source.views;
  for (const ws of worksheets) {
    const original = source.sheets.get(ws);
    if (!original) continue;
    const writes = writesOf.get(ws);
    const selected = isTabSelected(ws);
    let select = selected && !original.selected ? true : undefined;
    let xml: Buffer | undefined;
    if (!selected && viewsChanged) {
      // ExcelJS does not read tabSelected, so the file says whether this tab was selected: a tab
      // left selected beside the newly active one would open the two as a group.
      xml = await readPart(zip, original.part);
      if (xml && selectedInHead(xml)) select = false;
    }
    if (!writes && select === undefined) continue;
    const cells = writes ? sheetEdits(ws, writes, date1904, (current, code) => needStyles().withNumberFormat(current, code)) : [];
    if (cells.length === 0 && select === undefined) continue;
    xml ??= await readPart(zip, original.part);
    if (!xml) unsupported(`the part of "${original.name}" is missing`);
    writePart(zip, original.part, patchSheetXml(xml, { cells, selected: select }), date);
    rewroteOriginal = true;
  }
  if (viewsChanged) {
    // A chart sheet still selected would open grouped with the newly active sheet.
    for (const { entry } of others) {
      const xml = entry.part ? await readPartText(zip, entry.part) : undefined;
      if (entry.part && xml && /<sheetView\b[^>]*\stabSelected="(1|true)"/.test(xml))
        writePart(zip, entry.part, withTabSelected(xml, false), date);
    }
  }

  // The sheet list in tab order: worksheets by ExcelJS's order, other sheets where they were.
  const finals: Final[] = [
    ...worksheets.map((ws) => ({ order: tabOrder(ws), rank: 1, ws })),
    ...others.map((o) => ({ order: o.index, rank: 0, other: o.entry })),
  ].sort((a, b) => a.order - b.order || a.rank - b.rank);
  const relIds = new Set(rels.keys());
  let sheetId = Math.max(0, ...elements.map((e) => Number(e.attrs.sheetId) || 0));
  const newRels: Relationship[] = [];
  const stateAttr = (ws: ExcelJS.Worksheet) => (ws.state && ws.state !== "visible" ? ws.state : undefined);
  const listing = finals.map(({ ws, other }) => {
    if (!ws) return elementOf(other!.name).raw;
    const original = source.sheets.get(ws);
    if (original) {
      const raw = elementOf(original.name).raw;
      return (ws.state ?? "visible") === original.state ? raw : setAttributes(raw, { state: stateAttr(ws) });
    }
    const old = replaced.get(ws);
    if (old) return setAttributes(elementOf(old.name).raw, { name: encodeXml(ws.name), state: stateAttr(ws) });
    const id = freeRelationshipId(relIds);
    newRels.push({ id, type: WORKSHEET_REL, target: relativeTarget("xl", partOf.get(ws)!) });
    const state = stateAttr(ws) ? ` state="${stateAttr(ws)}"` : "";
    return `<sheet name="${encodeXml(ws.name)}" sheetId="${++sheetId}"${state} ${prefix}:id="${id}"/>`;
  });
  const names = finals.map(({ ws, other }) => (ws ? ws.name : other!.name));

  workbookXml = withSheetList(workbookXml, listing);
  if (viewsChanged) {
    const tab = excel.views?.[0]?.activeTab;
    const index = tab !== undefined ? finals.findIndex((f) => f.ws === worksheets[tab]) : -1;
    if (index >= 0) workbookXml = withActiveTab(workbookXml, index, (first) => (first === undefined ? undefined : Math.min(first, index)));
  }
  if (excel.calcProperties?.fullCalcOnLoad) workbookXml = withFullCalcOnLoad(workbookXml);
  workbookXml = replaceDefinedNames(withEmptyDefinedNames(workbookXml), book.names, names);
  writePart(zip, WORKBOOK_PART, workbookXml, date);

  // The calculation chain lists formula cells; once a sheet's cells change Excel rebuilds it, so it goes.
  const dropRels = new Set<string>();
  if (rewroteOriginal) {
    for (const [id, rel] of rels) {
      if (rel.type !== `${REL}/calcChain`) continue;
      dropRels.add(id);
      const part = resolveTarget("xl", rel.target);
      zip.remove(part);
      removedParts.add(part);
    }
  }
  if (newRels.length > 0 || dropRels.size > 0) writePart(zip, WORKBOOK_RELS_PART, editRelationships(relsXml, dropRels, newRels), date);

  if (styles?.changed() && stylesPart) writePart(zip, stylesPart, styles.render(), date);

  const appXml = await readPartText(zip, "docProps/app.xml");
  if (appXml) {
    const before = source.entries.filter((e) => originalNames.has(e.name)).map((e) => e.name);
    const after = finals.flatMap(({ ws }) => (ws ? [ws.name] : []));
    const titled = withSheetTitles(appXml, before, after);
    if (titled !== appXml) writePart(zip, "docProps/app.xml", titled, date);
  }

  for (const part of await removeOrphans(zip, orphans)) removedParts.add(part);
  const types = editContentTypes(typesXml, addedTypes, removedParts);
  if (types !== typesXml) {
    typesXml = types;
    writePart(zip, CONTENT_TYPES_PART, typesXml, date);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
