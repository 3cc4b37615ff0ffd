import type { ParsedWorkbook } from "../core/schema/parseWorkbook";
import { BadInputError } from "./io";

/** Without a readable roster no command has anything to work on: bad input, exit 2, nothing written. */
export function requireRoster(parsed: ParsedWorkbook): void {
  const roster = parsed.roster;
  if (roster.sheet && roster.headerRow >= 0) return;
  const f = roster.findings.find((x) => x.severity === "error");
  throw new BadInputError(f ? f.message.en : "No roster found.", f ? f.message.zh : "找不到参会人员名单。");
}
