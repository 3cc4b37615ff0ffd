import { isBlank, type CellValue } from "../../cellValue";
import { cellText } from "../../schema/normalize/cellText";
import { foldKey } from "../../schema/normalize/text";
import type { SheetSnapshot } from "../../../workbook/gateway";
import { HEADERS } from "./labels";

/** What someone filled in for a person on the sheet: the time in and the signature cell. */
export interface SignedIn {
  name: CellValue;
  organisation: CellValue;
  title: CellValue;
  time: CellValue;
  signature: CellValue;
}

/** A person on the sheet: their name and organisation, as typed, folded. */
export const personKey = (name: CellValue, organisation: CellValue): string =>
  `${foldKey(cellText(name))}|${foldKey(cellText(organisation))}`;

/**
 * The 签到时间 / 签名 cells someone filled in on the previous sheet (a desk that signs people in
 * on a laptop), by person, so a re-run does not wipe them. The sheet's header row (either
 * language) places the columns; a sheet without it gives nothing.
 */
export function previousSignIns(snapshot: SheetSnapshot | undefined): Map<string, SignedIn> {
  const out = new Map<string, SignedIn>();
  if (!snapshot) return out;
  const headerAt = snapshot.values.findIndex((r) => (["zh", "en"] as const).some((l) => HEADERS[l].every((h, i) => cellText(r[i]) === h)));
  if (headerAt < 0) return out;
  for (const r of snapshot.values.slice(headerAt + 1)) {
    const [no, name, organisation, title, time, signature] = [0, 1, 2, 3, 4, 5].map((i) => r[i] ?? "");
    if (typeof no !== "number" || isBlank(name) || (isBlank(time) && isBlank(signature))) continue;
    out.set(personKey(name, organisation), { name, organisation, title, time, signature });
  }
  return out;
}
