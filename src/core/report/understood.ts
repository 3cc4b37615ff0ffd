import { columnLetters } from "../cellAddress";
import type { Bilingual, Lang } from "../i18n";
import { foldKey } from "../schema/normalize/text";
import type { ParsedWorkbook } from "../schema/parseWorkbook";
import type { FoundBy, KeptWhy, ParsedTable } from "../schema/parsedSheet";
import { countPeople } from "../schema/roster/people";
import { title, type SheetKey } from "../schema/sheetDef";

/** How one input sheet was read: which sheet, found how, which column became which field, and what was kept aside. */
export interface SheetUnderstanding {
  sheetKey: SheetKey;
  title: Bilingual;
  sheet: string | null;
  foundBy: FoundBy | null;
  /** Excel row of the header row; absent when there is none (columns recognised from values). */
  headerRow?: number;
  columns: { field: string; name: Bilingual; header: string; cell: string; guessed?: boolean }[];
  kept: { header: string; cell: string; why: KeptWhy }[];
  /** Data rows read. */
  records: number;
  /** For the roster: the people those rows name. */
  people?: number;
}

function columnsOf(t: ParsedTable<unknown>): SheetUnderstanding["columns"] {
  const headerRow = t.headerRow >= 0 ? t.headerRow + 1 : undefined;
  const out: SheetUnderstanding["columns"] = [];
  for (const def of t.def.columns) {
    const c = t.columns.get(def.key);
    if (!c || c.derived) continue;
    out.push({
      field: def.key,
      name: title(def),
      header: c.header,
      cell: `${columnLetters(c.col)}${headerRow ?? ""}`,
      ...(c.guessed ? { guessed: true } : {}),
    });
  }
  return out.sort((a, b) => a.cell.length - b.cell.length || a.cell.localeCompare(b.cell));
}

/** What `huiwu check` and the pane's Read workbook say they understood of each input sheet. */
export function understood(wb: ParsedWorkbook): SheetUnderstanding[] {
  const out: SheetUnderstanding[] = [
    {
      sheetKey: "event",
      title: title(wb.event.def),
      sheet: wb.event.sheet,
      foundBy: wb.event.foundBy,
      columns: [],
      kept: [],
      records: Object.keys(wb.event.fields).length,
    },
  ];
  for (const t of [wb.roster, wb.budget, wb.tasks, wb.hotels] as ParsedTable<unknown>[]) {
    const headerRow = t.headerRow >= 0 ? t.headerRow + 1 : undefined;
    const u: SheetUnderstanding = {
      sheetKey: t.def.key,
      title: title(t.def),
      sheet: t.sheet,
      foundBy: t.foundBy,
      ...(headerRow ? { headerRow } : {}),
      columns: columnsOf(t),
      kept: t.extraColumns.map((x) => ({ header: x.header, cell: `${columnLetters(x.col)}${headerRow ?? ""}`, why: x.why ?? "unknown" })),
      records: t.records.length,
    };
    if (t === wb.roster) u.people = countPeople(wb);
    out.push(u);
  }
  return out;
}

const FOUND_BY: Record<FoundBy, Bilingual> = {
  name: { zh: "按工作表名称识别", en: "found by its name" },
  headers: { zh: "按列标题识别", en: "recognised by its headers" },
  nameColumn: { zh: "按姓名列识别", en: "recognised by its name column" },
  values: { zh: "没有表头，按内容识别", en: "no header row; recognised from its values" },
};

const KEPT_WHY: Record<KeptWhy, Bilingual> = {
  unknown: { zh: "未识别", en: "not known" },
  export: { zh: "序号或登记记录", en: "row numbers or the form's own record" },
  mismatch: { zh: "内容与列标题不符", en: "values do not fit the header" },
};

/** How a sheet was found, as a phrase: "按姓名列识别，表头在第 1 行" / "recognised by its name column, header on row 1". */
export function foundByText(u: SheetUnderstanding, lang: Lang): string {
  const how = u.foundBy ? FOUND_BY[u.foundBy][lang] : "";
  const header = u.headerRow ? (lang === "zh" ? `，表头在第 ${u.headerRow} 行` : `, header on row ${u.headerRow}`) : "";
  return how + header;
}

/**
 * Which column became which field, and what was kept aside, as two phrases. Columns under their
 * usual names are counted; only the ones read from other headers are spelt out.
 */
export function mappingText(u: SheetUnderstanding, lang: Lang): { read?: string; kept?: string } {
  const usual = u.columns.filter((c) => foldKey(c.header) === foldKey(c.name.zh) || foldKey(c.header) === foldKey(c.name.en));
  const other = u.columns.filter((c) => !usual.includes(c));
  const mapped = other.map((c) =>
    c.guessed
      ? lang === "zh"
        ? `${c.name.zh} ← ${c.header}列`
        : `${c.name.en} ← column ${c.header}`
      : lang === "zh"
        ? `${c.name.zh} ← “${c.header}”`
        : `${c.name.en} ← "${c.header}"`,
  );
  const count = usual.length
    ? [
        lang === "zh"
          ? `${usual.length} 列按标准列名读取`
          : `${usual.length} column${usual.length > 1 ? "s" : ""} by ${usual.length > 1 ? "their" : "its"} usual name`,
      ]
    : [];
  const out: { read?: string; kept?: string } = {};
  if (u.columns.length) out.read = [...count, ...mapped].join(lang === "zh" ? "，" : ", ");
  if (u.kept.length) {
    const groups = (Object.keys(KEPT_WHY) as KeptWhy[])
      .map((why) => ({ why, headers: u.kept.filter((k) => k.why === why).map((k) => k.header) }))
      .filter((g) => g.headers.length > 0)
      .map((g) => (lang === "zh" ? `${g.headers.join("、")}（${KEPT_WHY[g.why].zh}）` : `${g.headers.join(", ")} (${KEPT_WHY[g.why].en})`));
    out.kept = (lang === "zh" ? "保留未用的列：" : "Kept as they are, not used: ") + groups.join(lang === "zh" ? "；" : "; ");
  }
  return out;
}

/** A few lines per input sheet found: how, and the column mapping (for the command line). */
export function understoodLines(list: readonly SheetUnderstanding[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const u of list) {
    if (!u.sheet || u.sheetKey === "event") continue;
    const how = foundByText(u, lang);
    lines.push(lang === "zh" ? `${u.title.zh} ← 工作表“${u.sheet}”（${how}）` : `${u.title.en} ← sheet "${u.sheet}" (${how})`);
    const m = mappingText(u, lang);
    if (m.read) lines.push("  " + m.read);
    if (m.kept) lines.push("  " + m.kept);
  }
  return lines;
}
