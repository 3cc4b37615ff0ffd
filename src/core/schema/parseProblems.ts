import type { Finding, Severity } from "../finding";
import type { Bilingual } from "../i18n";

/**
 * Builders for the findings the parser reports. A finding carries its sheet and cell, which every
 * view shows beside the message (a link in the pane and the Issues sheet, a prefix on the command
 * line), so cell messages say what was found and what was expected without repeating the address.
 */

function quoteRaw(raw: string): { zh: string; en: string } {
  const shown = raw.length > 40 ? raw.slice(0, 39) + "…" : raw;
  return { zh: `“${shown}”`, en: `"${shown}"` };
}

export function cellProblem(
  id: string,
  severity: Severity,
  sheet: string,
  cell: string,
  raw: string,
  expected: Bilingual,
  fix?: Bilingual,
): Finding {
  const q = quoteRaw(raw);
  return {
    id,
    severity,
    sheet,
    cell,
    message: {
      zh: `${q.zh} 无法识别，应为${expected.zh}。`,
      en: `${q.en} cannot be read; expected ${expected.en}.`,
    },
    fix,
  };
}

export function errorValueProblem(sheet: string, cell: string, error: string, column: Bilingual): Finding {
  return {
    id: "parse.error-value",
    severity: "warning",
    sheet,
    cell,
    message: {
      zh: `“${column.zh}”显示错误值 ${error}，该单元格被当作空值。`,
      en: `The ${column.en} cell shows the error ${error}; it is treated as empty.`,
    },
    fix: { zh: "修正该单元格的公式或改为直接填写数值。", en: "Fix the cell's formula or type the value directly." },
  };
}

export function sheetProblem(id: string, severity: Severity, sheet: string, cell: string, message: Bilingual, fix?: Bilingual): Finding {
  return { id, severity, sheet, cell, message, fix };
}
