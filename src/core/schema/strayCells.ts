import type { Finding } from "../finding";

/** Values typed far from the rest of an input sheet, which the read left out (see SheetSnapshot.strays). */
export function strayCells(sheet: string, cells: readonly string[]): Finding {
  const shown = cells.slice(0, 3).join(cells.length > 3 ? ", " : " and ");
  const more = cells.length > 3 ? ` and ${cells.length - 3} more` : "";
  const zhMore = cells.length > 3 ? ` 等 ${cells.length} 个单元格` : "";
  return {
    id: "parse.stray-cells",
    severity: "warning",
    sheet,
    cell: cells[0],
    message: {
      zh: `工作表“${sheet}”的 ${cells.slice(0, 3).join("、")}${zhMore}远离其余数据，未读取。`,
      en: `Sheet "${sheet}" has values at ${shown}${more}, far from the rest of its data; they were not read.`,
    },
    fix: {
      zh: "如是误输入，删除这些单元格的内容；如是名单的一部分，把它们移到其余数据旁边。",
      en: "If they were typed by accident, clear them; if they belong to the list, move them next to the rest.",
    },
  };
}
