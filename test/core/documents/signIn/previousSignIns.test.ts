import type { SheetWrite } from "../../../../src/core/plan/writePlan";
import { signInSheet } from "../../../../src/core/documents/signIn";
import type { SheetSnapshot } from "../../../../src/workbook/gateway";
import { parsed, ROSTER, TARGET } from "./signInFixture";

const snapshotOf = (sheet: SheetWrite): SheetSnapshot => ({
  name: sheet.name,
  top: 0,
  left: 0,
  values: sheet.values[0].values.map((r) => [...r]),
});
const rowOf = (sheet: SheetWrite, name: string) => sheet.values[0].values.find((r) => r[1] === name);

describe("sign-in times typed into the sheet", () => {
  const first = signInSheet({ target: TARGET, lang: "zh", parsed: parsed() }).sheet;
  const typed = snapshotOf(first);
  typed.values.find((r) => r[1] === "张伟")![4] = 46366.35;
  typed.values.find((r) => r[1] === "李娜")![5] = "已签";

  it("are kept on a re-run, on the same person's row, and a third run changes nothing", () => {
    const again = signInSheet({ target: TARGET, lang: "zh", parsed: parsed(), previous: typed }).sheet;
    expect(rowOf(again, "张伟")!.slice(4)).toEqual([46366.35, ""]);
    expect(rowOf(again, "李娜")!.slice(4)).toEqual(["", "已签"]);
    expect(rowOf(again, "王强")!.slice(4)).toEqual(["", ""]);
    const third = signInSheet({ target: TARGET, lang: "zh", parsed: parsed(), previous: snapshotOf(again) }).sheet;
    expect(third.values).toEqual(again.values);
  });

  it("keep someone who signed in and has since left the list, in a last group", () => {
    const roster = ROSTER.map((r) => (r[0] === "张伟" ? [...r.slice(0, 5), "请假", r[6]] : r));
    const sheet = signInSheet({ target: TARGET, lang: "zh", parsed: parsed(undefined, roster), previous: typed }).sheet;
    const grid = sheet.values[0].values;
    const gone = grid.findIndex((r) => r[0] === "已签到但已不在名单中（1人）");
    expect(gone).toBeGreaterThan(0);
    expect(grid[gone + 1].slice(1)).toEqual(["张伟", "市财政局", "局长", 46366.35, ""]);
  });
});
