import { a1 } from "../cellAddress";
import type { Finding } from "../finding";
import type { ParsedWorkbook } from "../schema/parseWorkbook";
import type { ParsedKeyValue, ParsedTable } from "../schema/parsedSheet";
import type { SheetKey } from "../schema/sheetDef";
import type { LocalDate } from "../schema/normalize/dates";
import { readRuleSettings } from "./settings";
import type { Rule, RuleContext } from "./types";

/**
 * Rules check the rows as the planner typed them: a row naming several people (group members, a
 * party size) is checked once, through its own person; the others it adds have no cells of their own.
 */
function rowsAsTyped(wb: ParsedWorkbook): ParsedWorkbook {
  if (!wb.roster.records.some((r) => r.part !== undefined && r.part > 0)) return wb;
  const records = wb.roster.records.filter((r) => !(r.part !== undefined && r.part > 0));
  return { ...wb, roster: { ...wb.roster, records, people: wb.roster.records } };
}

function sheetOf(wb: ParsedWorkbook, key: SheetKey): ParsedTable<unknown> | ParsedKeyValue<unknown> {
  return wb[key] as ParsedTable<unknown> | ParsedKeyValue<unknown>;
}

function hasColumn(wb: ParsedWorkbook, key: SheetKey, column: string): boolean {
  const s = sheetOf(wb, key);
  return "columns" in s ? s.columns.has(column) : true;
}

export interface RulesResult {
  findings: Finding[];
  /** Rules that ran, and those that did not (switched off in the settings, or a column missing). */
  ran: string[];
  skipped: { id: string; reason: "disabled" | "missing-sheet" | "missing-column" }[];
}

/**
 * Runs the rules over a parsed workbook. A rule whose sheet is absent does not run (the parser
 * already reported the sheet); a rule whose column is absent does not run either, and each
 * missing column gets ONE info finding naming it and the rules it switches off — not a cascade.
 * Deterministic: rules run in the order given and each returns findings in row order.
 */
export function runRules(wb: ParsedWorkbook, rules: readonly Rule[], today: LocalDate): RulesResult {
  const { settings, findings: settingFindings } = readRuleSettings(wb.event, new Set(rules.map((r) => r.id)));
  const ctx: RuleContext = { wb: rowsAsTyped(wb), today, settings };
  const findings: Finding[] = [...settingFindings];
  const ran: string[] = [];
  const skipped: RulesResult["skipped"] = [];
  const missing = new Map<string, { sheet: SheetKey; column: string; rules: string[] }>();

  for (const rule of rules) {
    if (settings.disabled.has(rule.id)) {
      skipped.push({ id: rule.id, reason: "disabled" });
      continue;
    }
    if (rule.needs.some((n) => sheetOf(wb, n.sheet).sheet === null)) {
      skipped.push({ id: rule.id, reason: "missing-sheet" });
      continue;
    }
    const absent = rule.needs.flatMap((n) =>
      n.columns.filter((c) => !hasColumn(wb, n.sheet, c)).map((c) => ({ sheet: n.sheet, column: c })),
    );
    if (absent.length > 0) {
      for (const a of absent) {
        const k = `${a.sheet}/${a.column}`;
        if (!missing.has(k)) missing.set(k, { ...a, rules: [] });
        missing.get(k)!.rules.push(rule.id);
      }
      skipped.push({ id: rule.id, reason: "missing-column" });
      continue;
    }
    ran.push(rule.id);
    findings.push(...rule.run(ctx));
  }

  // A list from elsewhere lacks most of the contract's columns: one line per sheet then, not a dozen.
  const bySheet = new Map<SheetKey, MissingColumn[]>();
  for (const m of missing.values()) bySheet.set(m.sheet, [...(bySheet.get(m.sheet) ?? []), m]);
  for (const [sheet, list] of bySheet) {
    if (list.length > MANY_MISSING) findings.push(missingColumnsFinding(wb, sheet, list));
    else for (const m of list) findings.push(missingColumnFinding(wb, m.sheet, m.column, m.rules));
  }
  return { findings, ran, skipped };
}

interface MissingColumn {
  sheet: SheetKey;
  column: string;
  rules: string[];
}

/** Past this many missing columns on one sheet, they are reported in one finding. */
const MANY_MISSING = 3;

function nextColumnCell(table: ParsedTable<unknown>): string {
  const headerCells = [...table.columns.values()].map((c) => c.col);
  const nextCol = headerCells.length > 0 ? Math.max(...headerCells) + 1 : 0;
  return a1(Math.max(table.headerRow, 0), nextCol);
}

function missingColumnsFinding(wb: ParsedWorkbook, key: SheetKey, list: MissingColumn[]): Finding {
  const table = wb[key] as ParsedTable<unknown>;
  const sheet = table.sheet!;
  const defs = list.map((m) => table.def.columns.find((c) => c.key === m.column)!);
  const rules = new Set(list.flatMap((m) => m.rules));
  return {
    id: "rules.missing-column",
    severity: "info",
    sheet,
    cell: nextColumnCell(table),
    message: {
      zh: `“${sheet}”没有这些列：${defs.map((d) => d.zh).join("、")}，因此有 ${rules.size} 项检查未进行。`,
      en: `"${sheet}" has no columns for ${defs.map((d) => d.en).join(", ")}, so ${rules.size} checks did not run.`,
    },
    fix: {
      zh: "需要这些检查时添加相应的列；“初始化”可以补齐缺少的列标题。",
      en: "Add the columns to have those checks; init can add the missing headers.",
    },
  };
}

function missingColumnFinding(wb: ParsedWorkbook, key: SheetKey, column: string, rules: string[]): Finding {
  const table = wb[key] as ParsedTable<unknown>;
  const def = table.def.columns.find((c) => c.key === column)!;
  const sheet = table.sheet!;
  return {
    id: "rules.missing-column",
    severity: "info",
    sheet,
    cell: nextColumnCell(table),
    message: {
      zh: `“${sheet}”没有“${def.zh}”列，以下检查未进行：${rules.join("、")}。`,
      en: `"${sheet}" has no "${def.en}" column, so these checks did not run: ${rules.join(", ")}.`,
    },
    fix: { zh: `如需这些检查，请添加“${def.zh}”列。`, en: `Add a "${def.en}" column to have them.` },
  };
}
