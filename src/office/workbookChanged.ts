import { OfficeRequestError } from "./errors";

function quoted(names: readonly string[], open: string, close: string, separator: string): string {
  return names.map((n) => open + n + close).join(separator);
}

/**
 * The workbook no longer looks the way the read saw it (a co-author added, renamed or removed a
 * sheet, or removed a marker), and the write stopped at its first checks. `leftovers` are empty
 * sheets this write had added before it stopped and could not take away again.
 */
export function workbookChangedError(leftovers: readonly string[], cause: unknown): OfficeRequestError {
  const en = "The workbook changed while Huiwu was working (a sheet was added, renamed or removed by someone else); ";
  const zh = "会务助手工作期间，工作簿被他人更改（添加、重命名或删除了工作表）；";
  if (leftovers.length === 0) {
    return new OfficeRequestError(
      "WorkbookChanged",
      en + "nothing was written — run the command again.",
      zh + "未写入任何内容——请重新运行该命令。",
      { cause },
    );
  }
  return new OfficeRequestError(
    "WorkbookChanged",
    `${en}nothing was written, but the empty sheet${leftovers.length > 1 ? "s" : ""} ${quoted(leftovers, "“", "”", ", ")} it had just added could not be removed — delete ${leftovers.length > 1 ? "them" : "it"}, then run the command again.`,
    `${zh}未写入任何内容，但刚添加的空工作表${quoted(leftovers, "“", "”", "")}未能移除——请删除后重新运行该命令。`,
    { cause },
  );
}
