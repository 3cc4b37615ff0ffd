import { mergedRowWarnings } from "../core/rules/roster/mergedRows";
import type { Lang } from "../core/i18n";
import { outputTarget } from "../core/plan/outputTarget";
import type { WritePlan } from "../core/plan/writePlan";
import { allocateRooms, ROOM_SHEET_NAME, roomSheet, type RoomAllocation } from "../core/rooms";
import type { Finding } from "../core/finding";
import type { ParsedWorkbook } from "../core/schema/parseWorkbook";
import type { ApplyReport, WorkbookGateway } from "../workbook/gateway";
import { readInputs } from "./readInputs";
import { printReady } from "./printReady";

export interface RoomsResult {
  parsed: ParsedWorkbook;
  lang: Lang;
  allocation: RoomAllocation;
  /** Room settings on the Event sheet that could not be read (their defaults were used), and roster rows merged as one person. */
  settingProblems: Finding[];
  plan: WritePlan;
  applied?: ApplyReport;
}

/** The Rooms command: read → allocate the people who need a hotel → the 住宿分配 / Room Allocation sheet. */
export async function allocateHotelRooms(gateway: WorkbookGateway, opts: { lang?: Lang; dryRun?: boolean } = {}): Promise<RoomsResult> {
  const { parsed, snapshot, notices } = await readInputs(gateway);
  const lang = opts.lang ?? parsed.lang;
  const allocation = allocateRooms(parsed);
  const sheet = roomSheet({
    target: outputTarget(snapshot, "roomAllocation", ROOM_SHEET_NAME[lang]),
    lang,
    allocation,
    subtitle: parsed.event.fields.name?.value,
    currency: parsed.event.fields.currency?.value,
  });
  const { plan, findings: printProblems } = printReady({ sheets: [{ ...sheet, activate: true }] }, parsed.event, lang);
  const settingProblems = [...allocation.settingProblems, ...printProblems, ...mergedRowWarnings(parsed.roster), ...notices];
  const result: RoomsResult = { parsed, lang, allocation, settingProblems, plan };
  if (!opts.dryRun) result.applied = await gateway.apply(plan);
  return result;
}
