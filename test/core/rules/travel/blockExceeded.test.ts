import type { CellValue } from "../../../../src/core/cellValue";
import { blockExceeded } from "../../../../src/core/rules/travel/blockExceeded";
import { brief, check } from "../ruleHarness";
import { EVENT, withSetting } from "./fixtures";

const hotels = [
  ["酒店", "房型", "房间数", "床位"],
  ["滨江国际酒店", "标准间", 2, 2],
  ["滨江国际酒店", "大床房", 1, 1],
];

const HEAD = ["姓名", "性别", "回执", "抵达时间", "返程时间", "酒店", "房型", "房号", "同住人"];
const IN = "2026-12-09 15:00";
const OUT = "2026-12-11 18:00";
/** A guest of the 滨江国际酒店 for the whole meeting (nights of 9 and 10 December) unless told otherwise. */
const guest = (
  name: string,
  gender: string,
  type: string,
  more: Partial<Record<"status" | "in" | "out" | "room" | "mate", string>> = {},
) => [name, gender, more.status ?? "已确认", more.in ?? IN, more.out ?? OUT, "滨江国际酒店", type, more.room ?? "", more.mate ?? ""];
const run = (...rows: CellValue[][]) => check(blockExceeded, { 会议信息: EVENT, 参会人员: [HEAD, ...rows], 酒店: hotels });

