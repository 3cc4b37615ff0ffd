import { REQUEST_BASE_BYTES } from "../../src/workbook/packer";
import { ownershipStamp } from "../../src/workbook/ownership";
import type { CellValue } from "../../src/core/cellValue";
import type { SheetWrite, WritePlan } from "../../src/core/plan/writePlan";
import {
  chunkPlan,
  DEFAULT_CHUNK_BYTES,
  estimateOpBytes,
  MAX_REQUEST_BYTES,
  OP_OVERHEAD_BYTES,
  utf8Bytes,
  type Chunk,
  type ChunkOp,
} from "../../src/workbook/chunk";

function grid(rows: number, cols: number, cell: (r: number, c: number) => CellValue): CellValue[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(r, c)));
}

function sheet(name: string, values: CellValue[][], extra: Partial<SheetWrite> = {}): SheetWrite {
  return { name, mode: "replace", owner: "issues", marker: "none", exists: false, values: [{ row: 0, col: 0, values }], ...extra };
}

/** Every value row written, in order, rebuilt from the chunks. */
function valueRows(chunks: Chunk[], sheetName: string): { row: number; values: CellValue[] }[] {
  const out: { row: number; values: CellValue[] }[] = [];
  for (const c of chunks)
    for (const op of c.ops)
      if (op.kind === "values" && op.sheet === sheetName) op.values.forEach((values, i) => out.push({ row: op.row + i, values }));
  return out;
}

function allOps(chunks: Chunk[]): ChunkOp[] {
  return chunks.flatMap((c) => c.ops);
}

