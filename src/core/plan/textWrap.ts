import { isBlank, type CellValue } from "../cellValue";
import { isWide, printedWidth } from "./textWidth";

/** How a cell's text is set: Excel's default is 11 pt, regular. */
export interface TextStyle {
  fontSize?: number;
  bold?: boolean;
}

const DEFAULT_FONT_SIZE = 11;
/** Bold text runs a little wider (Calibri Bold averages 2 % over regular; kept safe). */
const BOLD_FACTOR = 1.05;
/** Excel keeps about this many characters of a column's width as padding. */
const CELL_PADDING_CHARS = 1;

/** Width of a line of text in characters of the default font (Excel's column-width unit). */
export function textChars(line: string, style: TextStyle = {}): number {
  const scale = ((style.fontSize ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE) * (style.bold ? BOLD_FACTOR : 1);
  return printedWidth(line) * scale;
}

/** Whether one line of text fits a column span this many characters wide, padding kept. */
export function fitsWidth(line: string, width: number, style: TextStyle = {}): boolean {
  return textChars(line, style) + CELL_PADDING_CHARS <= width;
}

interface Piece {
  /** Spaces before it on the line. */
  space: string;
  text: string;
}

/**
 * The lines a wrapped paragraph breaks into, as Excel breaks them: between any two CJK
 * characters or at a space; a word longer than the line breaks between its characters.
 */
export function wrapParagraph(paragraph: string, fits: (line: string) => boolean): string[] {
  const pieces: Piece[] = [];
  let space = "";
  let inWord = false;
  for (const ch of paragraph) {
    if (ch === " " || ch === "\t") {
      space += ch;
      inWord = false;
    } else if (isWide(ch)) {
      pieces.push({ space, text: ch });
      space = "";
      inWord = false;
    } else if (inWord) {
      pieces[pieces.length - 1].text += ch;
    } else {
      pieces.push({ space, text: ch });
      space = "";
      inWord = true;
    }
  }
  if (pieces.length === 0) return [paragraph];

  const lines: string[] = [];
  let line: string | undefined;
  const place = (text: string) => {
    if (fits(text)) {
      line = text;
      return;
    }
    for (const ch of text) {
      if (line === undefined) line = ch;
      else if (fits(line + ch)) line += ch;
      else {
        lines.push(line);
        line = ch;
      }
    }
  };
  pieces.forEach((p, i) => {
    if (line === undefined) place(i === 0 ? p.space + p.text : p.text);
    else if (fits(line + p.space + p.text)) line += p.space + p.text;
    else {
      lines.push(line);
      line = undefined;
      place(p.text);
    }
  });
  if (line !== undefined) lines.push(line);
  return lines;
}

/** The printed lines of a wrapped cell this many characters wide, its own line breaks included. */
export function wrapText(value: CellValue, width: number, style: TextStyle = {}): string[] {
  if (isBlank(value)) return [""];
  return String(value)
    .split("\n")
    .flatMap((p) => wrapParagraph(p, (line) => fitsWidth(line, width, style)));
}
