import type { Finding } from "../../finding";
import type { DateTimeValue } from "../../schema/values";
import { finding } from "../cells";
import type { Rule } from "../types";
import { shownValue } from "./shownValue";
import { hitAddress, placeOf, typedCellHits } from "./typedCells";

function isoText(d: DateTimeValue): string {
  return d.time ? `${d.date} ${d.time}` : d.date;
}

/**
 * Dates typed as text (or as a number such as 20260315). Huiwu reads them, but Excel does not
 * treat them as dates: they sort as text, filters list them apart and date formulas skip them.
 * A 3/4/2026-style date is reported by hygiene.ambiguous-date instead. A column full of them
 * gets one finding, so a sheet pasted from another system does not fill the Issues sheet.
 */
export const dateAsText: Rule = {
  id: "hygiene.date-as-text",
  family: "hygiene",
  severity: "info",
  title: { zh: "日期以文本录入", en: "Date typed as text" },
  needs: [],
  run({ wb }) {
    const hits = typedCellHits(wb, ["dateTime"], (c) => c.fromText === true && c.ambiguous !== true);
    return hits.map((h): Finding => {
      const col = { zh: h.column.zh, en: h.column.en };
      if (h.kind === "column") {
        const n = h.count;
        return finding(
          dateAsText,
          h.sheet,
          hitAddress(h),
          {
            zh: `“${col.zh}”列${h.whole ? `的 ${n} 个日期全部` : `有 ${n} 个日期`}是以文本录入的（第一个在 ${hitAddress(h)}）：会务检查能读出它们，但 Excel 排序、筛选和公式不会把它们当作日期。`,
            en: `${h.whole ? `All ${n} dates` : `${n} dates`} in the ${col.en} column are typed as text (the first is ${hitAddress(h)}): Huiwu reads them, but Excel will not sort, filter or calculate them as dates.`,
          },
          {
            zh: "选中该列，用“数据 → 分列”转换为日期；或设为日期格式后重新输入。",
            en: "Select the column and convert it with Data → Text to Columns (column data format: Date), or format it as a date and retype.",
          },
        );
      }
      const raw = shownValue(h.cell.raw);
      const typed = typeof h.cell.raw === "number" ? { zh: "数字", en: "a number" } : { zh: "文本", en: "text" };
      const iso = isoText(h.cell.value as DateTimeValue);
      return finding(
        dateAsText,
        h.sheet,
        h.cell.address,
        {
          zh: `${placeOf(h).zh}中的“${raw}”是以${typed.zh}录入的日期：会务检查能读出 ${iso}，但 Excel 排序、筛选和公式不会把它当作日期。`,
          en: `"${raw}" in ${placeOf(h).en} is a date typed as ${typed.en}: Huiwu reads ${iso}, but Excel will not sort, filter or calculate it as a date.`,
        },
        {
          zh: `将单元格设为日期格式，重新输入 ${iso}。`,
          en: `Format the cell as a date and type ${iso} again.`,
        },
      );
    });
  },
};
