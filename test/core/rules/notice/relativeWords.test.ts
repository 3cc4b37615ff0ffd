import { relativeDateWords } from "../../../../src/core/rules/notice/relativeWords";

describe("relativeDateWords", () => {
  it.each([
    ["请于明天下午报到", ["明天"]],
    ["下周一开会，本周五前报送回执", ["下周一", "本周五"]],
    ["本月底前完成，下个月5号结算", ["本月底", "下个月5号"]],
    ["明年3月1日前归档", ["明年"]],
    ["后天、大后天均可", ["后天", "大后天"]],
    ["Please arrive tomorrow, or next Monday at the latest", ["tomorrow", "next Monday"]],
    ["This Friday and today", ["This Friday", "today"]],
  ])("finds the relative dates in %s", (text, words) => {
    expect(relativeDateWords(text)).toEqual(words);
  });

  it.each([
    "以下周边酒店可自行预订",
    "成本月报",
    "部署明年工作",
    "提前天数",
    "会议当天及次日",
    "本周期内",
    "next to the lobby",
    "2026年12月10日（星期四）",
  ])("finds none in %s", (text) => {
    expect(relativeDateWords(text)).toEqual([]);
  });
});
