import { WorkbookUnavailableError } from "../workbook/gateway";

/** Why a file cannot be opened as an .xlsx workbook. */
export type UnavailableReason =
  "missing" | "notAFile" | "unreadable" | "empty" | "legacyXls" | "encrypted" | "binaryXlsb" | "notXlsx" | "damaged" | "tooLarge";

const MESSAGES: Record<UnavailableReason, { en: (f: string) => string; zh: (f: string) => string }> = {
  missing: {
    en: (f) => `Cannot open "${f}": the file does not exist.`,
    zh: (f) => `无法打开“${f}”：文件不存在。`,
  },
  notAFile: {
    en: (f) => `Cannot open "${f}": it is a folder, not a workbook file.`,
    zh: (f) => `无法打开“${f}”：这是文件夹，不是工作簿文件。`,
  },
  unreadable: {
    en: (f) => `Cannot open "${f}": the file cannot be read (check its permissions).`,
    zh: (f) => `无法打开“${f}”：文件无法读取（请检查访问权限）。`,
  },
  empty: {
    en: (f) => `Cannot open "${f}": the file is empty (0 bytes), not an Excel workbook.`,
    zh: (f) => `无法打开“${f}”：文件为空（0 字节），不是 Excel 工作簿。`,
  },
  legacyXls: {
    en: (f) => `Cannot open "${f}": it is an old-format Excel file (.xls); open it in Excel and save it as .xlsx.`,
    zh: (f) => `无法打开“${f}”：这是旧版 Excel 文件（.xls），请在 Excel 中另存为 .xlsx 后再试。`,
  },
  encrypted: {
    en: (f) => `Cannot open "${f}": it is password-protected; remove the password in Excel and try again.`,
    zh: (f) => `无法打开“${f}”：文件设有打开密码，请在 Excel 中取消密码后再试。`,
  },
  binaryXlsb: {
    en: (f) => `Cannot open "${f}": it is a binary workbook (.xlsb); open it in Excel and save it as .xlsx.`,
    zh: (f) => `无法打开“${f}”：这是二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再试。`,
  },
  notXlsx: {
    en: (f) => `Cannot open "${f}": it is not an Excel workbook (.xlsx).`,
    zh: (f) => `无法打开“${f}”：这不是 Excel 工作簿（.xlsx）。`,
  },
  tooLarge: {
    en: (f) =>
      `Cannot open "${f}": it would unpack to far more than any workbook holds (a part over 512 MB, or over 1 GB in all), so it is not read.`,
    zh: (f) => `无法打开“${f}”：解压后将远超任何工作簿的大小（单个部分超过 512 MB 或合计超过 1 GB），因此不予读取。`,
  },
  damaged: {
    en: (f) => `Cannot open "${f}": it looks like an .xlsx workbook but cannot be read (the file may be damaged).`,
    zh: (f) => `无法打开“${f}”：看似 .xlsx 工作簿，但无法读取（文件可能已损坏）。`,
  },
};

export function unavailable(reason: UnavailableReason, label: string): WorkbookUnavailableError {
  const m = MESSAGES[reason];
  return new WorkbookUnavailableError(m.en(label), m.zh(label));
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/**
 * What the first bytes say, before any unzipping: an OLE2 compound file is either a
 * legacy .xls or an encrypted .xlsx (whose "EncryptedPackage" stream name is stored in UTF-16).
 */
export function sniffContainer(buf: Buffer): UnavailableReason | undefined {
  if (buf.length === 0) return "empty";
  if (startsWith(buf, OLE_MAGIC)) {
    return buf.includes(Buffer.from("EncryptedPackage", "utf16le")) ? "encrypted" : "legacyXls";
  }
  if (!startsWith(buf, ZIP_MAGIC)) return "notXlsx";
  return undefined;
}
