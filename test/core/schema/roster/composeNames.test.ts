import { wholeName } from "../../../../src/core/schema/roster/composeNames";
import { parse, sheet } from "../fixtures";

describe("wholeName", () => {
  it("joins Chinese names family name first, without a space", () => {
    expect(wholeName("王", "芳")).toBe("王芳");
    expect(wholeName("欧阳", "修")).toBe("欧阳修");
  });

  it("joins Latin names given name first", () => {
    expect(wholeName("Chen", "Alice")).toBe("Alice Chen");
  });

  it("uses the part there is", () => {
    expect(wholeName(undefined, "Alice")).toBe("Alice");
    expect(wholeName("王", "")).toBe("王");
  });
});

describe("split names in a roster", () => {
  it("makes one person of First and Last name, pointing at the first part's cell", () => {
    const wb = parse(
      sheet("Guests", [
        ["Email", "First Name", "Last Name"],
        ["a@example.org", "Alice", "Chen"],
      ]),
    );
    const p = wb.roster.records[0];
    expect(p.fields.name).toMatchObject({ value: "Alice Chen", address: "B2" });
    expect(wb.roster.columns.get("name")).toMatchObject({ col: 1, derived: true, header: "Last Name + First Name" });
    expect(wb.roster.missingColumns.map((c) => c.key)).not.toContain("name");
  });

  it("makes one person of 姓 and 名", () => {
    const wb = parse(
      sheet("名单", [
        ["姓", "名", "单位"],
        ["王", "芳", "市财政局"],
      ]),
    );
    expect(wb.roster.records[0].fields.name).toMatchObject({ value: "王芳", address: "A2" });
  });

  it("keeps a whole-name column and fills only its empty rows from the parts", () => {
    const wb = parse(
      sheet("Guests", [
        ["Name", "Legal First Name", "Legal Last Name", "Preferred name"],
        ["Bobby Li", "Robert", "Li", "Bob"],
        ["", "Carol", "Wu", ""],
      ]),
    );
    expect(wb.roster.records.map((r) => r.fields.name?.value)).toEqual(["Bobby Li", "Carol Wu"]);
    expect(wb.roster.records[0].fields.badgeName?.value).toBe("Bob");
    expect(wb.roster.columns.get("name")?.derived).toBeUndefined();
  });
});
