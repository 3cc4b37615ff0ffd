import fc from "fast-check";
import type { CellValue } from "../../../../src/core/cellValue";
import { describeGuess, guessColumns } from "../../../../src/core/schema/guess/guessColumns";

const NAMES_30 = [
  "王芳", "李明", "张伟", "刘洋", "陈静", "杨帆", "黄磊", "赵丽", "吴斌", "周婷",
  "徐建国", "孙悦", "马俊", "朱琳", "胡海涛", "郭佳", "何晓燕", "高峰", "林小红", "罗志强",
  "郑爽", "梁宇", "谢娜", "宋涛", "唐敏", "欧阳娜娜", "司马南", "诸葛玉兰", "阿依古丽·买买提", "韩  雪",
]; // prettier-ignore

const UNITS = ["市财政局", "市教育局", "市卫健委", "区政府办公室", "北京大学", "市第一人民医院", "省发展和改革委员会", "华为技术有限公司"];
const TITLES = ["副局长", "局长", "处长", "主任", "科员", "教授", "副院长", "总经理"];

/** Made-up resident ID numbers with correct check characters. */
function idNumber(i: number): string {
  const first17 = `33010619${80 + (i % 20)}0${1 + (i % 9)}1${i % 10}${String(100 + i).slice(-3)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, k) => s + Number(d) * weights[k], 0);
  return first17 + "10X98765432"[sum % 11];
}

describe("guessColumns", () => {
  test("部门 | 职务 | 姓名 under a merged title", () => {
    const rows: CellValue[][] = [
      ["2026年度工作会议参会人员名单", "", ""],
      ...NAMES_30.slice(0, 12).map((n, i) => [UNITS[i % UNITS.length], TITLES[i % TITLES.length], n]),
    ];
    expect(guessColumns(rows)).toEqual({
      firstDataRow: 1,
      columns: [
        { col: 0, field: "organisation", share: 1 },
        { col: 1, field: "title", share: 1 },
        { col: 2, field: "name", share: 1 },
      ],
    });
  });

  test("a bare column of 30 Chinese names under 嘉宾桌签名单", () => {
    const rows: CellValue[][] = [["嘉宾桌签名单"], ...NAMES_30.map((n) => [n])];
    expect(guessColumns(rows)).toEqual({ firstDataRow: 1, columns: [{ col: 0, field: "name", share: 1 }] });
  });

  test("a bare column of English names", () => {
    const names = [
      "Mary O'Neil",
      "Jean-Luc Picard",
      "ZHANG Wei",
      "Dr. Priya Sharma",
      "Olivia Brown",
      "Liam Smith",
      "Sofía García",
      "Noah Williams",
    ];
    const rows: CellValue[][] = [["Welcome Dinner — Guest list"], [""], ...names.map((n) => [n])];
    expect(guessColumns(rows)).toEqual({ firstDataRow: 2, columns: [{ col: 0, field: "name", share: 1 }] });
  });

  test("name, gender, phone, email and ID number columns", () => {
    const people = ["张伟", "李娜", "王强", "刘敏", "陈晨", "杨洁", "赵磊", "黄蓉", "周杰", "吴昊"];
    const rows: CellValue[][] = [
      ["培训班学员信息表"],
      ["填报单位：", "", "", "填表日期："],
      ...people.map((n, i) => [
        n,
        i % 2 === 0 ? "男" : "女",
        i % 3 === 0 ? 13800138000 + i : `139 0013 80${String(i).padStart(2, "0")}`,
        `user${i}@example.cn`,
        idNumber(i),
      ]),
    ];
    const g = guessColumns(rows);
    expect(g?.firstDataRow).toBe(2);
    expect(g?.columns.map((c) => [c.col, c.field, c.share])).toEqual([
      [0, "name", 1],
      [1, "gender", 1],
      [2, "phone", 1],
      [3, "email", 1],
      [4, "idNumber", 1],
    ]);
  });

  test("a column that is 60 % names and 40 % notes is still the name column", () => {
    const col = ["王芳", "李明", "待定", "张伟", "另行通知", "刘洋", "请假", "陈静", "杨帆", "未确认"];
    expect(guessColumns(col.map((v) => [v]))).toEqual({ firstDataRow: 0, columns: [{ col: 0, field: "name", share: 0.6 }] });
    // Half names is too few.
    expect(guessColumns(["王芳", "待定", "李明", "请假"].map((v) => [v]))).toBeUndefined();
  });

  test("blank cells do not count against a column", () => {
    const rows: CellValue[][] = [
      ["王芳", "13800138000"],
      ["李明", ""],
      ["张伟", ""],
    ];
    expect(guessColumns(rows)?.columns).toEqual([
      { col: 0, field: "name", share: 1 },
      { col: 1, field: "phone", share: 1 },
    ]);
  });

  test("organisations are not read as names", () => {
    const rows: CellValue[][] = [
      ["市财政局", "王芳"],
      ["北京大学", "李明"],
      ["Acme Ltd", "Mary O'Neil"],
      ["市教育局", "张伟"],
    ];
    expect(guessColumns(rows)?.columns).toEqual([
      { col: 0, field: "organisation", share: 1 },
      { col: 1, field: "name", share: 1 },
    ]);
    expect(guessColumns([["市财政局"], ["北京大学"], ["Acme Ltd"], ["市委"]])).toBeUndefined();
  });

  test("two-character titles such as 主任 are not names", () => {
    const rows: CellValue[][] = [
      ["主任", "王芳"],
      ["书记", "李明"],
      ["局长", "张伟"],
      ["处长", "刘洋"],
      ["科长", "陈静"],
    ];
    expect(guessColumns(rows)?.columns).toEqual([
      { col: 0, field: "title", share: 1 },
      { col: 1, field: "name", share: 1 },
    ]);
    expect(guessColumns([["主任"], ["书记"], ["王局"], ["李处"]])).toBeUndefined();
  });

  test("a list with no names gives undefined", () => {
    const rows: CellValue[][] = [
      ["市财政局", "副局长", "13800138000", "a@example.cn"],
      ["市教育局", "处长", "13900139000", "b@example.cn"],
    ];
    expect(guessColumns(rows)).toBeUndefined();
    expect(guessColumns([])).toBeUndefined();
    expect(guessColumns([["参会人员名单"]])).toBeUndefined();
  });

  test("each field goes to one column: the higher share, then the leftmost", () => {
    const rows: CellValue[][] = [
      ["待定", "王芳", "Wang Fang"],
      ["李明", "李明", "Li Ming"],
      ["张伟", "张伟", "Zhang Wei"],
    ];
    expect(guessColumns(rows)?.columns).toEqual([{ col: 1, field: "name", share: 1 }]);
    const tie: CellValue[][] = [
      ["王芳", "Wang Fang"],
      ["李明", "Li Ming"],
    ];
    expect(guessColumns(tie)?.columns).toEqual([{ col: 0, field: "name", share: 1 }]);
  });

  test("only the first 200 data rows are looked at", () => {
    const rows: CellValue[][] = [
      ...Array.from({ length: 200 }, (_, i) => [NAMES_30[i % NAMES_30.length]]),
      ...Array.from({ length: 400 }, () => ["待定"]),
    ];
    expect(guessColumns(rows)?.columns).toEqual([{ col: 0, field: "name", share: 1 }]);
  });

  test("is deterministic and leaves its input alone", () => {
    const rows: CellValue[][] = [["参会人员名单"], ...NAMES_30.map((n, i) => [UNITS[i % UNITS.length], n, i % 2 ? "男" : "女"])];
    const copy = JSON.parse(JSON.stringify(rows));
    const first = guessColumns(rows);
    expect(guessColumns(rows)).toEqual(first);
    expect(rows).toEqual(copy);
    expect(describeGuess(first!).en).toBe(
      "No header row; columns recognised from their values: A organisation (100%), B name (100%), C gender (100%).",
    );
  });

  test("property: any grid of cells gives no error, columns within the rows' width and each field once", () => {
    const cell = fc.oneof(
      fc.constantFrom<CellValue>(
        "",
        "王芳",
        "李明",
        "主任",
        "市财政局",
        "男",
        "13800138000",
        "a@example.cn",
        "11010519491231002X",
        "#N/A",
        "Mary O'Neil",
      ),
      fc.string({ maxLength: 8 }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 30 }), (rows) => {
        const g = guessColumns(rows);
        if (!g) return;
        const width = Math.max(0, ...rows.map((r) => r.length));
        expect(g.firstDataRow).toBeGreaterThanOrEqual(0);
        expect(g.firstDataRow).toBeLessThanOrEqual(10);
        for (const c of g.columns) {
          expect(c.col).toBeGreaterThanOrEqual(0);
          expect(c.col).toBeLessThan(width);
          expect(c.share).toBeGreaterThanOrEqual(0.6);
          expect(c.share).toBeLessThanOrEqual(1);
        }
        expect(new Set(g.columns.map((c) => c.field)).size).toBe(g.columns.length);
        expect(new Set(g.columns.map((c) => c.col)).size).toBe(g.columns.length);
        expect(g.columns.some((c) => c.field === "name")).toBe(true);
        expect(guessColumns(rows)).toEqual(g);
      }),
    );
  });
});
