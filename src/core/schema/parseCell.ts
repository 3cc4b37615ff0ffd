import { isBlank, isExcelError, type CellValue } from "../cellValue";
import type { Finding } from "../finding";
import type { Bilingual } from "../i18n";
import { enumLabels, matchEnum } from "./enums";
import { parseBooleanCell } from "./normalize/booleans";
import { cellText, splitList } from "./normalize/cellText";
import { textOfIdCell } from "./normalize/contacts";
import { displayText } from "./normalize/text";
import { parseDateCell } from "./normalize/dates";
import { PLAUSIBLE_YEARS } from "./normalize/dateText";
import { serialToLocal } from "./normalize/serial";
import { parseIntegerCell, parseNumberCell, parsePercentCell } from "./normalize/numbers";
import { cellProblem, errorValueProblem } from "./parseProblems";
import type { ColumnDef } from "./sheetDef";
import type { Cell } from "./values";

export interface CellParse {
  cell?: Cell<unknown>;
  problem?: Finding;
}

const EXPECT: Record<string, Bilingual> = {
  dateTime: {
    zh: "日期或日期时间（如 2026-03-15 或 2026-03-15 14:30）",
    en: "a date or date-time (such as 2026-03-15 or 2026-03-15 14:30)",
  },
  money: { zh: "金额（如 12000 或 ¥12,000）", en: "an amount (such as 12000 or 12,000)" },
  number: { zh: "数字", en: "a number" },
  integer: { zh: "整数", en: "a whole number" },
  percent: { zh: "百分比（如 10%）", en: "a percentage (such as 10%)" },
  boolean: { zh: "是或否", en: "yes or no" },
  idText: { zh: "编号或号码（文本）", en: "an ID or number written as text" },
  phone: { zh: "电话号码", en: "a phone number" },
};

function enumExpectation(col: ColumnDef): Bilingual {
  const d = col.enumDef!;
  return {
    zh: `以下之一：${enumLabels(d, "zh").join("、")}`,
    en: `one of: ${enumLabels(d, "en").join(", ")}`,
  };
}

/**
 * Reads one cell of a known column. Blank cells give nothing; unreadable cells give a problem
 * naming the sheet, the cell and what was expected. Never throws.
 */
function unreadable(v: CellValue, col: ColumnDef, sheet: string, address: string, expected: Bilingual, id: string): CellParse {
  return {
    problem: cellProblem(id, "warning", sheet, address, cellText(v), {
      zh: `${col.zh}：${expected.zh}`,
      en: `${col.en}: ${expected.en}`,
    }),
  };
}

const NOTHING: CellParse = Object.freeze({});

/**
 * A real date past any meeting (9999-12-31, a common "no end" date): named as the date it is,
 * not as the serial number Excel stores, with the years a meeting date may have.
 */
function farDate(v: CellValue, col: ColumnDef, sheet: string, address: string): CellParse | undefined {
  if (typeof v !== "number") return undefined;
  const local = serialToLocal(v);
  // Only past the last year: a small number (12, 2026) is what the planner typed, not a date of 1900.
  if (local.outOfRange || !local.date || Number(local.date.slice(0, 4)) <= PLAUSIBLE_YEARS.last) return undefined;
  const { first, last } = PLAUSIBLE_YEARS;
  const expected = { zh: `${first} 年至 ${last} 年之间的日期`, en: `a date between ${first} and ${last}` };
  return {
    problem: cellProblem("parse.date", "warning", sheet, address, local.date, {
      zh: `${col.zh}：${expected.zh}`,
      en: `${col.en}: ${expected.en}`,
    }),
  };
}

/** Numbers past a hundred trillion are no amount or count a meeting has. */
const NUMBER_RANGE = [-1e14, 1e14] as const;

export function parseCell(v: CellValue, col: ColumnDef, sheet: string, address: string): CellParse {
  if (isBlank(v)) return NOTHING;
  if (isExcelError(v)) return { problem: errorValueProblem(sheet, address, v as string, { zh: col.zh, en: col.en }) };
  const raw = v;
  switch (col.type) {
    case "text": {
      // Kept as typed (only the invisible trimmed): written out again on badges and sheets.
      const t = typeof v === "string" ? displayText(v) : cellText(v);
      return t ? { cell: { value: t, address, raw } } : {};
    }
    case "email": {
      const t = cellText(v);
      return t ? { cell: { value: t, address, raw } } : {};
    }
    case "list": {
      const items = splitList(cellText(v));
      return items.length ? { cell: { value: items, address, raw } } : {};
    }
    case "idText":
    case "phone": {
      const r = textOfIdCell(v);
      if (!r.ok)
        return r.reason === "empty"
          ? NOTHING
          : unreadable(v, col, sheet, address, EXPECT[col.type], `parse.${col.type === "phone" ? "phone" : "text"}`);
      const cell: Cell<string> = { value: r.value, address, raw };
      if (!r.precisionLost) return { cell };
      return {
        cell,
        problem: {
          id: "parse.digits-lost",
          severity: "warning",
          sheet,
          cell: address,
          message: {
            zh: `“${col.zh}”是以数字格式保存的长号码，末几位可能已丢失。`,
            en: `The ${col.en} is a long number stored as a number; its last digits may be lost.`,
          },
          fix: { zh: "将该列设为文本格式后重新录入号码。", en: "Format the column as text and type the number again." },
        },
      };
    }
    case "dateTime": {
      const r = parseDateCell(v);
      if (!r.ok)
        return r.reason === "empty"
          ? NOTHING
          : (farDate(v, col, sheet, address) ?? unreadable(v, col, sheet, address, EXPECT.dateTime, "parse.date"));
      const value = r.time ? { date: r.date, time: r.time } : { date: r.date };
      return { cell: { value, address, raw, fromText: r.fromText || undefined, ambiguous: r.ambiguous || undefined } };
    }
    case "money":
    case "number":
    case "integer":
    case "percent": {
      const parse = col.type === "integer" ? parseIntegerCell : col.type === "percent" ? parsePercentCell : parseNumberCell;
      // "15%" is a number to Excel, but never an amount of money or a count.
      const percentText = col.type !== "percent" && typeof v === "string" && /[%％]/.test(v);
      const r = percentText ? ({ ok: false, reason: "invalid" } as const) : parse(v);
      if (!r.ok)
        return r.reason === "empty"
          ? NOTHING
          : unreadable(v, col, sheet, address, EXPECT[col.type], `parse.${col.type === "money" ? "number" : col.type}`);
      // Every number within what Excel holds and money counts: 1e308 is a slip, never an amount.
      const range = col.range ?? NUMBER_RANGE;
      if (!Number.isFinite(r.value) || r.value < range[0] || r.value > range[1]) {
        const [min, max] = range;
        return unreadable(v, col, sheet, address, { zh: `${min} 到 ${max} 之间的数`, en: `a number from ${min} to ${max}` }, "parse.range");
      }
      return { cell: { value: r.value, address, raw, fromText: r.fromText || undefined } };
    }
    case "boolean": {
      const r = parseBooleanCell(v);
      if (!r.ok) return r.reason === "empty" ? NOTHING : unreadable(v, col, sheet, address, EXPECT.boolean, "parse.boolean");
      return { cell: { value: r.value, address, raw } };
    }
    case "enum": {
      const code = matchEnum(col.enumDef!, cellText(v));
      if (code === undefined) return unreadable(v, col, sheet, address, enumExpectation(col), "parse.enum");
      return { cell: { value: code, address, raw } };
    }
  }
}
