import { optimiseTables } from "../../../../src/core/seating/tables/optimise";
import type { TableResult } from "../../../../src/core/seating/tables/types";
import { RUN, guest, problem } from "./tableHarness";

function problems(r: TableResult) {
  if (r.status !== "infeasible") throw new Error(`expected infeasible, got ${r.status}`);
  expect(r).not.toHaveProperty("tables");
  return r.problems.map((p) => ({ kind: p.kind, people: p.people, tables: p.tables, zh: p.message.zh, en: p.message.en }));
}

const named = (id: string, name: string, extra = {}) => guest(id, { name, ...extra });

describe("optimiseTables — infeasible inputs give the people and the reason, and no plan", () => {
  it("more people locked to a table than it seats", () => {
    const gs = [1, 2, 3].map((i) => named(`A${i}`, `张${i}`, { lockedTable: 2 }));
    expect(problems(optimiseTables(problem(gs, [10, 2]), RUN))).toEqual([
      {
        kind: "locked-over-capacity",
        people: ["A1", "A2", "A3"],
        tables: [2],
        zh: "2号桌锁定了3人（张1（A1）、张2（A2）、张3（A3）），但该桌只有2个座位。",
        en: "Table 2 has 3 people locked to it (张1 (A1), 张2 (A2), 张3 (A3)) but only 2 seats.",
      },
    ]);
  });

  it("a party larger than any table", () => {
    const gs = [1, 2, 3].map((i) => named(`P${i}`, `Guest ${i}`, { party: "fam" }));
    const [p] = problems(optimiseTables(problem(gs, [2, 2]), RUN));
    expect(p.kind).toBe("party-too-large");
    expect(p.people).toEqual(["P1", "P2", "P3"]);
    expect(p.en).toBe(
      "The party of 3 (Guest 1 (P1), Guest 2 (P2), Guest 3 (P3)) must sit together, but the largest table has only 2 seats.",
    );
    expect(p.zh).toContain("最大的桌只有2个座位");
  });

  it("keep-apart inside a party", () => {
    const gs = [named("L", "李局长", { party: "x", keepApart: ["S"] }), named("S", "孙秘书", { party: "x" })];
    const [p] = problems(optimiseTables(problem(gs, 2), RUN));
    expect(p).toMatchObject({ kind: "keep-apart-in-party", people: ["L", "S"] });
    expect(p.zh).toBe("李局长（L）、孙秘书（S）是同行人员须同桌，却又登记为“不同桌”。");
  });

  it("contradictory locks: one party locked to two tables, and a keep-apart pair locked to one table", () => {
    const split = [named("A", "甲", { party: "p", lockedTable: 1 }), named("B", "乙", { party: "p", lockedTable: 3 })];
    expect(problems(optimiseTables(problem(split, 3), RUN))[0]).toMatchObject({
      kind: "contradictory-locks",
      people: ["A", "B"],
      tables: [1, 3],
    });
    const apart = [named("C", "丙", { lockedTable: 2, keepApart: ["D"] }), named("D", "丁", { lockedTable: 2 })];
    const [p] = problems(optimiseTables(problem(apart, 3), RUN));
    expect(p).toMatchObject({ kind: "contradictory-locks", people: ["C", "D"], tables: [2] });
    expect(p.en).toBe("丙 (C), 丁 (D) are marked to keep apart but are both locked to table 2.");
  });

  it("a lock to a table that does not exist", () => {
    const [p] = problems(optimiseTables(problem([named("A", "甲", { lockedTable: 9 }), guest("B")], 3), RUN));
    expect(p).toMatchObject({ kind: "locked-no-such-table", people: ["A"] });
    expect(p.zh).toBe("甲（A）锁定的桌号不存在（共3桌）。");
  });

  it("more guests than seats", () => {
    const gs = Array.from({ length: 21 }, (_, i) => guest(`G${i}`));
    const [p] = problems(optimiseTables(problem(gs, 2), RUN));
    expect(p).toMatchObject({ kind: "too-many-guests", en: "21 people dine but there are only 20 seats." });
  });

  it("no table left for someone everybody must keep apart from", () => {
    // A, B and C need two tables between them, so no table is free of them for X.
    const gs = [guest("X", { keepApart: ["A", "B", "C"] }), guest("A"), guest("B"), guest("C")];
    const [p] = problems(optimiseTables(problem(gs, [2, 2]), RUN));
    expect(p.kind).toBe("no-room");
    expect(p.people).toHaveLength(1);
    expect(p.en).toMatch(/^No table can take .+: every table with room has someone they must keep apart from/);
  });

  it("lists every problem at once", () => {
    const gs = [
      named("A", "甲", { lockedTable: 1 }),
      named("B", "乙", { lockedTable: 1 }),
      named("C", "丙", { party: "q", keepApart: ["D"] }),
      named("D", "丁", { party: "q" }),
    ];
    expect(problems(optimiseTables(problem(gs, [1, 4]), RUN)).map((p) => p.kind)).toEqual(["locked-over-capacity", "keep-apart-in-party"]);
  });
});
