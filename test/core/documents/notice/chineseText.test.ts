import { chinesePunctuation, zhClock } from "../../../../src/core/documents/notice/chineseText";

describe("chinesePunctuation", () => {
  it.each([
    ["请携带身份证,按时参会", "请携带身份证，按时参会"],
    ["会议地点;三楼", "会议地点；三楼"],
    ["联系电话:15782964053", "联系电话：15782964053"],
    ["是否住宿?", "是否住宿？"],
    ["务必准时!", "务必准时！"],
  ])("makes the half-width mark next to Chinese full-width: %s", (text, expected) => {
    expect(chinesePunctuation(text)).toBe(expected);
  });

  it("drops the spaces around a mark it makes full-width", () => {
    expect(chinesePunctuation("请携带身份证 , 按时参会")).toBe("请携带身份证，按时参会");
    expect(chinesePunctuation("联系电话: 15782964053")).toBe("联系电话：15782964053");
    expect(chinesePunctuation("上午9:00, 三楼报告厅")).toBe("上午9:00，三楼报告厅");
  });

  it("leaves times, numbers and Latin text as they are", () => {
    expect(chinesePunctuation("上午9:00开始")).toBe("上午9:00开始");
    expect(chinesePunctuation("下午2:30至5:00")).toBe("下午2:30至5:00");
    expect(chinesePunctuation("预计1,200人参会")).toBe("预计1,200人参会");
    expect(chinesePunctuation("A:B")).toBe("A:B");
    const english = "Please note: bring photo ID, and arrive by 9:00; thank you! Questions? Ask (at the desk).";
    expect(chinesePunctuation(english)).toBe(english);
  });

  it("gives brackets holding Chinese the full-width form, and leaves Latin brackets alone", () => {
    expect(chinesePunctuation("正装(男士深色西装)")).toBe("正装（男士深色西装）");
    expect(chinesePunctuation("请携带证件(ID)")).toBe("请携带证件(ID)");
    expect(chinesePunctuation("滨江酒店(外地代表);行政中心(本市代表)")).toBe("滨江酒店（外地代表）；行政中心（本市代表）");
  });

  it("leaves text that is already Chinese-punctuated unchanged", () => {
    const text = "　　一、会议时间：2026年12月10日（星期四）上午9:00至12月11日（星期五）下午5:30，会期2天。";
    expect(chinesePunctuation(text)).toBe(text);
    expect(chinesePunctuation("")).toBe("");
  });
});

describe("zhClock", () => {
  it("writes a time as a notice gives it: 上午, 中午, 下午, 晚上 on a 12-hour clock", () => {
    expect(zhClock("09:00")).toBe("上午9:00");
    expect(zhClock("12:30")).toBe("中午12:30");
    expect(zhClock("14:05")).toBe("下午2:05");
    expect(zhClock("19:00")).toBe("晚上7:00");
  });

  it("passes through text that is not a time", () => {
    expect(zhClock("全天")).toBe("全天");
    expect(zhClock("9点")).toBe("9点");
    expect(zhClock("")).toBe("");
  });
});
