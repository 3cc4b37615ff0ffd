const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system, and the offset of the 1904 system. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET = 1_462;

/**
 * The Excel serial number of a cell ExcelJS read as a date.
 *
 * ExcelJS turns a stored serial v into `new Date(round((v - 25569 [+ 1462]) * 86400000))`
 * (milliseconds since 1970 in UTC, the cell's wall-clock date and time). This is its exact
 * inverse: the whole-millisecond count since the serial epoch is an integer (exact in a double),
 * so a single division gives the closest double to the stored serial.
 *
 * The 1900 leap-year bug needs no special case here: ExcelJS maps every serial with the same
 * 1899-12-30 epoch, so serial 60 (Excel's fictitious 1900-02-29) comes back as 60 and serials
 * below it come back unchanged too. Only a reading of those serials as calendar dates, not the
 * serial, is off by a day, and the adapter hands serials on, as Excel does.
 *
 * Limit: ExcelJS already rounded the serial to a whole millisecond when it loaded the file, so
 * a timestamp with finer fractions (e.g. a stored =NOW()) differs by under 0.5 ms.
 */
export function dateToSerial(date: Date, date1904 = false): number {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return Number.NaN;
  const epochDays = UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET : 0);
  return (ms + epochDays * MS_PER_DAY) / MS_PER_DAY;
}
