import fc from "fast-check";
import { parseTimeText } from "../../../../src/core/schema/normalize/timeText";

const hm = (h: number, m = 0) => h * 60 + m;

describe("parseTimeText", () => {
  test.each([
    ["14:30", hm(14, 30)],
    ["9:05", hm(9, 5)],
    ["09:05", hm(9, 5)],
    ["14:30:00", hm(14, 30)],
    ["14:30:59", hm(14, 30)],
    ["14:30:15.250", hm(14, 30)],
    ["0:00", 0],
    ["23:59", hm(23, 59)],
    ["１４：３０", hm(14, 30)],
    ["14 : 30", hm(14, 30)],
  ])("24-hour %s", (text, minutes) => {
    expect(parseTimeText(text)).toBe(minutes);
  });

  test.each([
    ["2:30 PM", hm(14, 30)],
    ["2:30pm", hm(14, 30)],
    ["2:30 p.m.", hm(14, 30)],
    ["2pm", hm(14)],
    ["2 PM", hm(14)],
    ["9:15 AM", hm(9, 15)],
    ["9am", hm(9)],
    ["12:00 PM", hm(12)],
    ["12 pm", hm(12)],
    ["12:30 am", hm(0, 30)],
    ["12 a.m.", 0],
    ["14:30 pm", hm(14, 30)],
  ])("English %s", (text, minutes) => {
    expect(parseTimeText(text)).toBe(minutes);
  });

  test.each([
    ["14点", hm(14)],
    ["14点整", hm(14)],
    ["14点钟", hm(14)],
    ["14时", hm(14)],
    ["14点30分", hm(14, 30)],
    ["14时30分", hm(14, 30)],
    ["14点30", hm(14, 30)],
    ["14点05分", hm(14, 5)],
    ["14时30分20秒", hm(14, 30)],
    ["下午2:30", hm(14, 30)],
    ["下午 2:30", hm(14, 30)],
    ["下午2点半", hm(14, 30)],
    ["下午两点半", hm(14, 30)],
    ["下午十四点", hm(14)],
    ["上午9点", hm(9)],
    ["上午九点", hm(9)],
    ["早上8点", hm(8)],
    ["早8点", hm(8)],
    ["八点一刻", hm(8, 15)],
    ["八点三刻", hm(8, 45)],
    ["十点零五分", hm(10, 5)],
    ["中午12点", hm(12)],
    ["中午1点", hm(13)],
    ["晚上7点", hm(19)],
    ["晚上七点半", hm(19, 30)],
    ["晚8点", hm(20)],
    ["傍晚6点", hm(18)],
    ["凌晨3点", hm(3)],
    ["凌晨12点", 0],
    ["零点", 0],
    ["二十三点五十九分", hm(23, 59)],
    ["十二点半", hm(12, 30)],
  ])("Chinese %s", (text, minutes) => {
    expect(parseTimeText(text)).toBe(minutes);
  });

  test.each([
    "",
    "14",
    "24:00",
    "25:00",
    "14:60",
    "14:5",
    "13:00 am",
    "0:30 pm",
    "上午14点",
    "晚上12点",
    "下午",
    "下午2:30 pm",
    "2:30 下午",
    "14:30Z",
    "14:30+08:00",
    "14:00-16:00",
    "noon",
    "十十点",
    "14.30",
  ])("not a time: %s", (text) => {
    expect(parseTimeText(text)).toBeUndefined();
  });

  test("property: every HH:mm reads back, and nothing throws", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (m) => {
        const text = `${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}`;
        expect(parseTimeText(text)).toBe(m);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const r = parseTimeText(s);
        if (r !== undefined) expect(Number.isInteger(r) && r >= 0 && r < 1440).toBe(true);
      }),
    );
  });
});
