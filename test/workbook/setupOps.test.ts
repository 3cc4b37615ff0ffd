import type { SheetWrite } from "../../src/core/plan/writePlan";
import { ownershipStamp } from "../../src/workbook/ownership";
import { setupOps } from "../../src/workbook/setupOps";

function write(name: string, rest: Partial<SheetWrite> = {}): SheetWrite {
  return { name, mode: "replace", owner: "issues", exists: false, marker: "none", values: [], ...rest };
}

describe("setupOps", () => {
  it("opens with the checks of what the read saw, then adds every new sheet before any other change", () => {
    const ops = setupOps({
      sheets: [
        write("New A", { owner: "checklist" }),
        write("Issues", { exists: true, marker: "current" }),
        write("Rooms", { exists: true, owner: "roomAllocation", marker: "stale" }),
        write("New B", { owner: "minutes", marker: "stale" }),
        { name: "参会人员", mode: "create", exists: false, values: [] },
      ],
    }).map((o) => `${o.kind}:${o.sheet}`);
    expect(ops).toEqual([
      "expectSheet:Issues",
      "expectSheet:Rooms",
      "expectMarker:Issues",
      "expectMarker:Rooms",
      "expectMarker:New B",
      "addSheet:New A",
      "addSheet:New B",
      "addSheet:参会人员",
      "marker:New A",
      // A current marker is renewed: its stamp follows what A1 will hold.
      "marker:Issues",
      "marker:Rooms",
      "marker:New B",
      "clearSheet:Issues",
      "clearSheet:Rooms",
    ]);
  });

  it("checks a marker only when the read saw it, and says which state it saw", () => {
    const ops = setupOps({
      sheets: [
        write("A", { exists: true, marker: undefined }),
        write("B", { marker: "none" }),
        write("C", { exists: true, marker: "stale" }),
      ],
    });
    expect(ops.filter((o) => o.kind === "expectMarker")).toEqual([{ kind: "expectMarker", sheet: "C", owner: "issues", state: "stale" }]);
    // Without a state from the read, an existing sheet is taken to carry its marker already: renewed, not added.
    expect(ops.filter((o) => o.kind === "marker").map((o) => o.kind === "marker" && [o.sheet, o.state])).toEqual([
      ["A", "current"],
      ["B", "none"],
      ["C", "stale"],
    ]);
  });

  it("stamps every marker with what its sheet's A1 will hold", () => {
    const ops = setupOps({ sheets: [write("Issues", { values: [{ row: 0, col: 0, values: [["检查结果 — 年会"]] }] })] });
    expect(ops.find((o) => o.kind === "marker")).toMatchObject({ stamp: ownershipStamp("issues", "检查结果 — 年会") });
  });

  it("clears only sheets it replaces, and looks up a sheet to create that exists without clearing it", () => {
    const ops = setupOps({ sheets: [{ name: "参会人员", mode: "create", exists: true, values: [] }] });
    expect(ops).toEqual([{ kind: "expectSheet", sheet: "参会人员" }]);
  });
});
