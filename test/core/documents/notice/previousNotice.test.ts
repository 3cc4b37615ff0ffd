import { readPreviousNotice } from "../../../../src/core/documents/notice/previousNotice";

const snap = (values: (string | number)[][], top = 0, left = 0) => ({ name: "会议通知", top, left, values });

describe("readPreviousNotice", () => {
  it("finds edited text by comparing it with the generated copy on the same row", () => {
    const prev = readPreviousNotice(
      snap([
        ["说明", "", "自动生成", "键"],
        ["", "关于召开年会的通知", "关于召开年会的通知", "title"],
        ["六、会址", "三楼", "六楼", "venue"],
        ["七、着装", "", "正装", "dressCode"],
      ]),
    );
    expect([...prev.edited]).toEqual([
      ["venue", "三楼"],
      ["dressCode", ""],
    ]);
  });

  it("anchors the planner's own rows to the generated row above them and ignores blank rows", () => {
    const prev = readPreviousNotice(
      snap([
        ["说明", "", "自动生成", "键"],
        ["", "附言在最前", "", ""],
        ["", "正文", "正文", "opening"],
        ["", "", "", ""],
        ["九、其他", "补充", "", ""],
        ["", "重复的行", "正文", "opening"],
      ]),
    );
    expect([...prev.added]).toEqual([
      ["", [["", "附言在最前", "", ""]]],
      [
        "opening",
        [
          ["九、其他", "补充", "", ""],
          ["", "重复的行", "正文", "opening"],
        ],
      ],
    ]);
  });

  it("reads a used range that starts right of column A in place", () => {
    const prev = readPreviousNotice(snap([["改过", "原文", "venue"]], 3, 1));
    expect([...prev.edited]).toEqual([["venue", "改过"]]);
    expect(readPreviousNotice(undefined)).toEqual({ edited: new Map(), added: new Map() });
  });
});
