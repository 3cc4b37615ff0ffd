/**
 * Where things sit on the 会议通知 / Notice sheet. Row 0 holds a how-to line and the headers of
 * the grey columns; the notice itself starts on row 1 and prints columns A–B only.
 */
export const FIRST_LINE_ROW = 1;
export const LABEL_COL = 0;
export const TEXT_COL = 1;
/** What the add-in generated last time for the row: a text that differs from it was edited. */
export const COPY_COL = 2;
/** The row's stable key ("checkInTime"), so rows are matched by what they are, not where they are. */
export const KEY_COL = 3;
export const WIDTH = 4;
