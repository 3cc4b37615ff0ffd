import { isContingency } from "../../../../src/core/report/budgetReview/contingency";

describe("the contingency line", () => {
  it("is recognised by the names planners give it, in either language", () => {
    for (const name of [
      "不可预计费用",
      "不可预计费",
      "不可预见费",
      "预备费",
      "机动经费",
      "Contingency",
      "contingencies",
      " Unforeseen costs ",
    ]) {
      expect([name, isContingency(name)]).toEqual([name, true]);
    }
    for (const name of ["会议厅费", "餐饮", "Catering", "费用"]) expect([name, isContingency(name)]).toEqual([name, false]);
  });
});
