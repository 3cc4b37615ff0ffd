import type { CellValue } from "../../../../src/core/cellValue";
import { readSignInSettings } from "../../../../src/core/documents/signIn";
import { workbook } from "../../rules/ruleHarness";
import { EVENT } from "./signInFixture";

const read = (rows: CellValue[][], sheet = "会议信息") => readSignInSettings(workbook({ [sheet]: rows }).event);

describe("readSignInSettings", () => {
  it("groups by organisation unless the Event sheet says 分组", () => {
    expect(read(EVENT).settings.groupBy).toBe("organisation");
    expect(read([...EVENT, ["签到分组", "分组"]]).settings.groupBy).toBe("group");
    expect(
      read(
        [
          ["Event name", "X"],
          ["Sign-in by", "Group"],
        ],
        "Event",
      ).settings.groupBy,
    ).toBe("group");
    expect(read([...EVENT, ["签到分组", "单位"]]).settings.groupBy).toBe("organisation");
  });

  it("reports a value it does not recognise and keeps the default", () => {
    const { settings, findings } = read([...EVENT, ["签到分组", "按姓氏"]]);
    expect(settings.groupBy).toBe("organisation");
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.id}`)).toEqual(["会议信息!B4 settings.invalid"]);
  });
});
