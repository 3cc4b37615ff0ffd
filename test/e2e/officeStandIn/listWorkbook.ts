import type { CellValue } from "../../../src/core/cellValue";
import type { FixtureWorkbook } from "../../workbook/gatewayHarness";

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳";
const ORGS = ["市教育局", "市财政局", "第一中学", "区人民医院"];

/**
 * A list as planners get it, pasted into Sheet1: a 问卷星 export (Chinese) or Google Forms'
 * "Form Responses 1" (English), with the form's own columns and question-style headers.
 */
export function listWorkbook(lang: "zh" | "en"): FixtureWorkbook {
  if (lang === "zh") {
    const rows: CellValue[][] = [
      [
        "序号",
        "提交答卷时间",
        "所用时间",
        "来源",
        "来自IP",
        "1、您的姓名：",
        "2、您的工作单位：",
        "3、您的职务：",
        "4、您的手机号码：",
        "5、是否需要住宿：",
      ],
      ...Array.from({ length: 12 }, (_, i): CellValue[] => [
        i + 1,
        `2026/11/${10 + i} 09:${String(10 + i).padStart(2, "0")}:00`,
        `${60 + i}秒`,
        "手机提交",
        `112.10.${i}.8(浙江-杭州)`,
        SURNAMES[i] + GIVEN[(i * 5) % 12],
        ORGS[i % 4],
        i % 3 ? "教师" : "主任",
        `1390571${String(1000 + i)}`,
        i % 2 ? "是" : "否",
      ]),
    ];
    return { sheets: [{ name: "Sheet1", rows }] };
  }
  const first = ["Alice", "Ben", "Chloe", "David", "Emma", "Finn", "Grace", "Henry", "Isla", "Jack"];
  const rows: CellValue[][] = [
    ["Timestamp", "Email Address", "Full Name", "Company", "Job title", "Phone Number ", "Dietary requirements"],
    ...first.map((n, i): CellValue[] => [
      `11/${10 + i}/2026 9:${String(10 + i)}:00`,
      `${n.toLowerCase()}@example.com`,
      `${n} ${["Chen", "Miller", "Okafor", "Novak", "Silva"][i % 5]}`,
      ["Acme Ltd", "Globex", "Initech"][i % 3],
      i % 2 ? "Engineer" : "Director",
      `+44 20 7946 ${String(1000 + i)}`,
      i % 4 === 0 ? "Vegetarian" : "",
    ]),
  ];
  return { sheets: [{ name: "Form Responses 1", rows }] };
}
