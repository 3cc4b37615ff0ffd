import type { CellValue } from "../../src/core/cellValue";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { markerName, stampOfWrite } from "../../src/workbook/ownership";
import type { ApplyReport, OwnedSheet, WorkbookGateway, WorkbookSnapshot } from "../../src/workbook/gateway";

/**
 * A plain in-memory workbook behind the gateway interface, for use-case tests that are about
 * the logic above the gateway, not about either adapter. Records every read and applied plan.
 */
export class MemoryGateway implements WorkbookGateway {
  readonly reads: string[][] = [];
  readonly applied: WritePlan[] = [];
  sheets = new Map<string, CellValue[][]>();
  owned: OwnedSheet[] = [];

  constructor(sheets: Record<string, CellValue[][]> = {}) {
    for (const [name, rows] of Object.entries(sheets)) this.sheets.set(name, rows);
  }

  async read(sheetNames: readonly string[]): Promise<WorkbookSnapshot> {
    this.reads.push([...sheetNames]);
    const sheets = sheetNames
      .filter((n) => this.sheets.has(n))
      .map((name) => {
        const rows = this.sheets.get(name)!;
        const width = Math.max(0, ...rows.map((r) => r.length));
        return { name, top: 0, left: 0, values: rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]) };
      });
    const a1 = (o: OwnedSheet) => (o.name === null ? {} : { a1: this.sheets.get(o.name)?.[0]?.[0] ?? "" });
    return { sheetNames: [...this.sheets.keys()], sheets, owned: this.owned.map((o) => ({ ...o, ...a1(o) })) };
  }

  async apply(plan: WritePlan): Promise<ApplyReport> {
    this.applied.push(plan);
    for (const s of plan.sheets)
      for (const b of s.expect ?? [])
        b.values.forEach((row, i) =>
          row.forEach((v, j) => {
            if ((this.sheets.get(s.name)?.[b.row + i]?.[b.col + j] ?? "") !== v) throw new Error(`${s.name} changed since the read`);
          }),
        );
    for (const s of plan.sheets) {
      if (s.mode === "create" && this.sheets.has(s.name)) throw new Error(`sheet ${s.name} exists`);
      const grid: CellValue[][] = s.mode === "replace" || !this.sheets.has(s.name) ? [] : this.sheets.get(s.name)!;
      for (const b of s.values) {
        b.values.forEach((row, i) => {
          const r = (grid[b.row + i] ??= []);
          row.forEach((v, j) => (r[b.col + j] = v));
        });
      }
      for (let i = 0; i < grid.length; i++) grid[i] = Array.from(grid[i] ?? [], (v) => v ?? "");
      this.sheets.set(s.name, grid);
      if (s.owner) {
        // Stamped with what A1 now holds, as both real gateways do (see ownershipStamp).
        this.owned = this.owned.filter((o) => o.kind !== s.owner);
        this.owned.push({ kind: s.owner, name: s.name, stamp: stampOfWrite(s.owner, s.values) });
      }
    }
    return { requests: 1, sheets: plan.sheets.map((s) => s.name) };
  }

  /** Simulates a co-author deleting a sheet: an ownership marker pointing at it turns stale. */
  deleteSheet(name: string): void {
    this.sheets.delete(name);
    this.owned = this.owned.map((o) => (o.name === name ? { ...o, name: null } : o));
  }

  markerNames(): string[] {
    return this.owned.map((o) => markerName(o.kind));
  }
}
