import type { CellValue } from "../../src/core/cellValue";
import { generateConference, type GeneratedWorkbook } from "../../samples/generator";
import type { FixtureWorkbook } from "../workbook/gatewayHarness";

/** The sample generator's Chinese conference (planted mistakes included), and the same as a fake Excel's starting state. */
export function conference(attendees: number, seed = 11): { generated: GeneratedWorkbook; fixture: FixtureWorkbook } {
  const generated = generateConference({ lang: "zh", attendees, seed, mistakes: true });
  return { generated, fixture: { sheets: generated.sheets.map((s) => ({ name: s.name, rows: s.rows })) } };
}

/**
 * A table-assignment-like output of `count` rows, 12 columns, built from the people of a
 * generated roster (taken again from the top when `count` is larger).
 */
export function tableAssignmentRows(roster: readonly CellValue[][], count: number): CellValue[][] {
  const header = roster[0];
  const at = (title: string) => header.indexOf(title);
  const picked = ["编号", "姓名", "性别", "单位", "职务", "身份", "电话", "生活习俗", "锁定", "备注"].map(at);
  const people = roster.slice(1);
  const rows: CellValue[][] = [["桌号", "座位", ...picked.map((c) => header[c])]];
  for (let i = 0; i < count; i++) {
    const p = people[i % people.length];
    rows.push([1 + Math.floor(i / 10), 1 + (i % 10), ...picked.map((c) => p[c])]);
  }
  return rows;
}
