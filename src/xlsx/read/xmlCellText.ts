import { decodeXml } from "../package/xmlText";

/** `_x001B_` in stored text is the character U+001B, as Excel and ExcelJS read it. */
const ESCAPED = /_x([0-9A-F]{4})_/g;

/** Text as a part stores it (entities, then Excel's _xHHHH_ escapes) as the cell shows it. */
export function storedText(xml: string): string {
  // A raw CR or CR LF in XML text is a line feed (XML's end-of-line rule); an escaped &#13; stays a CR.
  const lines = xml.indexOf("\r") >= 0 ? xml.replace(/\r\n?/g, "\n") : xml;
  const text = lines.indexOf("&") >= 0 ? decodeXml(lines) : lines;
  return text.indexOf("_x") >= 0 ? text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

const PHONETIC = /<rPh\b[\s\S]*?<\/rPh>/g;
const TEXT = /<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g;

/**
 * The text of a string item (<si> of the shared strings, <is> of a cell): its <t>, or its rich
 * text runs joined; phonetic guides (<rPh>, the furigana of a Japanese name) are not part of it.
 */
export function stringItemText(inner: string): string {
  const plain = inner.indexOf("<rPh") >= 0 ? inner.replace(PHONETIC, "") : inner;
  let out = "";
  for (const m of plain.matchAll(TEXT)) if (m[1]) out += m[1];
  return storedText(out);
}
