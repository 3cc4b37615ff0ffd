import type { Finding } from "../finding";
import type { Lang } from "../i18n";
import type { SheetSnapshot } from "../../workbook/gateway";
import { detectLang } from "./detectLang";
import type { Located } from "./locateSheets";
import { emptyKeyValue, parseKeyValue } from "./parseKeyValue";
import type { ParsedKeyValue, ParsedTable } from "./parsedSheet";
import { emptyTable, parseTable } from "./parseTable";
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
  event: ParsedKeyValue<EventFields>;
  roster: ParsedTable<RosterFields>;
  budget: ParsedTable<BudgetFields>;
  tasks: ParsedTable<TaskFields>;
  hotels: ParsedTable<HotelFields>;
  /** Every parse finding of every sheet, in sheet order then row order. */
  findings: Finding[];
}

function missingSheet(def: SheetDef, lang: Lang): Finding {
  const roster = def.key === "roster";
  return sheetProblem(
    "parse.sheet-missing",
    roster ? "error" : "warning",
    def[lang],
    "A1",
    {
      zh: `找不到“${def.zh}”工作表（也没有列标题相符的工作表）。${roster ? "没有参会人员名单，无法检查和排座。" : ""}`,
      en: `No "${def.en}" sheet found (and no sheet with matching headers).${roster ? " Without a roster nothing can be checked or seated." : ""}`,
    },
    {
      zh: `新建名为“${def.zh}”的工作表，或运行“初始化”生成空白模板。`,
      en: `Add a sheet named "${def.en}", or run init to create the empty templates.`,
    },
  );
}

function table<F>(def: TableSheetDef, located: Located, byName: Map<string, SheetSnapshot>): ParsedTable<F> {
  const loc = located[def.key];
  const snap = loc && byName.get(loc.name);
  if (!loc || !snap) return emptyTable<F>(def);
  return parseTable<F>(snap, def, loc.foundBy);
}

function keyValue<F>(def: KeyValueSheetDef, located: Located, byName: Map<string, SheetSnapshot>): ParsedKeyValue<F> {
  const loc = located[def.key];
  const snap = loc && byName.get(loc.name);
  if (!loc || !snap) return emptyKeyValue<F>(def);
  return parseKeyValue<F>(snap, def, loc.foundBy);
}

/** Parses the located input sheets. Never throws: what cannot be read becomes a finding. */
export function parseWorkbook(sheets: readonly SheetSnapshot[], located: Located): ParsedWorkbook {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const event = keyValue<EventFields>(EVENT, located, byName);
  const roster = table<RosterFields>(ROSTER, located, byName);
  const budget = table<BudgetFields>(BUDGET, located, byName);
  const tasks = table<TaskFields>(TASKS, located, byName);
  const hotels = table<HotelFields>(HOTELS, located, byName);
  const lang = detectLang(event, [roster, budget, tasks, hotels]);
  // A missing sheet is named in the workbook's language, which is known only now.
  for (const p of [event, roster, budget, tasks, hotels]) {
    if (!p.sheet && !p.def.optional) p.findings.push(missingSheet(p.def, lang));
  }
  const findings = [event, roster, budget, tasks, hotels].flatMap((p) => p.findings);
  return { lang, event, roster, budget, tasks, hotels, findings };
}
