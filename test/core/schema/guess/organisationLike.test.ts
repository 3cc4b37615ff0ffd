import { isOrganisationLike } from "../../../../src/core/schema/guess/organisationLike";

describe("isOrganisationLike", () => {
  test.each([
    "市财政局",
    "杭州市教育局",
    "省发展和改革委员会",
    "区政府办公室",
    "北京大学",
    "北京大学（医学部）",
    "浙江工业大学计算机学院",
    "第一中学",
    "实验小学",
    "华为技术有限公司",
    "某某集团",
    "市疾病预防控制中心",
    "组织部",
    "教务处",
    "财务科",
    "研究所",
    "中国工商银行杭州分行",
    "市第一人民医院",
    "市律师协会",
    "西湖街道",
    "翠苑社区",
    "市委",
    "区委",
    "政协",
    "建行",
    "Acme Ltd",
    "Acme Co.",
    "Globex Corporation",
    "University of Oxford",
    "Imperial College London",
    "Ministry of Finance",
    "Department of Health",
    "Bank of China",
    "City Council",
    "World Wildlife Foundation",
    "Springfield General Hospital",
  ])("%s is an organisation", (s) => {
    expect(isOrganisationLike(s)).toBe(true);
  });

  test.each(["王局", "李处", "王芳", "张知行", "主任", "副局长", "Mary O'Neil", "Director", ""])("%s is not an organisation", (s) => {
    expect(isOrganisationLike(s)).toBe(false);
  });
});
