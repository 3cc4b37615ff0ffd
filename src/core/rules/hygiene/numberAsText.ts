import type { Finding } from "../../finding";
import { plainNumberText } from "../../schema/normalize/plainNumber";
import { finding } from "../cells";
import type { Rule } from "../types";
import { shownValue } from "./shownValue";
import { hitAddress, placeOf, typedCellHits } from "./typedCells";

/**
 * Amounts and counts typed as text ("¥12,000", "3人"). Huiwu reads them, but Excel's SUM and
 * every formula over the column skip them, so a total the finance office checks comes out short.
 */
export const numberAsText: Rule = {
  id: "hygiene.number-as-text",
  family: "hygiene",
  severity: "info",
  title: { zh: "数字以文本录入", en: "Number typed as text" },
  needs: [],
  run({ wb }) {
    const hits = typedCellHits(wb, ["money", "number", "integer"], (c) => c.fromText === true);
    return hits.map((h): Finding => {
      const col = { zh: h.column.zh, en: h.column.en };
      if (h.kind === "column") {
        const n = h.count;
        return finding(
          numberAsText,
          h.sheet,
          hitAddress(h),
          {
            zh: `“${col.zh}”列${h.whole ? `全部 ${n} 个` : `有 ${n} 个`}数值是以文本录入的（第一个在 ${hitAddress(h)}）：会务检查能读出它们，但 Excel 的求和与公式会漏掉它们。`,
            en: `${h.whole ? `All ${n} values` : `${n} values`} in the ${col.en} column are typed as text (the first is ${hitAddress(h)}): Huiwu reads them, but Excel's SUM and formulas leave them out.`,
          },
          {
            zh: "选中该列，点单元格旁的黄色提示选“转换为数字”；货币符号用单元格格式显示。",
            en: "Select the column and use the warning icon's Convert to Number; let the cell format show any currency sign.",
          },
        );
      }
      const raw = shownValue(h.cell.raw);
      const value = plainNumberText(h.cell.value as number);
      return finding(
        numberAsText,
        h.sheet,
        h.cell.address,
        {
          zh: `${placeOf(h).zh}中的“${raw}”是以文本录入的数值：会务检查能读出 ${value}，但 Excel 的求和与公式会漏掉它。`,
          en: `"${raw}" in ${placeOf(h).en} is typed as text: Huiwu reads ${value}, but Excel's SUM and formulas leave it out.`,
        },
        {
          zh: `将单元格设为数值格式，重新输入 ${value}（货币符号用单元格格式显示）。`,
          en: `Format the cell as a number and type ${value} again (let the cell format show any currency sign).`,
        },
      );
    });
  },
};
