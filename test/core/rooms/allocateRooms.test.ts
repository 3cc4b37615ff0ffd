import { allocateRooms } from "../../../src/core/rooms";
import { workbook } from "../rules/ruleHarness";
import { withSetting } from "../rules/travel/fixtures";
import { allocate, EVENT, EVENT_EN, expectSound, guest, HEAD, HOTELS, roomLines, roomOf } from "./roomFixtures";

const BEDS: Record<string, number> = { 标准间: 2, 大床房: 1, 套房: 1 };
const beds = (_h: string, t: string) => BEDS[t] ?? 1;
const WITH_SUITE = [...HOTELS, ["滨江国际酒店", "套房", 1, 1, 980]];

describe("allocateRooms: beds and gender", () => {
  it("puts two of a gender in a twin and one in a single room, never more than the beds", () => {
    const a = allocate([
      guest("张伟", "男"),
      guest("李强", "男"),
      guest("王刚", "男"),
      guest("刘洋", "男", { type: "大床房" }),
      guest("朱光", "男", { type: "大床房" }),
    ]);
    expect(roomLines(a)).toEqual(["标准间-01: 张伟+李强", "标准间-02: 王刚", "大床房-03: 刘洋", "大床房-04: 朱光"]);
    expect(a.unplaceable).toEqual([]);
    expectSound(a, beds);
  });

  it("keeps men and women apart, and says so when the only bed left is in a room of the other gender", () => {
    const two = allocate([guest("张伟", "男"), guest("李娜", "女"), guest("李强", "男")]);
    expect(roomLines(two)).toEqual(["标准间-01: 张伟+李强", "标准间-02: 李娜"]);
    const oneRoom = [
      ["酒店", "房型", "房间数", "床位"],
      ["滨江国际酒店", "标准间", 1, 2],
    ];
    const a = allocate([guest("张伟", "男"), guest("李娜", "女")], {}, oneRoom);
    expect(roomLines(a)).toEqual(["标准间-01: 张伟"]);
    expect(a.unplaceable).toMatchObject([{ name: "李娜", reason: "noSameGender", night: "2026-12-09", cell: "J3" }]);
    expect(a.unplaceable[0].message.zh).toContain("12月9日晚剩余床位都在异性");
    expect(a.unplaceable[0].message.en).toContain("no same-gender roommate possible");
  });

  it("gives someone whose gender is not given a room alone", () => {
    const a = allocate([guest("张伟", "男"), guest("Sam Lee", ""), guest("李强", "男")]);
    expect(roomLines(a)).toEqual(["标准间-01: 张伟+李强", "标准间-02: Sam Lee"]);
  });
});

describe("allocateRooms: roommate requests", () => {
  const org = (o: string) => ({ org: o });
  it("honours a mutual request over colleagues sharing, and ignores a one-sided one", () => {
    const oneSided = allocate([
      guest("张伟", "男", { ...org("甲"), mate: "王刚" }),
      guest("李强", "男", org("甲")),
      guest("王刚", "男", org("乙")),
      guest("赵六", "男", org("乙")),
    ]);
    expect(roomOf(oneSided, "张伟")).toBe(roomOf(oneSided, "李强"));
    expect(roomOf(oneSided, "王刚")).toBe(roomOf(oneSided, "赵六"));
    const mutual = allocate([
      guest("张伟", "男", { ...org("甲"), mate: "王刚" }),
      guest("李强", "男", org("甲")),
      guest("王刚", "男", { ...org("乙"), mate: "张伟" }),
      guest("赵六", "男", org("乙")),
    ]);
    expect(roomOf(mutual, "张伟")).toBe(roomOf(mutual, "王刚"));
    expect(roomOf(mutual, "李强")).toBe(roomOf(mutual, "赵六"));
  });

  it("houses a mutual pair apart when their type has one bed, with a note", () => {
    const a = allocate([guest("张伟", "男", { type: "大床房", mate: "李强" }), guest("李强", "男", { type: "大床房", mate: "张伟" })]);
    expect(roomLines(a)).toEqual(["大床房-01: 张伟", "大床房-02: 李强"]);
    expect(a.notices[0].message.zh).toBe("张伟（市财政局）与李强（市财政局）互为同住人，但所订房型每间只有一张床，分开安排。");
  });

  it("keeps a mutual man-and-woman pair apart unless mixed-gender pairs are allowed", () => {
    const rows = [guest("张伟", "男", { mate: "李娜" }), guest("李娜", "女", { mate: "张伟" })];
    expect(roomLines(allocate(rows))).toEqual(["标准间-01: 张伟", "标准间-02: 李娜"]);
    expect(allocate(rows).notices[0].message.en).toContain("different genders");
    expect(roomLines(allocate(rows, { mixedGenderPairs: true }))).toEqual(["标准间-01: 张伟+李娜"]);
  });

  it("sends someone without a hotel to their mutual roommate's hotel and room", () => {
    const a = allocate([guest("张伟", "男", { mate: "李强" }), guest("李强", "男", { hotel: "", type: "", mate: "张伟" })]);
    expect(roomLines(a)).toEqual(["标准间-01: 张伟+李强"]);
  });
});

