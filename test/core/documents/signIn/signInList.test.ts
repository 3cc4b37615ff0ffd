import { signInGroups } from "../../../../src/core/documents/signIn";
import { parsed } from "./signInFixture";

const names = (groups: ReturnType<typeof signInGroups>) =>
  groups.map((g) => `${g.name ?? g.unnamed!.zh}: ${g.people.map((p) => p.fields.name!.value).join(" ")}`);

describe("signInGroups", () => {
  const people = parsed().roster.records;

  it("lists everyone expected — confirmed, pending or without a reply — but not leave, cancelled or staff", () => {
    const listed = signInGroups(people, "organisation").flatMap((g) => g.people.map((p) => p.fields.name!.value));
    expect(listed.sort()).toEqual(["冯涛", "张伟", "李娜", "王强", "赵敏", "郑雪", "钱进"].sort());
  });

  it("orders organisations by their most senior member, people by precedence then roster order, the unnamed last", () => {
    expect(names(signInGroups(people, "organisation"))).toEqual(["市发改委: 李娜 赵敏", "市财政局: 张伟 王强 钱进 冯涛", "未填单位: 郑雪"]);
  });

  it("groups by the roster's 分组 when asked", () => {
    expect(names(signInGroups(people, "group"))).toEqual(["第一组: 李娜 王强", "第二组: 张伟 赵敏 冯涛", "未分组: 郑雪 钱进"]);
  });

  it("gives the same grouping whatever order the roster rows come in", () => {
    const shuffled = [...people].reverse();
    expect(names(signInGroups(shuffled, "organisation"))).toEqual(names(signInGroups(people, "organisation")));
  });
});
