import { title } from "../core/schema/sheetDef";
import type { Lang } from "../core/i18n";
import type { ParsedWorkbook } from "../core/schema/parseWorkbook";
import type { WorkbookGateway } from "../workbook/gateway";
import { understood } from "../core/report/understood";
import { listedPeople } from "../core/schema/roster/people";
import { readInputs } from "./readInputs";
import type { InputSheetStatus, WorkbookSummary } from "./summary";

export function summarize(parsed: ParsedWorkbook, lang?: Lang): WorkbookSummary {
  const { event, roster, budget, tasks, hotels } = parsed;
  const inputs: InputSheetStatus[] = [
    {
      key: "event",
      title: title(event.def),
      sheet: event.sheet,
      foundBy: event.foundBy,
      rows: Object.keys(event.fields).length,
      missingColumns: [],
    },
    ...[roster, budget, tasks, hotels].map((t) => ({
      key: t.def.key,
      title: title(t.def),
      sheet: t.sheet,
      foundBy: t.foundBy,
      rows: t.records.length,
      missingColumns: t.sheet ? t.missingColumns.map(title) : [],
    })),
  ];
  let confirmed = 0;
  let pending = 0;
  const people = listedPeople(parsed);
  for (const r of people) {
    const s = r.fields.status?.value;
    if (s === "confirmed") confirmed++;
    else if (s === "pending" || s === undefined) pending++;
  }
  return {
    lang: lang ?? parsed.lang,
    inputs,
    understood: understood(parsed),
    attendees: { total: people.length, confirmed, pending, withStatus: parsed.roster.columns.has("status") },
    findings: parsed.findings,
  };
}

/** What the pane shows after "Read workbook": sheets found, attendee counts and parse problems. */
export async function summarizeWorkbook(gateway: WorkbookGateway, opts: { lang?: Lang } = {}): Promise<WorkbookSummary> {
  const { parsed } = await readInputs(gateway);
  return summarize(parsed, opts.lang);
}
