import { chineseNumeralsToDigits } from "../../schema/normalize/chineseNumerals";
import { foldKey } from "../../schema/normalize/text";
import type { ParsedWorkbook } from "../../schema/parseWorkbook";
import { isActive, peopleIndex, type Person } from "../../rules/people";
import { plannersPlacements, type PlannersPlacement } from "../../record/plannersPlacements";
import { dietTableOf, type TableSettings } from "./settings";
import type { PlanWarning, TableGuest, TableProblem, TableSpec } from "./types";

/** "3", "3号桌", "第3桌", "第三桌", "Table 3" → 3; "主桌" / "main" → 1; anything else → 0 (not a table number). */
export function tableNumberOf(text: string): number {
  const t = chineseNumeralsToDigits(foldKey(text));
  if (t === "主桌" || t === "main" || t === "maintable" || t === "headtable") return 1;
  const m = /^(?:第|table|no)?(\d+)(?:号桌|号|桌)?$/.exec(t);
  return m ? Number(m[1]) : 0;
}

/** "3", "3号", "3号座", "第三座", "Seat 3" → 3; anything else → 0. */
export function seatNumberOf(text: string): number {
  const m = /^(?:第|seat|no)?(\d+)(?:号座|号|座)?$/.exec(chineseNumeralsToDigits(foldKey(text)));
  return m ? Number(m[1]) : 0;
}

function who(p: Person): string {
  return p.fields.name?.value ?? p.fields.id?.value ?? `${p.sheet}!${p.row + 1}`;
}

/**
 * The table problem from the parsed roster and the banquet settings. Who dines: every active
 * person (not 请假/取消); staff (工作人员) only when 工作人员就餐 = 是, or when they travel with a
 * guest who dines (an aide sits with their leader).
 */
export function tableProblemFromWorkbook(
  parsed: ParsedWorkbook,
  settings: TableSettings,
  placements: ReadonlyMap<Person, PlannersPlacement> = plannersPlacements(parsed.roster, new Map()),
): TableProblem {
  const roster = parsed.roster;
  // A planner's table called "A" or "Family" gets a number after every numbered one; its name is kept for the sheets.
  const labels = new Map<string, number>();
  const numbered = Math.max(
    0,
    settings.tableCount ?? 0,
    settings.tableSizes.length,
    ...[...placements.values()].map((k) => tableNumberOf(k.table)),
  );
  const labelNumber = (text: string) => {
    const k = foldKey(text);
    if (!labels.has(k)) labels.set(k, numbered + labels.size + 1);
    return labels.get(k)!;
  };
  const index = peopleIndex(roster);
  const warnings: PlanWarning[] = [];
  const people = roster.records.filter((p) => isActive(p) && (p.fields.name || p.fields.id));
  const pos = new Map(people.map((p, i) => [p, i]));

  // Parties: a code shared by several people, or the name/ID of the person accompanied.
  const parent = people.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => void (parent[find(a)] = find(b));
  const byCode = new Map<string, number>();
  people.forEach((p, i) => {
    const party = p.fields.party?.value;
    if (!party) return;
    for (const q of index.resolve(party)) if (pos.has(q) && q !== p) union(i, pos.get(q)!);
    const code = foldKey(party);
    if (byCode.has(code)) union(i, byCode.get(code)!);
    else byCode.set(code, i);
  });
  const partyDines = new Set<number>();
  people.forEach((p, i) => {
    if (p.fields.role?.value !== "staff" || settings.staffDine) partyDines.add(find(i));
  });
  const diners = people.map((_, i) => i).filter((i) => partyDines.has(find(i)));

  const partySize = new Map<number, number>();
  for (const i of diners) partySize.set(find(i), (partySize.get(find(i)) ?? 0) + 1);
  const ids = new Map<Person, string>();
  const seen = new Set<string>();
  for (const i of diners) {
    const p = people[i];
    // The people one row names share its cells: each gets its place in the row.
    const part = p.part ? `#${p.part + 1}` : "";
    let id = p.fields.id?.value || `${p.sheet}!${p.row + 1}${part}`;
    if (seen.has(id)) id = `${id}@${p.sheet}!${p.row + 1}${part}`;
    seen.add(id);
    ids.set(p, id);
  }

  const guests: TableGuest[] = diners.map((i) => {
    const p = people[i];
    const f = p.fields;
    const root = find(i);
    const hasParty = partySize.get(root)! > 1;
    const keepApart: string[] = [];
    for (const ref of f.keepApart?.value ?? []) {
      const hits = index.resolve(ref).filter((q) => ids.has(q) && q !== p);
      if (hits.length) keepApart.push(...hits.map((q) => ids.get(q)!));
      else if (!index.resolve(ref).length)
        warnings.push({
          people: [ids.get(p)!],
          message: {
            zh: `${who(p)}的“不同桌”中的“${ref}”在名单中找不到。`,
            en: `${who(p)}'s keep-apart entry "${ref}" matches nobody on the roster.`,
          },
        });
    }
    const g: TableGuest = {
      id: ids.get(p)!,
      name: who(p),
      organisation: f.organisation?.value ?? "",
      group: f.group?.value ?? "",
      precedence: f.precedence?.value,
      // Rostrum members rank with the VIPs for the main tables: protocol seats the leaders together.
      vip: (f.vip?.value ?? false) || (f.dais?.value ?? false),
      dietTable: dietTableOf(f.diet?.value ?? "", settings.dietTables),
      party: hasParty ? `party:${root}` : "",
      keepApart,
      row: p.row,
    };
    const kept = placements.get(p);
    if (kept) {
      g.lockedTable = tableNumberOf(kept.table) || labelNumber(kept.table);
      g.lockedTableText = kept.table;
      const seat = seatNumberOf(kept.seat ?? "");
      if (seat > 0) g.lockedSeat = seat;
    } else if (f.locked?.value)
      warnings.push({
        people: [g.id],
        message: { zh: `${who(p)}已锁定但没有桌号，由系统安排桌次。`, en: `${who(p)} is locked but has no table; the plan places them.` },
      });
    return g;
  });

  const tables = tablesFor(guests, settings, [...labels.values()]);
  warnings.push(...overfullTables(guests, tables.tables, settings));
  const tableLabels: Record<number, string> = {};
  for (const g of guests) if (g.lockedTable && !tableNumberOf(g.lockedTableText ?? "")) tableLabels[g.lockedTable] = g.lockedTableText!;
  return {
    guests,
    ...tables,
    ...(Object.keys(tableLabels).length ? { tableLabels } : {}),
    dietTables: settings.dietTables,
    groupBy: settings.groupBy,
    mode: settings.mode,
    weights: settings.weights,
    convention: settings.convention,
    warnings,
  };
}

