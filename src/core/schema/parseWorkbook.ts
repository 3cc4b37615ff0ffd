import type { Finding } from "../finding";
import type { Bilingual, Lang } from "../i18n";
import type { SheetSnapshot } from "../../workbook/gateway";
import { workbookLang } from "./detectLang";
import type { Located } from "./locateSheets";
import { emptyKeyValue, parseKeyValue } from "./parseKeyValue";
import type { ParsedKeyValue, ParsedTable } from "./parsedSheet";
import { emptyTable, parseTable, type ColumnGuesser } from "./parseTable";
import { dropTotalRows } from "./budgetTotals";
import { completeRoster } from "./roster/completeRoster";
import { sheetProblem } from "./parseProblems";
import type { KeyValueSheetDef, SheetDef, TableSheetDef } from "./sheetDef";
import {
  BUDGET,
  EVENT,
  HOTELS,
  ROSTER,
  TASKS,
  type BudgetFields,
  type EventFields,
  type HotelFields,
  type RosterFields,
  type TaskFields,
} from "./sheets";

export interface ParsedWorkbook {
  /** The workbook's language: the Event sheet's 语言/Language setting, else what its sheets are written in. */
  lang: Lang;
  /** Whether the workbook itself showed its language (an empty one does not). */
  langKnown: boolean;
  event: ParsedKeyValue<EventFields>;
  roster: ParsedTable<RosterFields>;
  budget: ParsedTable<BudgetFields>;
  tasks: ParsedTable<TaskFields>;
  hotels: ParsedTable<HotelFields>;
  /** Every parse finding of every sheet, in sheet order then row order. */
  findings: Finding[];
}

export interface ParseOptions {
  /** Why no sheet could be the roster (the closest sheet and what it lacked), when none was found. */
  rosterMissing?: Bilingual;
  /** Recognises a header-less roster from its values. */
  guess?: ColumnGuesser;
}

function missingSheet(def: SheetDef, lang: Lang, why?: Bilingual, plainList = false): Finding {
  const roster = def.key === "roster";
  return sheetProblem(
    "parse.sheet-missing",
    roster ? "error" : plainList ? "info" : "warning",
    def[lang],
    "A1",
    {
      zh: `找不到“${def.zh}”工作表（也没有列标题相符的工作表）。${why ? why.zh : ""}${roster ? "没有参会人员名单，无法检查和排座。" : ""}`,
      en: `No "${def.en}" sheet found (and no sheet with matching headers).${why ? " " + why.en : ""}${roster ? " Without a roster nothing can be checked or seated." : ""}`,
    },
    {
      zh: `新建名为“${def.zh}”的工作表，或运行“初始化”生成空白模板。`,
      en: `Add a sheet named "${def.en}", or run init to create the empty templates.`,
    },
  );
}

function table<F>(def: TableSheetDef, located: Located, byName: Map<string, SheetSnapshot>, guess?: ColumnGuesser): ParsedTable<F> {
  const loc = located[def.key];
  const snap = loc && byName.get(loc.name);
  if (!loc || !snap) return emptyTable<F>(def);
  return parseTable<F>(snap, def, loc.foundBy, guess);
}

/** A finance file with only a budget, or a team's task list, is still checked: the roster's rules are skipped, said once. */
function rosterSkipped(lang: Lang, why?: Bilingual): Finding {
  return sheetProblem("rules.roster-skipped", "info", ROSTER[lang], "A1", {
    zh: `这个工作簿没有参会人员名单，与名单有关的检查未进行，只检查了预算和任务。${why ? why.zh : ""}`,
    en: `This workbook has no roster, so the checks that need one were skipped; the budget and tasks were checked.${why ? " " + why.en : ""}`,
  });
}

function keyValue<F>(def: KeyValueSheetDef, located: Located, byName: Map<string, SheetSnapshot>): ParsedKeyValue<F> {
  const loc = located[def.key];
  const snap = loc && byName.get(loc.name);
  if (!loc || !snap) return emptyKeyValue<F>(def);
  return parseKeyValue<F>(snap, def, loc.foundBy);
}

/** Parses the located input sheets. Never throws: what cannot be read becomes a finding. */
export function parseWorkbook(sheets: readonly SheetSnapshot[], located: Located, opts: ParseOptions = {}): ParsedWorkbook {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const event = keyValue<EventFields>(EVENT, located, byName);
  const roster = table<RosterFields>(ROSTER, located, byName, opts.guess);
  roster.findings.push(...completeRoster(roster));
  const budget = table<BudgetFields>(BUDGET, located, byName);
  budget.findings.push(...dropTotalRows(budget));
  const tasks = table<TaskFields>(TASKS, located, byName);
  const hotels = table<HotelFields>(HOTELS, located, byName);
  const { lang, known: langKnown } = workbookLang(event, [roster, budget, tasks, hotels], sheets);
  const plainList = roster.foundBy === "nameColumn" || roster.foundBy === "values" || (roster.foundBy === "headers" && !event.sheet);
  // Finance's own file (a budget, no Event sheet) or a task list alone: not a conference workbook missing its roster.
  const otherwise = !event.sheet && ((budget.sheet && budget.records.length > 0) || (tasks.sheet && tasks.records.length > 0));
  // A missing sheet is named in the workbook's language, which is known only now.
  for (const p of [event, roster, budget, tasks, hotels]) {
    if (p.sheet || p.def.optional) continue;
    if (p === roster && otherwise) p.findings.push(rosterSkipped(lang, opts.rosterMissing));
    else if (p === event && otherwise) continue;
    // A list of people brought as it is (Sheet1, a CSV) is not expected to have our other sheets.
    else p.findings.push(missingSheet(p.def, lang, p === roster ? opts.rosterMissing : undefined, plainList));
  }
  const findings = [event, roster, budget, tasks, hotels].flatMap((p) => p.findings);
  return { lang, langKnown, event, roster, budget, tasks, hotels, findings };
}
