import type { CellValue } from "../../../src/core/cellValue";
import { outputTarget } from "../../../src/core/plan/outputTarget";
import type { SheetWrite } from "../../../src/core/plan/writePlan";
import { roomSheet } from "../../../src/core/rooms/roomSheet";
import { allocate, guest } from "./roomFixtures";

const target = outputTarget({ sheetNames: ["参会人员"], owned: [] }, "roomAllocation", "住宿分配");
const grid = (s: SheetWrite): CellValue[][] => s.values[0].values;
const rowOf = (s: SheetWrite, first: CellValue) => grid(s).findIndex((r) => r[0] === first);

describe("roomSheet", () => {
  const a = allocate(
    [
      guest("张伟", "男", { room: "1208", locked: "是" }),
      guest("李强", "男"),
      guest("王刚", "男", { in: "2026-12-08 10:00" }),
      guest("刘洋", "男", { hotel: "如家酒店" }),
      guest("李娜", "女", { type: "大床房" }),
    ],
    { spareRooms: 1 },
  );
  const sheet = roomSheet({ target, lang: "zh", allocation: a, subtitle: "2026年度工作会议", currency: "人民币" });

  it("is the add-in's 住宿分配 sheet with a title and a summary line", () => {
    expect(sheet).toMatchObject({ name: "住宿分配", owner: "roomAllocation", mode: "replace" });
    expect(grid(sheet)[0][0]).toBe("住宿分配 — 2026年度工作会议");
    expect(grid(sheet)[1][0]).toBe("已安排4人、3间（另有机动房1间）；未能安排1人。");
  });

  it("lists each room with occupants, nights, dates and cost in the currency, and totals per hotel", () => {
    const g = grid(sheet);
    expect(g[3]).toEqual(["酒店", "房型", "房号", "入住人", "人数", "晚数", "入住日期", "房价", "费用", "备注"]);
    expect(g[4]).toEqual(["滨江国际酒店", "标准间", "1208", "张伟（男）", 1, 2, "12月9日–12月11日", 480, 960, "锁定"]);
    expect(g[5]).toEqual(["滨江国际酒店", "标准间", "标准间-01", "李强（男）、王刚（男）", 2, 3, "12月8日–12月11日", 480, 1440, ""]);
    expect(g.find((r) => r[9] === "机动房（空置备用）")?.[2]).toBe("标准间-03");
    const sub = g[rowOf(sheet, "滨江国际酒店") + 4];
    expect(sub).toEqual(["滨江国际酒店", "小计", "4间", "", 4, 10, "", "", 960 + 1440 + 1040 + 1440, ""]);
    expect(g[rowOf(sheet, "合计")][8]).toBe(4880);
    expect(sheet.formats).toContainEqual({ range: { row: 4, col: 7, rows: 4, cols: 2 }, numberFormat: '"¥"#,##0.00' });
    expect(sheet.links).toContainEqual({ row: 4, col: 3, sheet: "参会人员", cell: "A2", text: "张伟（男）" });
  });

  it("shows each night's rooms against the block, highlighting a night over it", () => {
    const g = grid(sheet);
    const head = rowOf(sheet, "每晚用房与预留对照") + 1;
    expect(g[head].slice(0, 7)).toEqual(["酒店", "房型", "日期（晚）", "已用", "机动房", "预留", "状态"]);
    expect(g[head + 1].slice(0, 7)).toEqual(["滨江国际酒店", "标准间", "12月8日", 1, 1, 3, ""]);
    expect(g[head + 2].slice(0, 7)).toEqual(["滨江国际酒店", "标准间", "12月9日", 2, 1, 3, "已满"]);
    const over = allocate([
      guest("甲", "男", { type: "大床房", room: "1", locked: "是" }),
      guest("乙", "男", { type: "大床房", room: "2", locked: "是" }),
      guest("丙", "男", { type: "大床房", room: "3", locked: "是" }),
    ]);
    const s = roomSheet({ target, lang: "zh", allocation: over });
    const row = grid(s).findIndex((r) => r[6] === "超出预留");
    expect(grid(s)[row].slice(3, 6)).toEqual([3, 0, 2]);
    const overFill = s.formats!.find((f) => f.fill === "#F8D7DA" && f.range.row <= row && row < f.range.row + f.range.rows);
    expect(overFill).toMatchObject({ range: { col: 0, cols: 7 }, bold: true });
  });

  it("lists the people not placed with the reason and a link to the roster cell", () => {
    const g = grid(sheet);
    const head = rowOf(sheet, "未能安排住宿的人员") + 1;
    expect(g[head].slice(0, 4)).toEqual(["姓名", "单位", "名单单元格", "原因"]);
    expect(g[head + 1].slice(0, 4)).toEqual([
      "刘洋",
      "市财政局",
      "参会人员!I5",
      "刘洋（市财政局）的酒店“如家酒店”不在“酒店”表中，无法分房。",
    ]);
    expect(sheet.links).toContainEqual({ row: head + 1, col: 2, sheet: "参会人员", cell: "I5", text: "参会人员!I5" });
  });

  it("speaks English for an English workbook and says when everyone is housed", () => {
    const s = roomSheet({ target: { ...target, name: "Room Allocation" }, lang: "en", allocation: allocate([guest("Alice Chen", "女")]) });
    expect(grid(s)[3][0]).toBe("Hotel");
    expect(grid(s)[4][3]).toBe("Alice Chen (F)");
    expect(grid(s).some((r) => r[0] === "Everyone who needs a room has one.")).toBe(true);
    expect(grid(s).every((r) => r.length === 10)).toBe(true);
  });

  it("prints the room list with its header on every page, and the nightly check on a page of its own under its own header", () => {
    const hotels = [
      ["酒店", "房型", "房间数", "床位", "价格"],
      ["滨江国际酒店", "大床房", 200, 1, 520],
    ];
    const many = allocate(
      Array.from({ length: 90 }, (_, i) => guest(`宾客${i + 1}`, i % 2 ? "男" : "女", { type: "大床房" })),
      {},
      hotels,
    );
    const s = roomSheet({ target, lang: "zh", allocation: many });
    const g = grid(s);
    const breaks = s.page!.breaksBefore!;
    expect(breaks.length).toBeGreaterThanOrEqual(2);
    // Not "fit to width", which would make Excel drop the breaks: a scale of its own.
    expect(s.page).toMatchObject({ fitToWidth: false, orientation: "landscape" });
    expect(s.page!.titleRows).toBeUndefined();
    const nightly = rowOf(s, "每晚用房与预留对照");
    expect(breaks).toContain(nightly);
    for (const b of breaks.filter((b) => b < nightly)) expect(g[b][0]).toBe("酒店");
    expect(g[nightly + 1][2]).toBe("日期（晚）");
    // The room header is never printed over the nightly table.
    expect(g.slice(nightly).some((r) => r[3] === "入住人")).toBe(false);
  });
});
