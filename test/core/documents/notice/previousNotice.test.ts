import { readPreviousNotice } from "../../../../src/core/documents/notice/previousNotice";

const snap = (values: (string | number)[][], top = 0, left = 0) => ({ name: "会议通知", top, left, values });
const HEADER = ["说明", "自动生成的原文（不打印）", "键"];

describe("readPreviousNotice", () => {
  it("finds edited text by comparing it with the generated copy on the same row", () => {
    const prev = readPreviousNotice(
      snap([
        HEADER,
        ["关于召开年会的通知", "关于召开年会的通知", "title"],
        ["　　二、会议地点：三楼。", "　　二、会议地点：六楼。", "venue"],
        ["", "　　六、着装要求：正装。", "dressCode"],
      ]),
    );
    expect([...prev.edited]).toEqual([
      ["venue", "　　二、会议地点：三楼。"],
      ["dressCode", ""],
    ]);
    expect(prev.added.size).toBe(0);
  });

  it("anchors the planner's own rows to the generated row above them and ignores blank rows", () => {
    const prev = readPreviousNotice(
      snap([
        HEADER,
        ["附言在最前", "", ""],
        ["正文", "正文", "opening"],
        ["", "", ""],
        ["　　九、其他：补充。", "", ""],
        ["重复的行", "正文", "opening"],
      ]),
    );
    expect([...prev.added]).toEqual([
      ["", [["附言在最前", "", ""]]],
      [
        "opening",
        [
          ["　　九、其他：补充。", "", ""],
          ["重复的行", "正文", "opening"],
        ],
      ],
    ]);
  });

  it("keeps a planner's row whole, with whatever it holds right of the key column", () => {
    const prev = readPreviousNotice(snap([HEADER, ["正文", "正文", "opening", ""], ["补充", "", "", "备忘"]]));
    expect(prev.added.get("opening")).toEqual([["补充", "", "", "备忘"]]);
  });

  it("reads a used range that starts right of column A or below row 1 in place", () => {
    // Column A was cleared: the range starts at B, and the empty text is the planner's edit.
    const prev = readPreviousNotice(snap([["原文", "venue"]], 3, 1));
    expect([...prev.edited]).toEqual([["venue", ""]]);
    expect(readPreviousNotice(snap([["改过", "原文", "venue"]], 5, 0)).edited.get("venue")).toBe("改过");
    expect(readPreviousNotice(undefined)).toEqual({ edited: new Map(), added: new Map() });
  });

  it("never reads the how-to row as a line of the notice", () => {
    const prev = readPreviousNotice(snap([["改过的说明", "", "venue"]]));
    expect(prev).toEqual({ edited: new Map(), added: new Map() });
  });

  describe("a notice of the earlier layout (label A, text B, copy C, key D)", () => {
    const legacy = snap([
      ["说明", "", "自动生成", "键"],
      ["", "关于召开年会的通知", "关于召开年会的通知", "title"],
      ["一、会议名称", "年会", "年会", "name"],
      ["六、会址", "三楼报告厅", "六楼", "venue"],
      ["九、其他", "请自带茶杯", "", ""],
      ["八、注意事项", "请准时", "请准时", "notes"],
      ["联系人", "刘莹", "刘莹", "contact"],
      ["联系电话", "010-12345678（工作日）", "010-12345678", "contactPhone"],
      ["", "", "", ""],
      ["", "此页无正文", "", ""],
    ]);

    it("keeps each edited or added row as one paragraph of the new layout, after the line it followed", () => {
      const prev = readPreviousNotice(legacy);
      // Untouched rows are generated again; nothing is kept as an edit of a new line.
      expect(prev.edited.size).toBe(0);
      expect([...prev.added]).toEqual([
        [
          "venue",
          [
            ["六、会址三楼报告厅", "", ""],
            ["九、其他请自带茶杯", "", ""],
          ],
        ],
        [
          // 联系电话 is no line of its own any more: it follows the contact line.
          "contact",
          [
            ["联系电话010-12345678（工作日）", "", ""],
            ["此页无正文", "", ""],
          ],
        ],
      ]);
    });

    it("is recognised wherever its used range starts", () => {
      const shifted = { ...legacy, top: 1, values: legacy.values.slice(1) };
      expect(readPreviousNotice(shifted)).toEqual(readPreviousNotice(legacy));
    });
  });
});
