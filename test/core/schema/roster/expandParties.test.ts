import { parse, sheet, withId } from "../fixtures";

const names = (wb: ReturnType<typeof parse>) => wb.roster.records.map((r) => r.fields.name?.value);

describe("rows that name several people", () => {
  it("reads each name of a Group members cell as a person of one party, the row's name as the household's", () => {
    const wb = parse(
      sheet("Invitations", [
        ["Name", "Group members", "Table"],
        ["Chen family", "Alice Chen, Bob Chen & Carol Chen", ""],
        ["王芳", "王芳、李强", ""],
        ["赵磊", "孙丽", ""],
      ]),
    );
    expect(names(wb)).toEqual(["Alice Chen", "Bob Chen", "Carol Chen", "王芳", "李强", "赵磊", "孙丽"]);
    const parties = wb.roster.records.map((r) => r.fields.party?.value);
    expect(new Set(parties.slice(0, 3)).size).toBe(1);
    expect(parties[3]).toBe(parties[4]);
    expect(parties[3]).not.toBe(parties[0]);
    expect(withId(wb.findings, "parse.party-rows")).toHaveLength(1);
  });

  it("counts unnamed guests from a party size, a couple's name and a '+1'", () => {
    const wb = parse(
      sheet("Guests", [
        ["Name", "Party size"],
        ["Mr. & Mrs. Smith", 2],
        ["John Lee (+2)", ""],
        ["Ann Wu", 3],
        ["Tom Ng", ""],
        ["+1", ""],
      ]),
    );
    expect(names(wb)).toEqual([
      "Mr. Smith",
      "Mrs. Smith",
      "John Lee",
      "Guest of John Lee (1)",
      "Guest of John Lee (2)",
      "Ann Wu",
      "Guest of Ann Wu (1)",
      "Guest of Ann Wu (2)",
      "Tom Ng",
      "Guest of Tom Ng",
    ]);
    // The "+1" row's guest sits with Tom Ng.
    const tom = wb.roster.records[8];
    expect(wb.roster.records[9].fields.party?.value).toBe(tom.fields.party?.value);
    // A companion is a person of the row, pointing at its cells, but with no phone or ID of their own.
    expect(wb.roster.records[3]).toMatchObject({ row: 2, part: 1 });
  });

  it("names a Chinese guest's companions in Chinese", () => {
    const wb = parse(
      sheet("名单", [
        ["姓名", "同行人数"],
        ["王芳", 2],
      ]),
    );
    expect(names(wb)).toEqual(["王芳", "王芳的同行人员"]);
  });

  it("does not split a name that merely contains 和", () => {
    const wb = parse(
      sheet("名单", [
        ["姓名", "成员"],
        ["", "王和平"],
      ]),
    );
    expect(names(wb)).toEqual(["王和平"]);
  });

  it("lets the rules check a row once, through its own person", () => {
    const wb = parse(
      sheet("Guests", [
        ["Name", "Party size", "Phone"],
        ["Ann Wu", 3, "12"],
      ]),
    );
    expect(wb.roster.records).toHaveLength(3);
  });
});

describe("a party key typed once per group", () => {
  it("reads the blanks under a filled key as the same party, and says so once", () => {
    const wb = parse(
      sheet("Guests", [
        ["Family", "Name", "Table"],
        ["F1", "Alice Chen", ""],
        ["", "Bob Chen", ""],
        ["F2", "Carol Wu", ""],
        ["", "Dan Wu", ""],
        ["", "Eve Wu", ""],
      ]),
    );
    expect(wb.roster.records.map((r) => r.fields.party?.value)).toEqual(["F1", "F1", "F2", "F2", "F2"]);
    const [note] = withId(wb.findings, "parse.same-as-above");
    expect(note).toMatchObject({ severity: "info", cell: "A3" });
  });

  it("leaves blanks alone when the key is typed on every member, or names a person", () => {
    const everyRow = parse(
      sheet("Guests", [
        ["Family", "Name"],
        ["F1", "A B"],
        ["F1", "C B"],
        ["", "D E"],
      ]),
    );
    expect(everyRow.roster.records.map((r) => r.fields.party?.value)).toEqual(["F1", "F1", undefined]);
    const aides = parse(
      sheet("名单", [
        ["姓名", "同行"],
        ["陈刚江", ""],
        ["徐欣", "陈刚江"],
        ["王芳", ""],
        ["李娜", "王芳"],
        ["张伟", ""],
      ]),
    );
    expect(aides.roster.records.map((r) => r.fields.party?.value)).toEqual([undefined, "陈刚江", undefined, "王芳", undefined]);
  });
});

describe("the same person twice", () => {
  it("marks the later row of the same name (spaces aside) and phone, or the same ID number", () => {
    const wb = parse(
      sheet("名单", [
        ["姓名", "电话", "身份证号"],
        ["王芳", "13800138000", ""],
        ["李娜", "13900139000", "110101199003071234"],
        ["王 芳", "138 0013 8000", ""],
        ["李 娜", "", "110101199003071234"],
      ]),
    );
    expect(wb.roster.records.map((r) => r.duplicateOf)).toEqual([undefined, undefined, 1, 2]);
  });

  it("merges the same name with the same number as other countries write it at home", () => {
    const rows = [
      ["Name", "Phone"],
      ["Ava Smith", "0412 555 100"],
      ["Ben Smith", "(555) 123-4567"],
      ["Ava  Smith", "0412-555-100"],
      ["Ben Smith", "(555) 123-4568"],
    ];
    const wb = parse(sheet("Guests", rows));
    expect(wb.roster.records.map((r) => r.duplicateOf)).toEqual([undefined, undefined, 1, undefined]);
  });

  it("does not merge different names sharing a group's contact phone", () => {
    const rows = ["王芳", "李娜", "张伟", "刘洋"].map((n) => [n, "13800138000"]);
    const wb = parse(sheet("名单", [["姓名", "电话"], ...rows]));
    expect(wb.roster.records.every((r) => r.duplicateOf === undefined)).toBe(true);
  });
});

describe("rows marked as removed", () => {
  it("reads REMOVE, 删除 and 不参加 in a status column as cancelled", () => {
    const wb = parse(
      sheet("Guests", [
        ["Name", "Status"],
        ["A B", "REMOVE"],
        ["C D", "删除"],
        ["E F", "不参加"],
        ["G H", "Attending"],
      ]),
    );
    expect(wb.roster.records.map((r) => r.fields.status?.value)).toEqual(["cancelled", "cancelled", "cancelled", "confirmed"]);
  });
});