describe("allocateRooms: nights and the block", () => {
  it("counts rooms per night: someone arriving a day early uses a room that night", () => {
    const a = allocate([guest("张伟", "男", { type: "大床房", in: "2026-12-08 10:00" })]);
    expect(a.blockUse.map((b) => `${b.night} ${b.used}/${b.block}`)).toEqual(["2026-12-08 1/2", "2026-12-09 1/2", "2026-12-10 1/2"]);
    expect(a.rooms[0].nights).toEqual(["2026-12-08", "2026-12-09", "2026-12-10"]);
    expect(a.rooms[0].cost).toBe(3 * 520);
  });

  it("lets two stays that do not overlap use one room, and refuses a night the block cannot give", () => {
    const single = [
      ["酒店", "房型", "房间数", "床位"],
      ["滨江国际酒店", "大床房", 1, 1],
    ];
    const a = allocate(
      [
        guest("张伟", "男", { type: "大床房", in: "2026-12-09 15:00", out: "2026-12-10 18:00" }),
        guest("李强", "男", { type: "大床房", in: "2026-12-10 18:00", out: "2026-12-11 18:00" }),
        guest("王刚", "男", { type: "大床房", in: "2026-12-08 15:00", out: "2026-12-10 08:00" }),
      ],
      {},
      single,
    );
    expect(roomLines(a)).toEqual(["大床房-01: 张伟+李强"]);
    expect(a.unplaceable).toMatchObject([{ name: "王刚", reason: "blockFull", night: "2026-12-09" }]);
    expect(a.unplaceable[0].message.zh).toBe("王刚（市财政局）：滨江国际酒店大床房12月9日晚已无空床（预留1间已用完）。");
    expect(a.unplaceable[0].message.en).toContain("no bed left in the 滨江国际酒店, 大床房 block on the night of 9 Dec");
  });

  it("takes the Event's check-in day to its last day when a guest gives no dates", () => {
    const a = allocate([guest("张伟", "男", { in: "", out: "" })]);
    expect(a.rooms[0].nights).toEqual(["2026-12-09", "2026-12-10"]);
  });

  it("houses VIPs, guests and the confirmed before the pending when the block is short", () => {
    const single = [
      ["酒店", "房型", "房间数", "床位"],
      ["滨江国际酒店", "大床房", 1, 1],
    ];
    const a = allocate([guest("张伟", "男", { type: "大床房", status: "待确认" }), guest("李强", "男", { type: "大床房" })], {}, single);
    expect(roomLines(a)).toEqual(["大床房-01: 李强"]);
    expect(a.unplaceable.map((u) => u.name)).toEqual(["张伟"]);
  });
});

