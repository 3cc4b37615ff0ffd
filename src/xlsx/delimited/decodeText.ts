import iconv from "iconv-lite";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Enough of the file to see its byte pattern; a list's first 64 KiB look like the rest. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * Turns a list file's bytes into text: by its byte-order mark when it has one (stripped),
 * else UTF-16 without a mark (Excel's "Unicode text" from other tools), else UTF-8 if the
 * bytes are valid UTF-8, else GB18030 — what Chinese-locale Excel and WPS write as CSV
 * (a superset of GBK and GB2312). Plain ASCII is UTF-8.
 */
export function decodeText(buf: Uint8Array): DecodedText {
  const bytes = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // The mark says UTF-8: a bad byte after it is damage (shown as U+FFFD), not another encoding.
    return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes.subarray(2), "le"), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), "be"), encoding: "utf-16be" };

  const order = utf16Order(bytes.subarray(0, SAMPLE_BYTES));
  if (order === "le") return { text: utf16(bytes, "le"), encoding: "utf-16le" };
  if (order === "be") return { text: utf16(bytes, "be"), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(bytes, "gb18030"), encoding: "gb18030" };
  }
}

/**
 * UTF-16 text is full of ASCII — delimiters, line breaks, digits — whose high byte is zero:
 * at odd positions in little-endian, even ones in big-endian. Binary data has zeros at both,
 * and a stray NUL or two in 8-bit text is not enough (U+xx00 CJK characters such as 一 put a
 * few zeros on the other side too, hence the 1-in-4 allowance).
 */
function utf16Order(sample: Buffer): "le" | "be" | undefined {
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const enough = Math.max(2, Math.floor(sample.length / 2 / 20));
  if (odd >= enough && even * 4 <= odd) return "le";
  if (even >= enough && odd * 4 <= even) return "be";
  return undefined;
}

function utf16(bytes: Buffer, order: "le" | "be"): string {
  // A stray last byte cannot be a UTF-16 code unit.
  const whole = bytes.subarray(0, bytes.length - (bytes.length % 2));
  if (order === "le") return whole.toString("utf16le");
  // swap16 works in place; copy so the caller's bytes stay as they were.
  return Buffer.from(whole).swap16().toString("utf16le");
}
