import { accommodationUnits, cateringUnits, printingUnits } from "../../../../src/core/rules/budget/itemUnits";

describe("what a per-head quantity counts", () => {
  it("reads meals and days per person from a catering item, in digits or Chinese numerals", () => {
    expect(cateringUnits("工作餐(3餐)").perPerson).toBe(3);
    expect(cateringUnits("工作餐（三餐）").perPerson).toBe(3);
    expect(cateringUnits("午餐 2天，每天2餐").perPerson).toBe(4);
    expect(cateringUnits("Working meals, 3 sittings").perPerson).toBe(3);
    expect(cateringUnits("Lunch, 2 days").perPerson).toBe(2);
    expect(cateringUnits("Lunch, 2-day course").perPerson).toBe(2);
    expect(cateringUnits("工作餐").perPerson).toBe(1);
    expect(cateringUnits("欢迎晚宴（12月10日）").perPerson).toBe(1);
  });

  it("knows a banquet counted in tables", () => {
    expect(cateringUnits("欢迎晚宴(15桌)").tables).toBe(true);
    expect(cateringUnits("Gala dinner, 8 tables").tables).toBe(true);
    expect(cateringUnits("Working lunch").tables).toBe(false);
    expect(cateringUnits("工作餐（桌餐）").tables).toBe(false);
  });

  it("reads sets per person for printing, and not a total count", () => {
    expect(printingUnits("会议材料（每人2套）").perPerson).toBe(2);
    expect(printingUnits("Papers, 2 copies each").perPerson).toBe(2);
    expect(printingUnits("会议材料300份").perPerson).toBe(1);
    expect(printingUnits("证件制作(出席证、列席证、工作证)").perPerson).toBe(1);
  });

  it("tells a hotel line in people from one in room-nights", () => {
    expect(accommodationUnits("住宿(按人数)").people).toBe(true);
    expect(accommodationUnits("Hotel, per person").people).toBe(true);
    expect(accommodationUnits("协议酒店住宿(间夜)").people).toBe(false);
    expect(accommodationUnits("Hotel blocks (room-nights)").people).toBe(false);
  });
});
