/**
 * Something the package-level save (spliceSheets.ts) does not carry out itself: saving then
 * writes the whole workbook through ExcelJS instead, as it always did. The message says what.
 */
export class SpliceUnsupported extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SpliceUnsupported";
  }
}

export function unsupported(message: string): never {
  throw new SpliceUnsupported(message);
}
