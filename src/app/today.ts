import type { LocalDate } from "../core/schema/normalize/dates";

/** The local calendar date of this machine. The core never reads a clock; the pane and the command line do, here. */
export function localToday(now: Date = new Date()): LocalDate {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