describe("travel.block-exceeded", () => {
  it("is an error per night when a type needs more rooms than the block holds, at the block's rooms cell", () => {
    const f = run(...["张伟", "李强", "王刚", "刘洋", "朱光"].map((n) => guest(n, "男", "标准间")));
    expect(brief(f)).toEqual(["error 酒店!C2 travel.block-exceeded", "error 酒店!C2 travel.block-exceeded"]);
    expect(f[0].message.zh).toBe("滨江国际酒店标准间12月9日晚需要3间，预留只有2间，缺1间。");
    expect(f[1].message.en).toBe("滨江国际酒店, 标准间: 3 rooms needed on the night of 10 Dec, 2 held (1 short).");
  });

  it("fills twin rooms two to a room, men and women apart", () => {
    expect(run(...["张伟", "李强", "王刚", "刘洋"].map((n) => guest(n, "男", "标准间")))).toEqual([]);
    const mixed = run(
      guest("张伟", "男", "标准间"),
      guest("李强", "男", "标准间"),
      guest("王刚", "男", "标准间"),
      guest("李娜", "女", "标准间"),
    );
    expect(mixed).toHaveLength(2);
    // Someone whose gender is not given sleeps alone, as the room allocator houses them.
    const blockOfOne = [hotels[0], ["滨江国际酒店", "标准间", 1, 2]];
    const rows = [HEAD, guest("张伟", "男", "标准间"), guest("Sam Lee", "", "标准间")];
    expect(check(blockExceeded, { 会议信息: EVENT, 参会人员: rows, 酒店: blockOfOne })).not.toEqual([]);
  });

  it("counts mutual roommates as one room only where the room allocator lets them share", () => {
    const blockOfOne = [hotels[0], ["滨江国际酒店", "标准间", 1, 2]];
    const pair = [HEAD, guest("张伟", "男", "标准间", { mate: "李强" }), guest("李强", "男", "标准间", { mate: "张伟" })];
    expect(check(blockExceeded, { 会议信息: EVENT, 参会人员: pair, 酒店: blockOfOne })).toEqual([]);
    // A man and a woman are housed apart unless 异性同住 allows couples; a one-bed room never takes two.
    const couple = [HEAD, guest("张伟", "男", "标准间", { mate: "李娜" }), guest("李娜", "女", "标准间", { mate: "张伟" })];
    expect(check(blockExceeded, { 会议信息: EVENT, 参会人员: couple, 酒店: blockOfOne })).not.toEqual([]);
    const couplesAllowed = [...EVENT, ["异性同住", "是"]];
    expect(check(blockExceeded, { 会议信息: couplesAllowed, 参会人员: couple, 酒店: blockOfOne })).toEqual([]);
    const doubleBed = [guest("张伟", "男", "大床房", { mate: "李娜" }), guest("李娜", "女", "大床房", { mate: "张伟" })];
    expect(brief(run(...doubleBed))).toEqual(["error 酒店!C3 travel.block-exceeded", "error 酒店!C3 travel.block-exceeded"]);
  });

  it("counts each night from arrival to the night before departure", () => {
    const relay = [
      guest("张伟", "男", "大床房", { in: "2026-12-09 15:00", out: "2026-12-10 18:00" }),
      guest("李强", "男", "大床房", { in: "2026-12-10 18:00", out: "2026-12-11 18:00" }),
    ];
    expect(run(...relay)).toEqual([]);
    const twoNights = [relay[1], guest("王刚", "男", "大床房", { in: "2026-12-09 20:00", out: "2026-12-12 10:00" })];
    expect(run(...twoNights).map((x) => x.message.en)).toEqual([
      "滨江国际酒店, 大床房: 2 rooms needed on the night of 10 Dec, 1 held (1 short).",
    ]);
  });

  it("takes a guest without times to stay from the check-in day to the last day", () => {
    const f = run(
      guest("张伟", "男", "大床房", { in: "", out: "" }),
      guest("李强", "男", "大床房", { in: "2026-12-09 10:00", out: "2026-12-10 09:00" }),
    );
    expect(f.map((x) => x.message.zh)).toEqual(["滨江国际酒店大床房12月9日晚需要2间，预留只有1间，缺1间。"]);
  });

  it("is a warning when only the unconfirmed guests overflow the block", () => {
    const f = run(guest("张伟", "男", "大床房"), guest("李强", "男", "大床房", { status: "待确认" }));
    expect(brief(f)).toEqual(["warning 酒店!C3 travel.block-exceeded", "warning 酒店!C3 travel.block-exceeded"]);
    expect(f[0].message.zh).toBe("滨江国际酒店大床房12月9日晚需要2间，预留只有1间，缺1间，其中有人回执尚未确认。");
  });

  it("counts numbered rooms as they are given", () => {
    const apart = [
      guest("张伟", "男", "标准间", { room: "801" }),
      guest("李强", "男", "标准间", { room: "802" }),
      guest("王刚", "男", "标准间", { room: "803" }),
    ];
    expect(run(...apart)).toHaveLength(2);
    const together = [
      guest("张伟", "男", "标准间", { room: "801" }),
      guest("李强", "男", "标准间", { room: "801" }),
      guest("王刚", "男", "标准间", { room: "802" }),
    ];
    expect(run(...together)).toEqual([]);
  });

  it("does not count people not coming, people who need no hotel, or types the Hotels sheet does not hold", () => {
    const rows = [
      guest("张伟", "男", "大床房"),
      guest("李强", "男", "大床房", { status: "取消" }),
      guest("王刚", "男", "大床房", { status: "请假" }),
      guest("刘洋", "男", "套房"),
    ];
    expect(run(...rows)).toEqual([]);
    const noHotel = [
      [...HEAD, "需住宿"],
      [...guest("张伟", "男", "大床房"), "是"],
      [...guest("李强", "男", "大床房"), "否"],
    ];
    expect(check(blockExceeded, { 会议信息: EVENT, 参会人员: noHotel, 酒店: hotels })).toEqual([]);
  });

  it("does nothing without a Hotels sheet", () => {
    expect(
      check(blockExceeded, { 会议信息: EVENT, 参会人员: [HEAD, guest("张伟", "男", "大床房"), guest("李强", "男", "大床房")] }),
    ).toEqual([]);
  });

  it("can be switched off on the Event sheet", () => {
    const off = withSetting(EVENT, "关闭的规则", "travel.block-exceeded");
    const rows = [HEAD, guest("张伟", "男", "大床房"), guest("李强", "男", "大床房")];
    expect(check(blockExceeded, { 会议信息: off, 参会人员: rows, 酒店: hotels })).toEqual([]);
  });

  it("without a beds column on the Hotels sheet says once that the check did not run", () => {
    const noBeds = hotels.map((r) => r.slice(0, 3));
    const rows = [HEAD, guest("张伟", "男", "大床房"), guest("李强", "男", "大床房")];
    expect(brief(check(blockExceeded, { 会议信息: EVENT, 参会人员: rows, 酒店: noBeds }))).toEqual(["info 酒店!D1 rules.missing-column"]);
  });
});
