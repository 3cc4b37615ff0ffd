import type { Model } from "./model";

/** A (partial) assignment of units to tables, with the bookkeeping every move needs. */
export class Seating {
  readonly tableOf: Int32Array;
  readonly members: number[][];
  readonly used: number[];
  readonly caps: number[];
  /** The diet each table is dedicated to, "" for none. */
  readonly diet: string[];

  constructor(readonly model: Model) {
    this.tableOf = new Int32Array(model.units.length).fill(-1);
    this.caps = [...model.caps];
    this.members = this.caps.map(() => []);
    this.used = this.caps.map(() => 0);
    this.diet = this.caps.map(() => "");
  }

  get tableCount(): number {
    return this.caps.length;
  }

  addTable(capacity: number): number {
    this.caps.push(capacity);
    this.members.push([]);
    this.used.push(0);
    this.diet.push("");
    return this.caps.length - 1;
  }

  /** Whether unit u (not counting `except`, which leaves t) has someone at t it must keep apart from. */
  clashes(u: number, t: number, except = -1): boolean {
    for (const c of this.model.conflicts[u]) if (c !== except && this.tableOf[c] === t) return true;
    return false;
  }

  fits(u: number, t: number): boolean {
    return this.used[t] + this.model.units[u].size <= this.caps[t] && !this.clashes(u, t);
  }

  place(u: number, t: number): void {
    this.tableOf[u] = t;
    this.members[t].push(u);
    this.used[t] += this.model.units[u].size;
  }

  remove(u: number): void {
    const t = this.tableOf[u];
    if (t < 0) return;
    const list = this.members[t];
    list.splice(list.indexOf(u), 1);
    this.used[t] -= this.model.units[u].size;
    this.tableOf[u] = -1;
  }

  move(u: number, t: number): void {
    this.remove(u);
    this.place(u, t);
  }
}