/**
 * The tables: as set on the Event sheet, else as many as the guests need, and always every table the
 * planner's own plan uses. A planner's table holding more people than its seats keeps them all —
 * the plan is theirs — and its size grows to fit (see overfullTables).
 */
function tablesFor(guests: TableGuest[], s: TableSettings, labelled: number[]): { tables: TableSpec[]; extraTableCapacity?: number } {
  const planned = new Map<number, number>();
  for (const g of guests) if (g.lockedTable) planned.set(g.lockedTable, (planned.get(g.lockedTable) ?? 0) + 1);
  const capacity = (n: number) =>
    Math.max(s.tableSizes[n - 1] ?? (n <= s.mainTables ? s.mainTableSeats : s.seatsPerTable), planned.get(n) ?? 0);
  const tables: TableSpec[] = [];
  const extraLabelled = () => {
    for (const n of labelled) if (!tables.some((t) => t.table === n)) tables.push({ table: n, capacity: capacity(n) });
  };
  if (s.tableCount !== undefined) {
    for (let n = 1; n <= s.tableCount; n++) tables.push({ table: n, capacity: capacity(n) });
    extraLabelled();
    return { tables };
  }
  // Tables up to the highest locked one exist, within reason: a typo like 桌号 999 is reported, not built.
  const labels = new Set(labelled);
  const lastLocked = Math.max(0, ...guests.map((g) => g.lockedTable ?? 0).filter((n) => n <= guests.length && !labels.has(n)));
  let seats = 0;
  for (let n = 1; n <= s.tableSizes.length || n <= lastLocked || seats < guests.length; n++) {
    if (labels.has(n)) continue;
    tables.push({ table: n, capacity: capacity(n) });
    seats += capacity(n);
  }
  extraLabelled();
  return { tables, extraTableCapacity: s.seatsPerTable };
}

/** A table of the planner's plan with more people than 每桌人数 allows: kept, and said once. */
function overfullTables(guests: TableGuest[], tables: readonly TableSpec[], s: TableSettings): PlanWarning[] {
  const out: PlanWarning[] = [];
  for (const t of tables) {
    const set = s.tableSizes[t.table - 1] ?? (t.table <= s.mainTables ? s.mainTableSeats : s.seatsPerTable);
    if (t.capacity <= set) continue;
    const at = guests.filter((g) => g.lockedTable === t.table);
    const name = at[0]?.lockedTableText ?? String(t.table);
    out.push({
      people: at.map((g) => g.id),
      message: {
        zh: `名单中${/^\d+$/.test(name) ? `${name}号桌` : `“${name}”桌`}已安排 ${t.capacity} 人，多于每桌人数 ${set}；按名单保留，该桌按 ${t.capacity} 座排。`,
        en: `The roster puts ${t.capacity} people at table ${name}, more than the ${set} seats per table; kept as planned, with ${t.capacity} seats.`,
      },
    });
  }
  return out;
}
