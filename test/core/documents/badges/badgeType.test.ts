import { badgeTypeOf } from "../../../../src/core/documents/badges";
import { roster } from "./badgeFixture";

describe("badgeTypeOf", () => {
  const byName = new Map(roster().roster.records.map((p) => [p.fields.name!.value, badgeTypeOf(p)]));

  it("takes the roster's 证件类型 when given, even against the role", () => {
    expect(byName.get("王强")).toEqual({ badge: "observer", derived: false });
    expect(byName.get("李娜")).toEqual({ badge: "attendance", derived: false });
  });

  it("derives it from the role otherwise: attending roles 出席证, observers 列席证, staff 工作证", () => {
    expect(byName.get("张伟")).toEqual({ badge: "attendance", derived: true });
    expect(byName.get("郑雪")).toEqual({ badge: "attendance", derived: true });
    expect(byName.get("周杰")).toEqual({ badge: "attendance", derived: true });
    expect(byName.get("赵敏")).toEqual({ badge: "observer", derived: true });
    expect(byName.get("吴刚")).toEqual({ badge: "staff", derived: true });
  });

  it("gives an attendee badge when neither the badge nor the role is known", () => {
    expect(byName.get("钱进")).toEqual({ badge: "attendance", derived: true });
  });
});
