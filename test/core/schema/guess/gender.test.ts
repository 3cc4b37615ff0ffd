import { isGenderText } from "../../../../src/core/schema/guess/gender";

describe("isGenderText", () => {
  test.each(["男", "女", " 男 ", "男性", "女性", "M", "F", "m", "f", "Male", "FEMALE", "female"])("%s is a gender", (s) => {
    expect(isGenderText(s)).toBe(true);
  });

  test.each(["", "男女", "Mr", "Man", "MF", "王芳", "未知"])("%s is not a gender", (s) => {
    expect(isGenderText(s)).toBe(false);
  });
});
