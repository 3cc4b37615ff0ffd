import type { Finding } from "../../../src/core/finding";
import { issuesSheet } from "../../../src/core/report/issuesSheet";
import { sortFindings } from "../../../src/core/report/sortFindings";

const target = { name: "检查结果", mode: "replace" as const, owner: "issues" as const, exists: false, marker: "none" as const };

function f(severity: Finding["severity"], sheet: string, cell: string, id = "parse.date"): Finding {
  return {
    id,
    severity,
    sheet,
    cell,
    message: { zh: `${sheet}!${cell} 中文`, en: `${sheet}!${cell} English` },
    fix: { zh: "修正", en: "Fix it" },
  };
}

describe("sortFindings", () => {
  it("puts errors first, then follows sheet order, then rows and columns", () => {
    const input = [
      f("warning", "预算", "B2"),
      f("warning", "参会人员", "C10"),
      f("error", "任务", "A2"),
      f("warning", "参会人员", "B10"),
      f("info", "参会人员", "A1"),
    ];
    const out = sortFindings(input, ["参会人员", "预算", "任务"]);
    expect(out.map((x) => `${x.severity} ${x.sheet}!${x.cell}`)).toEqual([
      "error 任务!A2",
      "warning 参会人员!B10",
      "warning 参会人员!C10",
      "warning 预算!B2",
      "info 参会人员!A1",
    ]);
  });

  it("orders row 10 after row 9 (numeric, not text order)", () => {
    const out = sortFindings([f("warning", "S", "A10"), f("warning", "S", "A9")], ["S"]);
    expect(out.map((x) => x.cell)).toEqual(["A9", "A10"]);
  });
});

describe("issuesSheet", () => {
  it("lists findings under a header with counts, in the workbook's language, with links to the cells", () => {
    const s = issuesSheet({
      target,
      lang: "zh",
      findings: [f("warning", "参会人员", "F7"), f("error", "参会人员", "A1", "parse.no-header")],
      sheetOrder: ["参会人员"],
      existingSheets: ["参会人员"],
      subtitle: "2026年度工作会议",
    });
    const rows = s.values[0].values;
    expect(rows[0][0]).toBe("检查结果 — 2026年度工作会议");
    expect(rows[1][0]).toBe("错误 1 项 · 警告 1 项 · 提示 0 项");
    expect(rows[3]).toEqual(["级别", "规则", "说明", "工作表", "单元格", "建议"]);
    expect(rows[4].slice(0, 2)).toEqual(["错误", "parse.no-header"]);
    expect(rows[5][4]).toBe("参会人员!F7");
    expect(s.links).toEqual([
      { row: 4, col: 4, sheet: "参会人员", cell: "A1", text: "参会人员!A1" },
      { row: 5, col: 4, sheet: "参会人员", cell: "F7", text: "参会人员!F7" },
    ]);
    expect(s.owner).toBe("issues");
    expect(s.freeze).toEqual({ rows: 4, cols: 0 });
  });

  it("says there are no findings instead of leaving an empty table", () => {
    const s = issuesSheet({ target, lang: "en", findings: [], sheetOrder: [], existingSheets: [] });
    const rows = s.values[0].values;
    expect(rows[1][0]).toBe("0 errors · 0 warnings · 0 info");
    expect(rows[3][0]).toBe("No findings.");
    expect(s.links).toEqual([]);
  });

  it("does not link to a sheet that does not exist", () => {
    const s = issuesSheet({
      target,
      lang: "en",
      findings: [f("error", "Roster", "A1", "parse.sheet-missing")],
      sheetOrder: [],
      existingSheets: ["Budget"],
    });
    expect(s.links).toEqual([]);
    expect(s.values[0].values[1][0]).toBe("1 error · 0 warnings · 0 info");
    expect(s.values[0].values[4][4]).toBe("Roster!A1");
  });

  it("colours each severity run once rather than cell by cell", () => {
    const many = Array.from({ length: 500 }, (_, i) => f(i < 200 ? "error" : "warning", "S", `A${i + 2}`));
    const s = issuesSheet({ target, lang: "en", findings: many, sheetOrder: ["S"], existingSheets: ["S"] });
    const fills = s.formats!.filter((x) => x.fill && x.range.col === 0 && x.range.row >= 4);
    expect(fills).toEqual([
      { range: { row: 4, col: 0, rows: 200, cols: 1 }, fill: "#F8D7DA" },
      { range: { row: 204, col: 0, rows: 300, cols: 1 }, fill: "#FFF3CD" },
    ]);
  });
});
