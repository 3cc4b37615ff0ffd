import { title } from "../core/schema/sheetDef";
import type { Lang } from "../core/i18n";
import type { ParsedWorkbook } from "../core/schema/parseWorkbook";
import type { WorkbookGateway } from "../workbook/gateway";
import { understood } from "../core/report/understood";
import { listedPeople } from "../core/schema/roster/people";
import type { RosterFields } from "../core/schema/sheets";
import type { ParsedRecord } from "../core/schema/values";
import { readInputs } from "./readInputs";
import type { InputSheetStatus, WorkbookSummary } from "./summary";

/** A listed person's reply as the counts go: a blank 回执 / Status is pending; cancelled people are not listed (listedPeople). */
export type Reply = "confirmed" | "pending" | "onLeave";

/** How the pane's attendee counts (and the Overview's) read one person's 回执 / Status. */
export function replyOf(person: ParsedRecord<RosterFields>): Reply | undefined {
  const s = person.fields.status?.value;
  if (s === "confirmed") return "confirmed";
  if (s === "pending" || s === undefined) return "pending";
  if (s === "leave") return "onLeave";
  return undefined;
}

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
    const reply = replyOf(r);
    if (reply === "confirmed") confirmed++;
    else if (reply === "pending") pending++;
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
