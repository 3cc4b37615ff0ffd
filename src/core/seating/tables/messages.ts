import type { Bilingual } from "../../i18n";
import type { Infeasibility, InfeasibleKind, TableGuest } from "./types";

function names(people: readonly TableGuest[]): Bilingual {
  const shown = people.map((g) => (g.name && g.name !== g.id ? `${g.name}（${g.id}）` : g.id || g.name));
  return { zh: shown.join("、"), en: shown.join(", ").replace(/（/g, " (").replace(/）/g, ")") };
}

/** The bilingual message for each way a table problem cannot be solved, naming the people and the reason. */
export function infeasible(
  kind: InfeasibleKind,
  people: readonly TableGuest[],
  tables: number[],
  detail: { n?: number; m?: number; diet?: string } = {},
): Infeasibility {
  const who = names(people);
  const t = tables.join("、");
  const te = tables.join(", ");
  const { n = 0, m = 0, diet = "" } = detail;
  const text: Record<InfeasibleKind, Bilingual> = {
    "locked-over-capacity": {
      zh: `${t}号桌锁定了${n}人（${who.zh}），但该桌只有${m}个座位。`,
      en: `Table ${te} has ${n} people locked to it (${who.en}) but only ${m} seats.`,
    },
    "party-too-large": {
      zh: `同行的${n}人（${who.zh}）须同桌，但最大的桌只有${m}个座位。`,
      en: `The party of ${n} (${who.en}) must sit together, but the largest table has only ${m} seats.`,
    },
    "keep-apart-in-party": {
      zh: `${who.zh}是同行人员须同桌，却又登记为“不同桌”。`,
      en: `${who.en} are in one party and must sit together, yet are also marked to keep apart.`,
    },
    "contradictory-locks": {
      zh: tables.length > 1 ? `${who.zh}须同桌（同行），却分别锁定在${t}号桌。` : `${who.zh}登记为“不同桌”，却都锁定在${t}号桌。`,
      en:
        tables.length > 1
          ? `${who.en} must sit together (one party) but are locked to different tables (${te}).`
          : `${who.en} are marked to keep apart but are both locked to table ${te}.`,
    },
    "locked-no-such-table": {
      zh: `${who.zh}锁定的桌号不存在（共${m}桌）。`,
      en: `${who.en} ${people.length > 1 ? "are" : "is"} locked to a table that does not exist (there are ${m} tables).`,
    },
    "too-many-guests": {
      zh: `就餐${n}人，但${m}个座位不够。`,
      en: `${n} people dine but there are only ${m} seats.`,
    },
    "party-mixed-diets": {
      zh: `同行人员${who.zh}须同桌，但需要不同的专桌饮食。`,
      en: `${who.en} are one party but need different special-diet tables.`,
    },
    "no-room": {
      zh: diet
        ? `没有足够的桌位安排${diet}桌：${who.zh}无处就座。`
        : `${who.zh}无处就座：有空位的桌都有其“不同桌”的人员，或座位不够同行人员同桌。`,
      en: diet
        ? `There is no room for another ${diet} table: ${who.en} cannot be seated.`
        : `No table can take ${who.en}: every table with room has someone they must keep apart from, or too few seats for the party.`,
    },
  };
  return { kind, people: people.map((g) => g.id), tables, message: text[kind] };
}
