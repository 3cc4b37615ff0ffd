/**
 * Where things sit on the 会议通知 / Notice sheet. Row 0 holds a how-to line and the headers of
 * the grey columns; the notice itself starts on row 1, one paragraph per row, and prints column A
 * only.
 */
export const FIRST_LINE_ROW = 1;
export const TEXT_COL = 0;
/** What the add-in generated last time for the row: a text that differs from it was edited. */
export const COPY_COL = 1;
/** The row's stable key ("checkInTime"), so rows are matched by what they are, not where they are. */
export const KEY_COL = 2;
export const WIDTH = 3;
/** Earlier notices had a label column before the text: label A, text B, copy C, key D. */
export const LEGACY_KEY_COL = 3;
