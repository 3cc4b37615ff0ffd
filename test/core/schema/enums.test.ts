import fc from "fast-check";
import {
  BADGE,
  enumLabel,
  enumLabels,
  GENDER,
  matchEnum,
  PAYMENT_STATUS,
  PHASE,
  ROLE,
  RSVP_STATUS,
  SEATING_CONVENTION,
  TASK_STATUS,
  type EnumDef,
} from "../../../src/core/schema/enums";

const ALL: EnumDef<string>[] = [GENDER, ROLE, RSVP_STATUS, BADGE, PHASE, TASK_STATUS, PAYMENT_STATUS, SEATING_CONVENTION];

describe("matchEnum", () => {
  test("canonical names in both languages and the code", () => {
    for (const d of ALL) {
      for (const v of d.values) {
        expect(matchEnum(d, v.zh)).toBe(v.code);
        expect(matchEnum(d, v.en)).toBe(v.code);
        expect(matchEnum(d, v.code)).toBe(v.code);
        for (const s of v.synonyms) expect(matchEnum(d, s)).toBe(v.code);
      }
    }
  });

  test("no synonym points at two values of the same list", () => {
    for (const d of ALL) {
      const seen = new Map<string, string>();
      for (const v of d.values) {
        for (const s of [v.code, v.zh, v.en, ...v.synonyms]) {
          const other = seen.get(s.toLowerCase());
          if (other !== undefined) expect(`${s} → ${other}`).toBe(`${s} → ${v.code}`);
          seen.set(s.toLowerCase(), v.code);
        }
      }
    }
  });

  test.each([
    [ROLE, "出席", "attendee"],
    [ROLE, "列席人员", "observer"],
    [ROLE, "特邀嘉宾", "guest"],
    [ROLE, "发言人", "speaker"],
    [ROLE, "会务组", "staff"],
    [RSVP_STATUS, "已确认", "confirmed"],
    [RSVP_STATUS, "出席", "confirmed"],
    [RSVP_STATUS, "待定", "pending"],
    [RSVP_STATUS, "请假", "leave"],
    [RSVP_STATUS, "不参加", "cancelled"],
    [RSVP_STATUS, "Declined", "cancelled"],
    [GENDER, "男", "male"],
    [GENDER, "Female", "female"],
    [GENDER, "Mr.", "male"],
    [GENDER, "Mrs.", "female"],
    [BADGE, "代表证", "attendance"],
    [PHASE, "会间", "during"],
    [PHASE, "Follow-up", "post"],
    [PHASE, "follow up", "post"],
    [TASK_STATUS, "To Do", "notStarted"],
    [TASK_STATUS, "办结", "done"],
    [TASK_STATUS, "On hold", "blocked"],
    [PAYMENT_STATUS, "定金", "partial"],
    [PAYMENT_STATUS, "Partially paid", "partial"],
    [SEATING_CONVENTION, "国际惯例", "international"],
    [SEATING_CONVENTION, "中式", "chinese"],
  ])("%#: %s", (d, text, code) => {
    expect(matchEnum(d as EnumDef<string>, text)).toBe(code);
  });

  test("full-width, case and stray spaces do not matter", () => {
    expect(matchEnum(GENDER, "Ｍ")).toBe("male");
    expect(matchEnum(GENDER, " 女 ")).toBe("female");
    expect(matchEnum(RSVP_STATUS, "ＣＯＮＦＩＲＭＥＤ")).toBe("confirmed");
    expect(matchEnum(RSVP_STATUS, "已\u3000确认")).toBe("confirmed");
    expect(matchEnum(ROLE, "SPEAKER")).toBe("speaker");
    expect(matchEnum(TASK_STATUS, "in-progress")).toBe("inProgress");
    expect(matchEnum(TASK_STATUS, "In Progress")).toBe("inProgress");
  });

  test("the same word can mean different things in different lists", () => {
    expect(matchEnum(ROLE, "出席")).toBe("attendee");
    expect(matchEnum(RSVP_STATUS, "出席")).toBe("confirmed");
    expect(matchEnum(RSVP_STATUS, "pending")).toBe("pending");
    expect(matchEnum(PAYMENT_STATUS, "pending")).toBe("unpaid");
  });

  test("unknown values give undefined", () => {
    for (const text of ["", "  ", "未知", "maybe", "男女", "VIP", "已确认了吗", "#N/A"]) {
      expect(matchEnum(RSVP_STATUS, text)).toBeUndefined();
    }
    expect(matchEnum(GENDER, "其他")).toBeUndefined();
    expect(matchEnum(ROLE, "attendees")).toBeUndefined();
  });

  test("property: never throws", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL), fc.string({ unit: "binary" }), (d, s) => {
        const code = matchEnum(d, s);
        if (code !== undefined) expect(d.values.map((v) => v.code)).toContain(code);
      }),
    );
  });
});

describe("labels", () => {
  test("enumLabels lists the canonical names in order", () => {
    expect(enumLabels(RSVP_STATUS, "zh")).toEqual(["已确认", "待确认", "请假", "取消"]);
    expect(enumLabels(GENDER, "en")).toEqual(["Male", "Female"]);
  });

  test("enumLabel names one value, or falls back to the code", () => {
    expect(enumLabel(ROLE, "observer", "zh")).toBe("列席");
    expect(enumLabel(ROLE, "observer", "en")).toBe("Observer");
    expect(enumLabel(ROLE, "nobody" as never, "en")).toBe("nobody");
  });
});
