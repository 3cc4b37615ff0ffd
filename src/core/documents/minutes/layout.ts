/** Column positions of the minutes sheet (0-based). A–E print; G, outside the print area, holds generated copies. */
export const LABEL_COL = 0;
export const VALUE_COL = 1;
/** Columns A–E: the printed width, and what is kept of a recorder's row. */
export const PRINT_COLS = 5;
export const COPY_COL = 6;
export const SHEET_COLS = COPY_COL + 1;

/** Widths in characters: label/序号, value/事项, 负责人, 截止时间, 状态, a gap, the generated copy. */
export const COLUMN_WIDTHS = [14, 46, 12, 14, 10, 2, 36];

/** Empty rows under each writing section and numbered rows in the action table, at the least. */
export const SECTION_ROWS = 5;
export const ACTION_ROWS = 10;
/** Rows below the table that still get the status list and date format, for items added there. */
export const ACTION_SPARE_ROWS = 20;

/** The prefilled rows' value runs from column B across the table (B–E merged), when nothing else is there. */
export const VALUE_SPAN = COLUMN_WIDTHS.slice(VALUE_COL, PRINT_COLS).reduce((a, b) => a + b, 0);

/**
 * The most text, in character cells, one prefilled row prints: Excel's tallest row (409 pt) of
 * 11 pt lines across the merged value, kept a fifth short for lines that break early at a word's end.
 */
export const MAX_VALUE_WIDTH = Math.floor(Math.floor((409 - 3) / (11 * 1.35)) * (VALUE_SPAN - 1) * 0.8);
