import { budgetSheet } from "./budget/budgetSheet";
import type { BudgetFacts } from "./budget/budgetLines";
import { dateSerial, parseIsoDate } from "./excelDate";
import { MIN_ATTENDEES_WITH_MISTAKES } from "./layout";
import { lexicon } from "./lexicon";
import { roomBlocks } from "./people/blocks";
import { buildCast, castSizes } from "./people/cast";
import { assignContacts } from "./people/contacts";
import { assignDietAndNotes, assignGroups, assignKeepApart, assignParties, assignPins } from "./people/extras";
import { assignRooms, chooseHotels } from "./people/lodging";
import { NameBook } from "./people/nameBook";
import { finishDuplicate, placePlanted } from "./people/placement";
import { plantPersonMistakes } from "./people/plantPeople";
import { assignTravel } from "./people/travel";
import { forkRng } from "./prng";
import { eventSheet } from "./sheets/eventSheet";
import { hotelsSheet } from "./sheets/hotelsSheet";
import { rosterSheet } from "./sheets/rosterSheet";
import { tasksSheet } from "./tasks/tasksSheet";
import { DEFAULT_START, isActive, type GeneratedWorkbook, type GenerateOptions, type Person } from "./types";

export { PLANTED_MISTAKES, type PlantedMistake } from "./plantedMistakes";
export { MIN_ATTENDEES_WITH_MISTAKES } from "./layout";
export { DEFAULT_START } from "./types";
export type { CellFormat, GeneratedSheet, GeneratedWorkbook, GenerateOptions, Lang } from "./types";

function assignIds(people: Person[]): void {
  const width = Math.max(3, String(people.length).length);
  people.forEach((p, i) => (p.id = `A${String(i + 1).padStart(width, "0")}`));
}

/**
 * A conference workbook as a planner keeps it: Event, Roster, Budget, Tasks and Hotels, with
 * the contract's sheet names and headers in the chosen language. Pure and deterministic: the
 * same options always give the same rows.
 */
export function generateConference(opts: GenerateOptions): GeneratedWorkbook {
  const n = opts.attendees;
  const mistakes = opts.mistakes ?? false;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`attendees must be a positive whole number, got ${n}`);
  if (mistakes && n < MIN_ATTENDEES_WITH_MISTAKES)
    throw new RangeError(`planting mistakes needs at least ${MIN_ATTENDEES_WITH_MISTAKES} attendees, got ${n}`);
  const lex = lexicon(opts.lang);
  const start = parseIsoDate(opts.start ?? DEFAULT_START);
  const startSerial = dateSerial(start);
  const rng = (part: string) => forkRng(opts.seed, part);

  const names = new NameBook(lex, rng("names"));
  const cast = buildCast({ lex, rng: rng("cast"), names, year: start.year }, castSizes(n, mistakes));
  let people = [...cast.head, ...cast.delegates, ...cast.staff];
  if (mistakes) people = placePlanted(people, cast.staff, lex, rng("placement"), names);
  assignContacts(people, lex, rng("contacts"));
  assignTravel(people, lex, rng("travel"));
  assignParties(people);
  const hotels = chooseHotels(people, lex);
  assignRooms(people, hotels, lex, rng("rooms"));
  if (mistakes) plantPersonMistakes(people, hotels, lex);
  const groups = assignGroups(people, lex);
  assignKeepApart(people, rng("apart"));
  assignPins(people);
  assignDietAndNotes(people, lex, rng("diet"));
  if (mistakes) finishDuplicate(people);
  assignIds(people);

  const blocks = roomBlocks(people, hotels);
  const staff = people.filter((p) => p.role === "staff");
  const active = people.filter(isActive);
  const roomNights = blocks.reduce((s, b) => s + b.roomNights, 0);
  const facts: BudgetFacts = {
    lang: lex.lang,
    headcount: active.filter((p) => p.role !== "staff").length,
    staff: staff.length,
    speakers: people.filter((p) => p.role === "speaker").length,
    groups,
    travellers: active.filter((p) => p.origin !== undefined).length,
    roomNights,
    roomRate:
      roomNights > 0 ? Math.round(blocks.reduce((s, b) => s + b.roomNights * b.type.rate, 0) / roomNights) : hotels[0].spec.twin.rate,
  };
  const leader = (i: number) => people[i]?.name ?? people[0].name;
  const approvers: [string, string] = [leader(7), leader(8)];
  const budget = budgetSheet(facts, lex, rng("budget"), approvers, mistakes, start.year);
  const teamLead = (team: number) => staff.find((p) => p.team === team) ?? staff[0];
  const contact = teamLead(1);
  const event = eventSheet(
    lex,
    {
      startSerial,
      host: leader(1),
      recorder: teamLead(2)?.name ?? leader(8),
      contact: contact?.name ?? leader(8),
      contactPhone: contact?.phone ?? people[0].phone,
      totalBudget: budget.total,
      firstHotel: hotels[0].name,
    },
    mistakes,
  );
  return {
    sheets: [
      event,
      rosterSheet(people, lex, startSerial, mistakes),
      budget.sheet,
      tasksSheet(staff, hotels, leader(8), lex, rng("tasks"), startSerial, mistakes),
      hotelsSheet(blocks, lex, startSerial),
    ],
  };
}