describe("chunkPlan", () => {
  it("keeps the limits of Excel on the web in one place", () => {
    expect(MAX_REQUEST_BYTES).toBe(5 * 1024 * 1024);
    expect(DEFAULT_CHUNK_BYTES).toBeLessThan(MAX_REQUEST_BYTES);
  });

  it("writes a small plan in a single chunk: setup first, activation last", () => {
    const plan: WritePlan = {
      sheets: [
        sheet(
          "检查结果",
          grid(3, 2, (r, c) => `r${r}c${c}`),
          { activate: true, freeze: { rows: 1, cols: 0 } },
        ),
        sheet(
          "Budget Review",
          grid(2, 2, () => 1),
          { exists: true, marker: "stale", owner: "budgetReview" },
        ),
      ],
    };
    const chunks = chunkPlan(plan);
    expect(chunks).toHaveLength(1);
    expect(chunks[0].ops.map((o) => `${o.kind}:${o.sheet}`)).toEqual([
      "expectSheet:Budget Review",
      "expectMarker:Budget Review",
      "addSheet:检查结果",
      "marker:检查结果",
      "marker:Budget Review",
      "clearSheet:Budget Review",
      "values:检查结果",
      "freeze:检查结果",
      "values:Budget Review",
      // A replaced sheet's print settings start afresh even when the plan sets none.
      "page:Budget Review",
      "activate:检查结果",
    ]);
    const markers = chunks[0].ops.filter((o) => o.kind === "marker");
    expect(markers).toEqual([
      { kind: "marker", sheet: "检查结果", owner: "issues", state: "none", stamp: expect.stringMatching(/^Huiwu issues [0-9a-f]{8}$/) },
      {
        kind: "marker",
        sheet: "Budget Review",
        owner: "budgetReview",
        state: "stale",
        stamp: expect.stringMatching(/^Huiwu budgetReview [0-9a-f]{8}$/),
      },
    ]);
  });

  it("renews the stamp of a current marker, and adds no marker for a sheet without an owner", () => {
    const chunks = chunkPlan({
      sheets: [
        sheet("A", [[1]], { exists: true, marker: "current" }),
        { name: "参会人员", mode: "create", exists: false, values: [{ row: 0, col: 0, values: [["姓名"]] }] },
      ],
    });
    expect(allOps(chunks).filter((o) => o.kind === "marker")).toEqual([
      { kind: "marker", sheet: "A", owner: "issues", state: "current", stamp: ownershipStamp("issues", 1) },
    ]);
  });

  it("splits a 10,000 × 30 block by rows into the fewest chunks the budget allows, each under it, nothing lost", () => {
    // Every row has the same serialized size, so the minimum is easy to state exactly.
    const values = grid(10_000, 30, (r, c) => `${String(r).padStart(5, "0")}-${String(c).padStart(2, "0")}-张三`);
    const budget = 1024 * 1024;
    const chunks = chunkPlan({ sheets: [sheet("S", values)] }, budget);

    const rowBytes = utf8Bytes(JSON.stringify(values[0])) + 1;
    const setupBytes =
      estimateOpBytes({ kind: "addSheet", sheet: "S" }) +
      estimateOpBytes({ kind: "marker", sheet: "S", owner: "issues", state: "none", stamp: ownershipStamp("issues", values[0][0]) });
    const perFullChunk = Math.floor((budget - OP_OVERHEAD_BYTES - 2) / rowBytes);
    const inFirst = Math.floor((budget - setupBytes - OP_OVERHEAD_BYTES - 2) / rowBytes);
    const expected = 1 + Math.ceil((10_000 - inFirst) / perFullChunk);
    expect(chunks.length).toBe(expected);
    expect(chunks.length).toBeGreaterThan(1);

    for (const c of chunks) {
      expect(c.bytes).toBeLessThanOrEqual(budget);
      // The estimate covers what is actually sent.
      const data = c.ops.map((o) => (o.kind === "values" ? utf8Bytes(JSON.stringify(o.values)) : 0)).reduce((a, b) => a + b, 0);
      expect(c.bytes).toBeGreaterThanOrEqual(data);
    }
    const rows = valueRows(chunks, "S");
    expect(rows.map((r) => r.row)).toEqual(values.map((_, i) => i));
    expect(rows.map((r) => r.values)).toEqual(values);
  });

  it("is tight: no chunk could have taken the first piece of the next one", () => {
    const values = grid(3000, 12, (r, c) => (c % 3 === 0 ? r * 1.5 : `会议-${r}-${c}-${"x".repeat((r * 7 + c) % 40)}`));
    const budget = 256 * 1024;
    const chunks = chunkPlan({ sheets: [sheet("S", values)] }, budget);
    for (let i = 0; i + 1 < chunks.length; i++) {
      const next = chunks[i + 1].ops[0];
      const firstRowBytes =
        next.kind === "values" ? OP_OVERHEAD_BYTES + 2 + utf8Bytes(JSON.stringify(next.values[0])) + 1 : estimateOpBytes(next);
      expect(chunks[i].bytes + firstRowBytes).toBeGreaterThan(budget);
    }
    expect(valueRows(chunks, "S").map((r) => r.values)).toEqual(values);
  });

  it("uses the default budget of about 4 MB: a 60,000-row output needs more than one request, 10,000 rows one", () => {
    const row = (r: number): CellValue[] => [
      r + 1,
      `姓名${r}`,
      "男",
      "北京某某科技有限公司",
      "处长",
      "已确认",
      "13800138000",
      46000 + (r % 30),
      "是",
      `A${r % 500}`,
      r % 20,
      "备注",
    ];
    const big = chunkPlan({
      sheets: [
        sheet(
          "S",
          Array.from({ length: 60_000 }, (_, r) => row(r)),
        ),
      ],
    });
    const small = chunkPlan({
      sheets: [
        sheet(
          "S",
          Array.from({ length: 10_000 }, (_, r) => row(r)),
        ),
      ],
    });
    expect(small).toHaveLength(1);
    expect(big.length).toBeGreaterThan(1);
    for (const c of big) expect(c.bytes).toBeLessThanOrEqual(DEFAULT_CHUNK_BYTES);
    expect(valueRows(big, "S")).toHaveLength(60_000);
  });

  it("splits formula blocks by rows too, keeping their position", () => {
    const formulas = Array.from({ length: 2000 }, (_, r) => [`=A${r + 1}*2`, `=SUM(A1:A${r + 1})`]);
    const chunks = chunkPlan({ sheets: [{ ...sheet("S", []), values: [], formulas: [{ row: 5, col: 3, formulas }] }] }, 16 * 1024);
    const parts = allOps(chunks).filter((o): o is Extract<ChunkOp, { kind: "formulas" }> => o.kind === "formulas");
    expect(parts.length).toBeGreaterThan(1);
    let next = 5;
    for (const p of parts) {
      expect(p.row).toBe(next);
      expect(p.col).toBe(3);
      next += p.formulas.length;
    }
    expect(parts.flatMap((p) => p.formulas)).toEqual(formulas);
  });

  it("splits a number format over many rows into row bands that cover the same cells", () => {
    const chunks = chunkPlan(
      {
        sheets: [
          {
            ...sheet("S", []),
            values: [],
            formats: [{ range: { row: 1, col: 2, rows: 50_000, cols: 3 }, numberFormat: "yyyy-mm-dd hh:mm", bold: true }],
          },
        ],
      },
      512 * 1024,
    );
    const parts = allOps(chunks).filter((o): o is Extract<ChunkOp, { kind: "format" }> => o.kind === "format");
    expect(parts.length).toBeGreaterThan(1);
    let next = 1;
    for (const p of parts) {
      expect(p.format.range.row).toBe(next);
      expect(p.format.range.cols).toBe(3);
      expect(p.format.bold).toBe(true);
      next += p.format.range.rows;
    }
    expect(next).toBe(50_001);
    for (const c of chunks) expect(c.bytes).toBeLessThanOrEqual(512 * 1024);
  });

  it("keeps operations in plan order across chunks and puts activation in the last chunk", () => {
    const links = Array.from({ length: 3000 }, (_, i) => ({ row: i + 1, col: 0, sheet: "参会人员", cell: `C${i + 2}`, text: `C${i + 2}` }));
    const plan: WritePlan = {
      sheets: [
        sheet(
          "A",
          grid(500, 4, (r) => r),
          { links, tables: [{ name: "T_A", range: { row: 0, col: 0, rows: 500, cols: 4 } }] },
        ),
        sheet(
          "B",
          grid(10, 2, () => "x"),
          { activate: true, columnWidths: [{ col: 0, width: 20 }] },
        ),
      ],
    };
    const chunks = chunkPlan(plan, 64 * 1024);
    expect(chunks.length).toBeGreaterThan(2);
    const kinds = allOps(chunks).map((o) => `${o.kind}:${o.sheet}`);
    const firstContent = kinds.findIndex((k) => k.startsWith("values"));
    expect(kinds.slice(0, firstContent)).toEqual(["addSheet:A", "addSheet:B", "marker:A", "marker:B"]);
    expect(kinds.indexOf("table:A")).toBeGreaterThan(kinds.lastIndexOf("link:A"));
    expect(kinds.indexOf("values:B")).toBeGreaterThan(kinds.indexOf("table:A"));
    const last = chunks[chunks.length - 1].ops;
    expect(last[last.length - 1]).toEqual({ kind: "activate", sheet: "B" });
    expect(allOps(chunks).filter((o) => o.kind === "link")).toHaveLength(3000);
  });

  it("sets print settings after the sheet's content, fresh only for a sheet being replaced", () => {
    const page = { orientation: "landscape" as const, fitToWidth: true, breaksBefore: [3, 6] };
    const chunks = chunkPlan({
      sheets: [
        sheet("New", [["a"], ["b"]], { page, freeze: { rows: 1, cols: 0 } }),
        sheet("Old", [["c"]], { exists: true, marker: "current", page: { breaksBefore: [2] } }),
        { name: "参会人员", mode: "update", exists: true, values: [{ row: 1, col: 1, values: [["x"]] }] },
      ],
    });
    const ops = allOps(chunks);
    expect(ops.map((o) => `${o.kind}:${o.sheet}`).slice(-5)).toEqual([
      "freeze:New",
      "page:New",
      "values:Old",
      "page:Old",
      "values:参会人员",
    ]);
    expect(ops.filter((o) => o.kind === "page")).toEqual([
      { kind: "page", sheet: "New", page, fresh: false },
      { kind: "page", sheet: "Old", page: { breaksBefore: [2] }, fresh: true },
    ]);
  });

  it("leaves print settings out entirely for a host that cannot take them", () => {
    const plan: WritePlan = { sheets: [sheet("Old", [["c"]], { exists: true, marker: "current", page: { breaksBefore: [2] } })] };
    expect(allOps(chunkPlan(plan, DEFAULT_CHUNK_BYTES, { pageSetup: false })).map((o) => o.kind)).toEqual([
      "expectSheet",
      "expectMarker",
      "marker",
      "clearSheet",
      "values",
    ]);
  });

  it("counts each page break in the print settings' estimate, and packs them exactly", () => {
    const breaks = (n: number): ChunkOp => ({
      kind: "page",
      sheet: "S",
      page: { breaksBefore: Array.from({ length: n }, (_, i) => (i + 1) * 10) },
      fresh: false,
    });
    const perBreak = estimateOpBytes(breaks(2)) - estimateOpBytes(breaks(1));
    expect(perBreak).toBeGreaterThanOrEqual(OP_OVERHEAD_BYTES);
    // Breaks before the first row or repeated are not sent, so they cost nothing.
    expect(estimateOpBytes({ kind: "page", sheet: "S", page: { breaksBefore: [0, 10, 10] }, fresh: false })).toBe(
      estimateOpBytes(breaks(1)),
    );

    // The page step goes whole into the chunk that still has room for it, else into the next.
    const values = grid(1, 1, () => "v");
    const page: SheetWrite["page"] = { breaksBefore: Array.from({ length: 100 }, (_, i) => i + 1) };
    const pageBytes = estimateOpBytes({ kind: "page", sheet: "S", page, fresh: false });
    const before = chunkPlan({ sheets: [sheet("S", values)] })[0].bytes;
    expect(chunkPlan({ sheets: [sheet("S", values, { page })] }, before + pageBytes)).toHaveLength(1);
    const split = chunkPlan({ sheets: [sheet("S", values, { page })] }, before + pageBytes - 1);
    expect(split.map((c) => c.ops.map((o) => o.kind))).toEqual([["addSheet", "marker", "values"], ["page"]]);
    expect(split[1].bytes).toBe(REQUEST_BASE_BYTES + pageBytes);
  });

  it("merges a sheet's ranges after its values and formulas and before its formats, one step each", () => {
    const title = { row: 0, col: 0, rows: 1, cols: 4 };
    const note = { row: 3, col: 0, rows: 2, cols: 4 };
    const plan: WritePlan = {
      sheets: [
        sheet("S", [["会议纪要", "", "", ""]], {
          formulas: [{ row: 2, col: 0, formulas: [["=1+1"]] }],
          merges: [title, note],
          formats: [{ range: title, bold: true }],
          columnWidths: [{ col: 0, width: 12 }],
        }),
      ],
    };
    const ops = allOps(chunkPlan(plan));
    expect(ops.map((o) => o.kind)).toEqual(["addSheet", "marker", "values", "formulas", "merge", "merge", "format", "columnWidth"]);
    expect(ops.filter((o) => o.kind === "merge")).toEqual([
      { kind: "merge", sheet: "S", range: title },
      { kind: "merge", sheet: "S", range: note },
    ]);
    // A range lookup and a call, like the other steps without data.
    expect(estimateOpBytes({ kind: "merge", sheet: "S", range: title })).toBe(OP_OVERHEAD_BYTES + utf8Bytes('"S"'));
  });

  it("counts a typeface, an angle, paper, margins and footer parts in their steps' estimates", () => {
    const range = { row: 0, col: 0, rows: 1, cols: 1 };
    const format = (f: object) => estimateOpBytes({ kind: "format", sheet: "S", format: { range, ...f } });
    expect(format({ fontName: "黑体", rotation: 90 })).toBeGreaterThan(format({ fontName: "黑体" }));
    expect(format({ fontName: "黑体" })).toBeGreaterThan(format({}));
    const page = (p: SheetWrite["page"] & object, fresh = false) => estimateOpBytes({ kind: "page", sheet: "S", page: p, fresh });
    const margins = { top: 25, bottom: 25, left: 20, right: 20, header: 10, footer: 10 };
    expect(page({ paper: "A4" })).toBeGreaterThan(page({}));
    expect(page({ margins })).toBeGreaterThanOrEqual(page({}) + 6 * OP_OVERHEAD_BYTES);
    expect(page({ footer: { center: "第 &P 页" } })).toBeGreaterThan(page({}));
    expect(page({ footer: { left: "a", center: "b", right: "c" } })).toBeGreaterThan(page({ footer: { center: "b" } }));
    // A replaced sheet's footer is emptied whole (its object and three parts), and its old breaks removed.
    expect(page({}, true)).toBeGreaterThanOrEqual(page({}) + 5 * OP_OVERHEAD_BYTES);
  });

  it("gives an empty plan no chunks", () => {
    expect(chunkPlan({ sheets: [] })).toEqual([]);
  });
});

describe("utf8Bytes", () => {
  it("counts like UTF-8", () => {
    for (const s of ["", "abc", "张伟", "é", "😀", "a张😀b"]) expect(utf8Bytes(s)).toBe(Buffer.byteLength(s, "utf8"));
  });
});
