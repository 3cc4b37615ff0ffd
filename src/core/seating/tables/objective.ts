import type { Model } from "./model";
import type { Seating } from "./seating";
import type { ObjectiveValue, TableProblem } from "./types";

/**
 * The soft objective, a sum of per-table costs so a move is scored by re-costing two tables:
 * - grouping, together mode: distinct organisations (or groups) per table — an organisation spread
 *   over k tables counts k − 1; mix mode: same-organisation pairs sharing a table;
 * - even: squared deviation of each table's headcount from its share (capacity × guests / seats);
 * - alone: guests with nobody of their organisation or group at the table while someone is elsewhere.
 */
const NONE: readonly number[] = [];

export class Objective {
  private readonly orgCnt: Int32Array;
  private readonly grpCnt: Int32Array;
  private readonly buf: number[] = [];
  private ratio = 1;

  constructor(
    private readonly model: Model,
    private readonly problem: TableProblem,
  ) {
    this.orgCnt = new Int32Array(model.orgTotal.length);
    this.grpCnt = new Int32Array(model.grpTotal.length);
  }

  /** Fixes each table's fair share once the tables are known. */
  calibrate(s: Seating): void {
    const seats = s.caps.reduce((a, c) => a + c, 0);
    this.ratio = seats > 0 ? this.model.guests.length / seats : 0;
  }

  /** Raw parts of table t, with the units `out` taken away and the units `inn` added. */
  parts(s: Seating, t: number, out: readonly number[] = NONE, inn: readonly number[] = NONE): [number, number, number] {
    const { units, org, grp } = this.model;
    const g = this.buf;
    g.length = 0;
    for (const u of s.members[t]) if (!out.includes(u)) for (const m of units[u].members) g.push(m);
    for (const v of inn) for (const m of units[v].members) g.push(m);
    const byGroup = this.problem.groupBy === "group";
    const keyCnt = byGroup ? this.grpCnt : this.orgCnt;
    const key = byGroup ? grp : org;
    let grouping = 0;
    for (const i of g) {
      if (org[i] >= 0) this.orgCnt[org[i]]++;
      if (grp[i] >= 0) this.grpCnt[grp[i]]++;
      const k = key[i];
      if (k < 0) continue;
      const c = keyCnt[k];
      grouping += this.problem.mode === "together" ? (c === 1 ? 1 : 0) : c - 1;
    }
    let alone = 0;
    for (const i of g) if (this.lonely(i)) alone++;
    this.clear(g);
    const d = g.length - s.caps[t] * this.ratio;
    return [grouping, d * d, alone];
  }

  /** The guests at table t the alone term counts, for neighbourhoods that go after them. */
  aloneAt(s: Seating, t: number): number[] {
    const { units, org, grp } = this.model;
    const g = s.members[t].flatMap((u) => units[u].members);
    for (const i of g) {
      if (org[i] >= 0) this.orgCnt[org[i]]++;
      if (grp[i] >= 0) this.grpCnt[grp[i]]++;
    }
    const out = g.filter((i) => this.lonely(i));
    this.clear(g);
    return out;
  }

  /** With the table's counts in place: kin elsewhere, none of them here. */
  private lonely(i: number): boolean {
    const { org, grp, orgTotal, grpTotal } = this.model;
    const o = org[i];
    const p = grp[i];
    const elsewhere = (o >= 0 && orgTotal[o] > 1) || (p >= 0 && grpTotal[p] > 1);
    return elsewhere && !(o >= 0 && this.orgCnt[o] > 1) && !(p >= 0 && this.grpCnt[p] > 1);
  }

  private clear(g: readonly number[]): void {
    const { org, grp } = this.model;
    for (const i of g) {
      if (org[i] >= 0) this.orgCnt[org[i]] = 0;
      if (grp[i] >= 0) this.grpCnt[grp[i]] = 0;
    }
  }

  cost(s: Seating, t: number, out: readonly number[] = NONE, inn: readonly number[] = NONE): number {
    const [grouping, even, alone] = this.parts(s, t, out, inn);
    const w = this.problem.weights;
    return w.grouping * grouping + w.even * even + w.alone * alone;
  }

  value(s: Seating): ObjectiveValue {
    let grouping = 0;
    let even = 0;
    let alone = 0;
    for (let t = 0; t < s.tableCount; t++) {
      const p = this.parts(s, t);
      grouping += p[0];
      even += p[1];
      alone += p[2];
    }
    // Together mode counts distinct keys per table; an organisation at one table costs nothing.
    if (this.problem.mode === "together") grouping -= this.model.keyCount;
    const w = this.problem.weights;
    const total = w.grouping * grouping + w.even * even + w.alone * alone;
    return { total: round(total), grouping, even: round(even), alone };
  }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
