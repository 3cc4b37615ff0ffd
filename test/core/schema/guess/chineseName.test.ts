import { isChineseName } from "../../../../src/core/schema/guess/chineseName";

describe("isChineseName", () => {
  test.each(["王芳", "李明", "张伟", "刘德华", "欧阳娜娜", "诸葛亮", "司马相如", "上官婉儿", "王  芳", "王\u3000芳", "张王丽华"])(
    "%s is a name",
    (s) => {
      expect(isChineseName(s)).toBe(true);
    },
  );

  test.each(["阿依古丽·买买提", "买买提・艾力", "热依拉.吐尔逊", "扎西•多吉", "爱新觉罗·溥仪"])(
    "minority name %s with a middle dot",
    (s) => {
      expect(isChineseName(s)).toBe(true);
    },
  );

  test.each([
    ["王", "one character"],
    ["欧阳", "a compound surname alone"],
    ["王芳芳芳芳", "five characters"],
    ["主任", "no surname"],
    ["嘉宾", "no surname"],
    ["王局", "a form of address"],
    ["李处", "a form of address"],
    ["刘总", "a form of address"],
    ["张老", "a form of address"],
    ["陈先生", "a form of address"],
    ["赵女士", "a form of address"],
    ["王芳1", "a digit"],
    ["Wang Fang", "Latin letters"],
    ["·买买提", "an empty part"],
    ["阿依古丽·Ali", "a Latin part"],
    ["", "empty"],
  ])("%s is not a name (%s)", (s) => {
    expect(isChineseName(s)).toBe(false);
  });
});
