import type { CellValue } from "../../../src/core/cellValue";
import { enumLabel, PHASE, TASK_STATUS, type TaskStatus } from "../../../src/core/schema/enums";
import { TASKS } from "../../../src/core/schema/sheets";
import { momentSerial, at } from "../excelDate";
import type { Lexicon } from "../lexicon/types";
import type { HotelPlan } from "../people/lodging";
import type { Rng } from "../prng";
import { columnsOfType } from "../sheets/columns";
import type { GeneratedSheet, Person } from "../types";
import { AS_OF_DAY, BLOCKED_TASK, OVERDUE_TASK, OWNERLESS_TASK, TASK_CATALOG, TEAM, type TaskSpec } from "./taskCatalog";

const taskId = (n: number) => `T${String(n).padStart(2, "0")}`;

function statusAsOf(spec: TaskSpec, position: number): TaskStatus {
  if (position === BLOCKED_TASK) return "blocked";
  if (spec.day < AS_OF_DAY) return "done";
  if (spec.day <= AS_OF_DAY + 2) return "inProgress";
  return "notStarted";
}

/** With more than two hotels, each gets its own booking and front-desk tasks. */
function hotelTasks(hotels: HotelPlan[]): TaskSpec[] {
  if (hotels.length <= 2) return [];
  return hotels.flatMap((h) => [
    {
      phase: "pre" as const,
      task: { zh: `落实${h.name}房源及入住安排`, en: `Confirm rooms and check-in at ${h.name}` },
      team: TEAM.hospitality,
      day: -3,
      time: "17:00",
      after: [8],
    },
    {
      phase: "during" as const,
      task: { zh: `${h.name}驻店服务`, en: `Front-desk duty at ${h.name}` },
      team: TEAM.hospitality,
      day: 0,
      time: "08:00",
    },
  ]);
}

/** Tasks of the three phases with owners from the staff of each team, due times relative to the start, statuses and dependencies. */
export function tasksSheet(
  staff: Person[],
  hotels: HotelPlan[],
  fallbackOwner: string,
  lex: Lexicon,
  rng: Rng,
  startSerial: number,
  mistakes: boolean,
): GeneratedSheet {
  const lang = lex.lang;
  const byTeam = lex.teams.map((_, i) => staff.filter((p) => p.team === i && p.role === "staff"));
  const specs = [...TASK_CATALOG, ...hotelTasks(hotels)];
  const rows: CellValue[][] = [TASKS.columns.map((c) => c[lang])];
  specs.forEach((spec, i) => {
    const position = i + 1;
    const team = byTeam[spec.team];
    // The team lead owns most tasks; a colleague takes some.
    const owner = team.length === 0 ? fallbackOwner : team.length > 1 && rng.chance(0.35) ? team[1].name : team[0].name;
    let status = statusAsOf(spec, position);
    let notes = "";
    if (position === BLOCKED_TASK) notes = lang === "zh" ? "待名单最终确定" : "Waiting for the final roster";
    if (mistakes && position === OVERDUE_TASK) status = "inProgress";
    const values: Record<string, CellValue> = {
      id: taskId(position),
      phase: enumLabel(PHASE, spec.phase, lang),
      task: spec.task[lang],
      owner: mistakes && position === OWNERLESS_TASK ? "" : owner,
      group: lex.teams[spec.team],
      due: momentSerial(startSerial, at(spec.day, spec.time)),
      status: enumLabel(TASK_STATUS, status, lang),
      dependsOn: (spec.after ?? []).map(taskId).join(lex.listSeparator),
      notes,
    };
    rows.push(TASKS.columns.map((c) => values[c.key] ?? ""));
  });
  return {
    key: "tasks",
    name: TASKS[lang],
    rows,
    dateColumns: columnsOfType(TASKS.columns, ["dateTime"]),
    textColumns: columnsOfType(TASKS.columns, ["idText", "phone"]),
    moneyColumns: columnsOfType(TASKS.columns, ["money"]),
  };
}