describe("allocateRooms: who needs a room", () => {
  it("skips people on leave, cancelled or not needing a hotel, and lists those who cannot be housed with the reason", () => {
    const a = allocate([
      guest("张伟", "男", { status: "请假" }),
      guest("李强", "男", { status: "取消" }),
      guest("王刚", "男", { needs: "否" }),
      guest("刘洋", "男", { hotel: "", type: "" }),
      guest("朱光", "男", { hotel: "如家酒店" }),
      guest("赵六", "男", { type: "总统套房" }),
      guest("孙七", "男", { in: "2026-12-10 09:00", out: "2026-12-10 08:00" }),
    ]);
    expect(a.rooms).toEqual([]);
    expect(a.unplaceable.map((u) => `${u.name} ${u.reason} ${u.cell}`)).toEqual([
      "刘洋 noHotel I5",
      "朱光 unknownHotel I6",
      "赵六 unknownType J7",
      "孙七 noNights G8",
    ]);
    expect(a.unplaceable[1].message.zh).toBe("朱光（市财政局）的酒店“如家酒店”不在“酒店”表中，无法分房。");
  });

  it("gives someone without a room type the hotel's type with the most free beds", () => {
    const a = allocate([guest("张伟", "男", { type: "大床房" }), guest("李强", "男", { type: "" })]);
    expect(a.rooms.find((r) => r.occupants[0].name === "李强")?.type).toBe("标准间");
    const twinsFull = allocate([
      guest("张伟", "男"),
      guest("李娜", "女"),
      guest("王刚", "男"),
      guest("刘洋", "男"),
      guest("李强", "男", { type: "" }),
    ]);
    expect(twinsFull.rooms.find((r) => r.occupants.some((o) => o.name === "李强"))?.type).toBe("大床房");
  });
});

describe("allocateRooms: locked rooms, aides, staff", () => {
  it("keeps a locked room exactly and fills the others around it, the same on every run", () => {
    const rows = [
      guest("张伟", "男", { room: "1208", locked: "是" }),
      guest("李强", "男", { room: "1209", locked: "否" }),
      guest("王刚", "男"),
    ];
    const a = allocate(rows);
    expect(roomLines(a)).toEqual(["1208: 张伟", "标准间-01: 李强+王刚"]);
    expect(a.rooms[0].locked).toBe(true);
    expect(allocate(rows)).toEqual(a);
    // Re-run after the planner locks what the plan gave: the rooms stay.
    const relocked = [
      rows[0],
      guest("李强", "男", { room: "标准间-01", locked: "是" }),
      guest("王刚", "男", { room: "标准间-01", locked: "是" }),
    ];
    expect(roomLines(allocate(relocked))).toEqual(["1208: 张伟", "标准间-01: 李强+王刚"]);
  });

  it("keeps a room number the planner typed without 锁定: Huiwu never writes one into the roster", () => {
    const rows = [guest("李强", "男", { room: "1209" }), guest("王刚", "男")];
    expect(roomLines(allocate(rows))).toEqual(["1209: 李强", "标准间-01: 王刚"]);
  });

  it("lets only a mutual roommate into a locked room", () => {
    const a = allocate([
      guest("张伟", "男", { room: "1208", locked: "是", mate: "王刚" }),
      guest("李强", "男"),
      guest("王刚", "男", { mate: "张伟" }),
    ]);
    expect(roomLines(a)).toEqual(["1208: 张伟+王刚", "标准间-01: 李强"]);
  });

  it("keeps a locked room even past the block, and shows the night over", () => {
    const one = [
      ["酒店", "房型", "房间数", "床位"],
      ["滨江国际酒店", "大床房", 1, 1],
    ];
    const a = allocate(
      [
        guest("张伟", "男", { type: "大床房", room: "801", locked: "是" }),
        guest("李强", "男", { type: "大床房", room: "802", locked: "是" }),
      ],
      {},
      one,
    );
    expect(roomLines(a)).toEqual(["801: 张伟", "802: 李强"]);
    expect(a.blockUse.map((b) => b.over)).toEqual([true, true]);
  });

  it("houses an aide in the leader's hotel, in the room numbered next", () => {
    const a = allocate(
      [
        guest("王建国", "男", { type: "套房", room: "1808", locked: "是" }),
        guest("李强", "男", { type: "大床房" }),
        guest("小陈", "男", { type: "大床房", hotel: "", party: "王建国" }),
      ],
      {},
      WITH_SUITE,
    );
    expect(roomLines(a)).toEqual(["1808: 王建国", "1809: 小陈", "大床房-01: 李强"]);
    expect(a.rooms[1]).toMatchObject({ hotel: "滨江国际酒店", type: "大床房", nextTo: "1808" });
    const generated = allocate(
      [
        guest("李强", "男", { type: "大床房" }),
        guest("王建国", "男", { type: "套房" }),
        guest("小陈", "男", { type: "大床房", party: "王建国" }),
      ],
      {},
      WITH_SUITE,
    );
    expect(roomLines(generated)).toEqual(["大床房-01: 李强", "套房-02: 王建国", "大床房-03: 小陈"]);
  });

  it("rooms staff with staff, one gender to a room", () => {
    const a = allocate([
      guest("张伟", "男", { role: "工作人员" }),
      guest("李强", "男"),
      guest("王刚", "男", { role: "工作人员" }),
      guest("刘洋", "男"),
      guest("李娜", "女", { role: "工作人员" }),
    ]);
    expect(roomLines(a)).toEqual(["标准间-01: 李强+刘洋", "标准间-02: 张伟+王刚", "标准间-03: 李娜"]);
    expect(a.rooms.map((r) => r.staff)).toEqual([false, true, true]);
  });
});

