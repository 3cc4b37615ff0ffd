import { a1 } from "../../cellAddress";
import type { Finding } from "../../finding";
import { isActive, peopleIndex, type Person } from "../../rules/people";
import type { ParsedWorkbook } from "../../schema/parseWorkbook";
import { nameList } from "./nameList";

export interface DaisMembers {
  /** Everyone on the rostrum in precedence order, the chair included. */
  ordered: Person[];
  /** The chair (主持人 on the Event sheet) when found among the active people of the roster. */
  chair?: Person;
  problems: Finding[];
}

const nameOf = (p: Person) => p.fields.name?.value ?? "";

/**
 * The rostrum: active people marked 主席台 = 是, plus the chair, ordered by 排序 ascending.
 * Ties and missing precedence fall back to roster order, so the plan is the same on every run.
 */
export function daisMembers(wb: ParsedWorkbook): DaisMembers {
  const roster = wb.roster;
  const sheet = roster.sheet ?? roster.def[wb.lang];
  const problems: Finding[] = [];
  const marked = roster.records.filter((p) => p.fields.dais?.value === true && nameOf(p) !== "");
  const away = marked.filter((p) => !isActive(p));
  const members = marked.filter(isActive);
  if (away.length > 0) {
    const names = nameList(away.map(nameOf));
    problems.push({
      id: "dais.member-absent",
      severity: "info",
      sheet,
      cell: away[0].fields.status?.address ?? away[0].fields.name!.address,
      message: {
        zh: `${names.zh} 已请假或取消参会，未排入主席台。`,
        en: `${names.en} sent apologies or cancelled, so they are not seated on the rostrum.`,
      },
    });
  }
  const chair = findChair(wb, members, problems);
  if (chair && !members.includes(chair)) members.push(chair);
  const ordered = [...members].sort(byPrecedence);
  problems.push(...precedenceProblems(ordered, sheet, roster.columns.get("precedence")?.col));
  if (ordered.length === 0) {
    const daisCol = roster.columns.get("dais");
    problems.push({
      id: "dais.nobody",
      // A list with no 主席台 column (a guest list, a wedding) has no rostrum to seat: only said.
      severity: daisCol ? "error" : "info",
      sheet,
      cell: daisCol ? a1(roster.headerRow, daisCol.col) : "A1",
      message: {
        zh: "参会人员中没有人标记为上主席台，无法排主席台座次。",
        en: "Nobody on the roster is marked for the rostrum, so there is no rostrum to seat.",
      },
      fix: {
        zh: "在“主席台”列中为上主席台的人员填“是”（请假或取消的人员不计）。",
        en: 'Put "Yes" in the Rostrum column for each person on the rostrum (people on leave or cancelled do not count).',
      },
    });
  }
  return { ordered, chair, problems };
}

function byPrecedence(a: Person, b: Person): number {
  const pa = a.fields.precedence?.value ?? Infinity;
  const pb = b.fields.precedence?.value ?? Infinity;
  return pa !== pb ? (pa < pb ? -1 : 1) : a.row - b.row;
}

function precedenceProblems(ordered: Person[], sheet: string, precedenceCol: number | undefined): Finding[] {
  const out: Finding[] = [];
  const missing = ordered.filter((p) => p.fields.precedence === undefined);
  if (missing.length > 0) {
    const names = nameList(missing.map(nameOf));
    out.push({
      id: "dais.no-precedence",
      severity: "warning",
      sheet,
      cell: precedenceCol !== undefined ? a1(missing[0].row, precedenceCol) : missing[0].fields.name!.address,
      message: {
        zh: `主席台人员 ${names.zh} 没有填写排序，已排在有排序的人员之后（按名单顺序）。`,
        en: `${names.en} on the rostrum ${missing.length === 1 ? "has" : "have"} no precedence; placed after everyone ranked, in roster order.`,
      },
      fix: { zh: "在“排序”列填写位次（1 为最高）。", en: "Fill in the Precedence column (1 = highest)." },
    });
  }
  for (let i = 0; i < ordered.length;) {
    const value = ordered[i].fields.precedence?.value;
    let j = i + 1;
    while (j < ordered.length && value !== undefined && ordered[j].fields.precedence?.value === value) j++;
    if (j - i > 1) {
      const names = nameList(ordered.slice(i, j).map(nameOf));
      out.push({
        id: "dais.precedence-tie",
        severity: "info",
        sheet,
        cell: ordered[i].fields.precedence!.address,
        message: {
          zh: `${names.zh} 的排序同为 ${value}，已按名单顺序排定先后。`,
          en: `${names.en} share precedence ${value}; they are ordered as they appear on the roster.`,
        },
      });
    }
    i = j;
  }
  return out;
}

/** The chair named on the Event sheet, matched to one active person on the roster; problems say why not. */
function findChair(wb: ParsedWorkbook, members: Person[], problems: Finding[]): Person | undefined {
  const host = wb.event.fields.host;
  if (!host || !wb.event.sheet) return undefined;
  const at = { sheet: wb.event.sheet, cell: host.address };
  const found = peopleIndex(wb.roster).resolve(host.value);
  const active = found.filter(isActive);
  if (found.length === 0) {
    problems.push({
      id: "dais.chair-unknown",
      severity: "warning",
      ...at,
      message: {
        zh: `主持人“${host.value}”不在参会人员名单中，未排入主席台。`,
        en: `The chair "${host.value}" is not on the roster, so they are not seated on the rostrum.`,
      },
      fix: {
        zh: "将主持人加入参会人员名单，或让“主持人”与名单中的姓名一致。",
        en: "Add the chair to the roster, or make the Chair entry match a name on the roster.",
      },
    });
    return undefined;
  }
  if (active.length === 0) {
    problems.push({
      id: "dais.chair-absent",
      severity: "warning",
      ...at,
      message: {
        zh: `主持人“${host.value}”已请假或取消参会，未排入主席台。`,
        en: `The chair "${host.value}" sent apologies or cancelled, so they are not seated on the rostrum.`,
      },
    });
    return undefined;
  }
  if (active.length > 1) {
    problems.push({
      id: "dais.chair-ambiguous",
      severity: "warning",
      ...at,
      message: {
        zh: `名单中有 ${active.length} 人与主持人“${host.value}”同名，无法确定是谁；主持人未单独安排。`,
        en: `${active.length} people on the roster match the chair "${host.value}"; the chair is not placed separately.`,
      },
      fix: { zh: "在“主持人”处填写其编号。", en: "Enter the chair's ID instead of the name." },
    });
    return undefined;
  }
  const chair = active[0];
  if (!members.includes(chair)) {
    problems.push({
      id: "dais.chair-added",
      severity: "info",
      ...at,
      message: {
        zh: `主持人${nameOf(chair)}未标记上主席台，已一并排入。`,
        en: `The chair, ${nameOf(chair)}, was not marked for the rostrum and has been seated on it.`,
      },
    });
  }
  return chair;
}
