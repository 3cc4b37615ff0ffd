import type { CellValue } from "../../../../src/core/cellValue";
import { tableSheet } from "../../../../src/core/seating/tables/tableSheet";
import type { PlannedTable, TableResult } from "../../../../src/core/seating/tables/types";
import type { OutputTarget } from "../../../../src/core/plan/outputTarget";
import { guest } from "./tableHarness";

const target: OutputTarget = { name: "桌次安排", mode: "replace", owner: "tableAssignment", exists: false, marker: "none" };
const guests = [
  guest("A", { name: "张伟", organisation: "市政府", vip: true }),
  guest("B", { name: "李娜", organisation: "市教育局" }),
  guest("C", { name: "王芳", organisation: "市教育局" }),
  guest("D", { name: "赵强", organisation: "市财政局" }),
  guest("E", { name: "钱明", organisation: "市财政局" }),
];
const tables: PlannedTable[] = [
  {
    table: 2,
    capacity: 10,
    guests: [
      { id: "E", name: "钱明", seat: 1, role: "host" },
      { id: "D", name: "赵强", seat: 6, role: "deputy" },
    ],
  },
  {
    table: 1,
    capacity: 10,
    guests: [
      { id: "A", name: "张伟", seat: 1, role: "host" },
      { id: "C", name: "王芳", seat: 10, role: "guest", guestNo: 2 },
      { id: "B", name: "李娜", seat: 2, role: "guest", guestNo: 1 },
    ],
  },
];
const zero = { total: 0, grouping: 0, even: 0, alone: 0 };
const ok: TableResult = { status: "ok", tables, objective: zero, baseline: zero, iterations: 0, warnings: [] };
const diets = new Map([
  ["A", "清真"],
  ["B", "清真，不吃辣"],
  ["C", "素食"],
  ["D", ""],
  ["E", "清真"],
]);

const grid = (values: CellValue[][]) => ({
  row: (first: CellValue) => values.find((r) => r[0] === first),
  rowsFrom: (label: CellValue) => values.slice(values.findIndex((r) => r[0] === label) + 1),
  text: values.map((r) => r.join("|")).join("\n"),
});

describe("tableSheet", () => {
  it("lists every guest table by table in seat order, with role, organisation, diet and VIP (zh)", () => {
    const sheet = tableSheet({ result: ok, problem: { guests, convention: "chinese" }, diets, target, lang: "zh", eventName: "年度会" });
    const v = sheet.values[0].values;
    expect(v[0][0]).toBe("桌次安排 — 年度会");
    expect(v[1][0]).toContain("主陪（1号座）面向门");
    const body = grid(v).rowsFrom("桌号").slice(0, 5);
    expect(body).toEqual([
      [1, 1, "主陪", "张伟", "市政府", "清真", "是"],
      [1, 2, "主宾", "李娜", "市教育局", "清真，不吃辣", ""],
      [1, 10, "副主宾", "王芳", "市教育局", "素食", ""],
      [2, 1, "主陪", "钱明", "市财政局", "清真", ""],
      [2, 6, "副主陪", "赵强", "市财政局", "", ""],
    ]);
    expect(sheet.owner).toBe("tableAssignment");
  });

  it("tells the kitchen per table how many guests and which diets, and the totals", () => {
    const v = tableSheet({ result: ok, problem: { guests, convention: "chinese" }, diets, target, lang: "zh" }).values[0].values;
    const kitchen = grid(v).rowsFrom("厨房汇总（按桌）");
    expect(kitchen[0].slice(0, 4)).toEqual(["桌号", "人数", "专桌", "饮食需求"]);
    expect(kitchen[1].slice(0, 4)).toEqual([1, 3, "", "清真 2、不吃辣 1、素食 1"]);
    expect(kitchen[2].slice(0, 4)).toEqual([2, 2, "", "清真 1"]);
    expect(kitchen[3][0]).toBe("合计：2桌，5人");
    expect(kitchen[3][3]).toBe("清真 3、不吃辣 1、素食 1");
  });

  it("speaks English in an English workbook, with the international convention", () => {
    const v = tableSheet({ result: ok, problem: { guests, convention: "international" }, diets, target, lang: "en" }).values[0].values;
    expect(v[0][0]).toBe("Table Assignment");
    expect(v[1][0]).toMatch(/^International convention: the host \(seat 1\) faces the door/);
    expect(grid(v).rowsFrom("Table")[1].slice(0, 4)).toEqual([1, 2, "Guest 1", "李娜"]);
    expect(grid(v).text).toContain("Total: 2 tables, 5 guests");
    expect(grid(v).row(2)?.[2]).toBe("Host");
  });

  it("without a plan lists each problem with the people and the reason, and assigns nobody", () => {
    const result: TableResult = {
      status: "infeasible",
      warnings: [],
      problems: [
        {
          kind: "contradictory-locks",
          people: ["B", "C"],
          tables: [3],
          message: { zh: "李娜、王芳登记为“不同桌”，却都锁定在3号桌。", en: "x" },
        },
      ],
    };
    const v = tableSheet({ result, problem: { guests, convention: "chinese" }, target, lang: "zh" }).values[0].values;
    expect(grid(v).rowsFrom("涉及人员")).toEqual([["李娜、王芳", "3", "李娜、王芳登记为“不同桌”，却都锁定在3号桌。"]]);
    expect(grid(v).text).not.toContain("主陪 ");
    expect(grid(v).row("桌号")).toBeUndefined();
  });
});