describe("allocateRooms: spare rooms", () => {
  const men = (n: number) => ["张伟", "李强", "王刚", "刘洋", "朱光", "赵六", "孙七", "周八"].slice(0, n).map((x) => guest(x, "男"));

  it("keeps a spare room free in each hotel when the block allows", () => {
    const a = allocate(men(4), { spareRooms: 1 });
    expect(a.rooms.filter((r) => r.spare)).toMatchObject([
      { type: "标准间", room: "标准间-03", nights: ["2026-12-09", "2026-12-10"], cost: 960 },
    ]);
    expect(a.blockUse.map((b) => `${b.used}+${b.spare}/${b.block}`)).toEqual(["2+1/3", "2+1/3"]);
  });

  it("gives the spare room up rather than leave someone without a bed, and says so", () => {
    const a = allocate(men(6), { spareRooms: 1 });
    expect(a.unplaceable).toEqual([]);
    expect(a.rooms.filter((r) => r.spare)).toEqual([]);
    expect(a.notices.map((n) => n.message.zh)).toEqual(["滨江国际酒店标准间12月9日、12月10日晚已住满，未能留出第1间机动房。"]);
    const tooMany = allocate(men(8), { spareRooms: 1 });
    expect(tooMany.unplaceable.map((u) => u.name)).toEqual(["孙七", "周八"]);
  });

  it("reads the number of spare rooms from the Event sheet (机动房), default one", () => {
    const wb = (event = EVENT) => workbook({ 会议信息: event, 参会人员: [HEAD, ...men(2)], 酒店: HOTELS });
    expect(allocateRooms(wb()).rooms.filter((r) => r.spare)).toHaveLength(1);
    expect(allocateRooms(wb(withSetting(EVENT, "机动房", 2))).rooms.filter((r) => r.spare)).toHaveLength(2);
    expect(allocateRooms(wb(withSetting(EVENT, "机动房", 0))).rooms.filter((r) => r.spare)).toHaveLength(0);
  });
});

describe("allocateRooms: an English workbook", () => {
  const HEAD_EN = [
    "Name",
    "Gender",
    "Organisation",
    "Role",
    "Status",
    "Arrival",
    "Departure",
    "Needs hotel",
    "Hotel",
    "Room type",
    "Room",
    "Roommate",
    "Party",
    "Locked",
  ];
  const HOTELS_EN = [
    ["Hotel", "Room type", "Rooms", "Beds", "Rate"],
    ["Riverside Hotel", "Twin", 1, 2, 120],
  ];
  const row = (name: string, gender: string, mate = "", status = "Confirmed") => [
    name,
    gender,
    "Finance Bureau",
    "Attendee",
    status,
    "2026-12-09 15:00",
    "2026-12-11 10:00",
    "Yes",
    "Riverside Hotel",
    "Twin",
    "",
    mate,
    "",
    "",
  ];

  it("allocates with English headers, houses the pending last and explains in English", () => {
    const a = allocateRooms(
      workbook({
        Event: EVENT_EN,
        Roster: [
          HEAD_EN,
          row("Alice Chen", "Female", "Mary Lee"),
          row("Robert Miles", "Male", "", "Pending"),
          row("Mary Lee", "F", "Alice Chen"),
        ],
        Hotels: HOTELS_EN,
      }),
      { spareRooms: 0 },
    );
    expect(roomLines(a)).toEqual(["Twin-01: Alice Chen+Mary Lee"]);
    expect(a.unplaceable[0].message.en).toBe(
      "Robert Miles (Finance Bureau): no bed left in the Riverside Hotel, Twin block on the night of 9 Dec (the one room held is taken).",
    );
  });
});
