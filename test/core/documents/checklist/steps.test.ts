import { CHECKLIST_STEPS, OWNER_GROUPS, stepOfKey } from "../../../../src/core/documents/checklist/steps";

const LETTER = { pre: "B", during: "D", post: "A" } as const;

describe("the step library", () => {
  test("keys are unique and name their phase (B 会前, D 会中, A 会后)", () => {
    const keys = CHECKLIST_STEPS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of CHECKLIST_STEPS) expect(s.key).toMatch(new RegExp(`^HW-${LETTER[s.phase]}\\d{2}$`));
  });

  test("every step has both languages, a team of the seed, sizes and a source note", () => {
    for (const s of CHECKLIST_STEPS) {
      expect(s.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(s.title.en).toMatch(/^[A-Z][^\u4e00-\u9fff]+$/);
      expect(OWNER_GROUPS[s.group]).toBeDefined();
      expect(s.sizes.length).toBeGreaterThan(0);
      expect(s.source.length).toBeGreaterThan(3);
      if ("each" in s.due) expect([s.title.zh, s.title.en].every((t) => t.includes("{n}"))).toBe(true);
    }
  });

  test("covers the seed's procedure in all three phases", () => {
    const zh = CHECKLIST_STEPS.map((s) => s.title.zh).join("|");
    for (const word of [
      "方案",
      "通知",
      "邀请",
      "材料",
      "证件",
      "布置会场",
      "调试",
      "签到",
      "会议记录",
      "就餐",
      "用车",
      "清退",
      "归档",
      "纪要",
      "财务结算",
      "总结",
      "餐券",
    ]) {
      expect(zh).toContain(word);
    }
    for (const phase of ["pre", "during", "post"] as const)
      expect(CHECKLIST_STEPS.filter((s) => s.phase === phase).length).toBeGreaterThan(8);
  });

  test("stepOfKey finds a step, and a day of a per-day step, but not an unknown key", () => {
    expect(stepOfKey("hw-b08")?.key).toBe("HW-B08");
    expect(stepOfKey("HW-D02-3")?.key).toBe("HW-D02");
    expect(stepOfKey("HW-D02")).toBeUndefined();
    expect(stepOfKey("HW-B08-1")).toBeUndefined();
    expect(stepOfKey("HW-B99")).toBeUndefined();
    expect(stepOfKey("T01")).toBeUndefined();
  });
});
