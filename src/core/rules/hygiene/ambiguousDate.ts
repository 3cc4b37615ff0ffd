import type { Finding } from "../../finding";
import { formatDate, ymdOf } from "../../schema/normalize/dates";
import type { DateTimeValue } from "../../schema/values";
import { finding } from "../cells";
import type { Rule } from "../types";
import { shownValue } from "./shownValue";
import { placeOf, typedCellHits } from "./typedCells";

/** The same day and month the other way round: 2026-03-04 → 2026-04-03. */
function swapped(date: string): string | undefined {
  const ymd = ymdOf(date);
  if (!ymd || ymd.d > 12) return undefined;
  return `${ymd.y}-${String(ymd.d).padStart(2, "0")}-${String(ymd.m).padStart(2, "0")}`;
}

/**
 * Dates like 3/4/2026: 4 March to some readers, 3 April to others. Huiwu reads them month first.
 * Every such cell is listed, never summed up into a count: each one may have been meant the other way.
 */
export const ambiguousDate: Rule = {
  id: "hygiene.ambiguous-date",
  family: "hygiene",
  severity: "warning",
  title: { zh: "日期月日可能颠倒", en: "Ambiguous date" },
  needs: [],
  run({ wb }) {
    const out: Finding[] = [];
    for (const h of typedCellHits(wb, ["dateTime"], (c) => c.ambiguous === true, { aggregate: false })) {
      if (h.kind !== "cell") continue;
      const read = (h.cell.value as DateTimeValue).date;
      const other = swapped(read);
      if (!other) continue;
      const raw = shownValue(h.cell.raw);
      const zh = { read: formatDate(read, "zh"), other: formatDate(other, "zh") };
      const en = { read: formatDate(read, "en"), other: formatDate(other, "en") };
      out.push(
        finding(
          ambiguousDate,
          h.sheet,
          h.cell.address,
          {
            zh: `${placeOf(h).zh}中的“${raw}”既可理解为${zh.read}，也可理解为${zh.other}；目前按${zh.read}处理。`,
            en: `"${raw}" in ${placeOf(h).en} could be ${en.read} or ${en.other}; it is read as ${en.read} (month first).`,
          },
          {
            zh: `改用不会混淆的写法：${read}（若本意是${zh.other}，则写 ${other}）。`,
            en: `Write it unambiguously: ${read} (or ${other} if ${en.other} was meant).`,
          },
        ),
      );
    }
    return out;
  },
};
