/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SheetGrid } from "../../src/playground/SheetGrid";
import { playgroundStrings } from "../../src/playground/strings";
import type { SheetSnapshot } from "../../src/workbook/gateway";

const ROSTER: SheetSnapshot = {
  name: "参会人员",
  top: 0,
  left: 0,
  values: [
    ["序号", "姓名", "到达", "住宿", "人数"],
    [1, "王鑫超", 46366.375, true, 0.1 + 0.2],
    [2, "刘月", "", false, "#N/A"],
  ],
  work: [{ row: 2, col: 2, formula: "=C2+1" }],
};

function grid(props: Partial<Parameters<typeof SheetGrid>[0]> = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SheetGrid snapshot={ROSTER} strings={playgroundStrings("zh")} {...props} />
    </FluentProvider>,
  );
}

const cell = (a1: string) => document.querySelector(`td[data-cell="${a1}"]`)!;

describe("the workbook view's grid", () => {
  test("shows column letters, row numbers and each cell as text, from A1", () => {
    grid();
    const table = screen.getByRole("table", { name: "工作表“参会人员”" });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers.slice(0, 5)).toEqual(["A", "B", "C", "D", "E"]);
    expect(headers).toHaveLength(12); // a screenful of columns: A–L
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((h) => h.textContent)
        .slice(0, 3),
    ).toEqual(["1", "2", "3"]);
    expect(["A1", "B2", "C2", "D2", "E2", "E3", "D3"].map((a) => cell(a).textContent)).toEqual([
      "序号",
      "王鑫超",
      "46366.375",
      "TRUE",
      "0.3",
      "#N/A",
      "FALSE",
    ]);
    // A formula Huiwu wrote has no result until Excel calculates it: shown as written.
    expect(cell("C3").textContent).toBe("=C2+1");
    expect(cell("C3").getAttribute("title")).toContain("在 Excel 中打开时计算");
    expect(screen.queryByRole("note")).toBeNull();
  });

  test("highlights the cells goToCell pointed at, and marks its first cell", () => {
    grid({ selection: { row: 1, col: 1, rows: 2, cols: 2 } });
    const selected = [...document.querySelectorAll("td[data-selected]")].map((td) => td.getAttribute("data-cell"));
    expect(selected).toEqual(["B2", "C2", "B3", "C3"]);
    expect([...document.querySelectorAll("td[data-anchor]")].map((td) => td.getAttribute("data-cell"))).toEqual(["B2"]);
  });

  test("a selection beyond the used range widens the grid to it", () => {
    grid({ selection: { row: 59, col: 29, rows: 1, cols: 1 } });
    expect(cell("AD60").hasAttribute("data-anchor")).toBe(true);
  });

  test("a large sheet renders its first 500 rows and 50 columns, and says so", () => {
    const big: SheetSnapshot = {
      name: "Big",
      top: 0,
      left: 0,
      values: Array.from({ length: 600 }, (_, r) => Array.from({ length: 60 }, (_, c) => r * 100 + c)),
    };
    grid({ snapshot: big });
    expect(document.querySelectorAll("tbody tr")).toHaveLength(500);
    expect(cell("AX500").textContent).toBe("49949");
    expect(cell("AY1")).toBeNull();
    expect(screen.getByRole("note").textContent).toBe("只显示第 1–500 行、A–AX 列（共 600 行、60 列）；下载后可在 Excel 中查看全部。");
  });
});
