import type { Finding } from "../finding";
import type { Lang } from "../i18n";
import type { EnumDef } from "../schema/enums";
import { visitEventSettings } from "../schema/eventSettings";
import type { ParsedKeyValue } from "../schema/parsedSheet";
import type { ColumnDef } from "../schema/sheetDef";
import type { EventFields } from "../schema/sheets";
import type { PageFooter, PageMargins, PaperSize, SheetWrite, WritePlan } from "./writePlan";

export const PAPER: EnumDef<PaperSize> = {
  name: { zh: "纸张", en: "paper size" },
  values: [
    { code: "A4", zh: "A4", en: "A4", synonyms: ["A4纸", "A4 纸", "a4 paper"] },
    { code: "A3", zh: "A3", en: "A3", synonyms: ["A3纸", "A3 纸", "a3 paper"] },
    { code: "Letter", zh: "Letter", en: "Letter", synonyms: ["信纸", "美式信纸", "US Letter", "Letter paper"] },
  ],
};

/** The Event-sheet row that chooses the paper every output sheet prints on. */
export const PRINT_SETTING_DEFS: readonly (ColumnDef & { key: "paper" })[] = [
  {
    key: "paper",
    zh: "纸张",
    en: "Paper",
    synonyms: ["纸张大小", "纸型", "打印纸张", "Paper size", "Page size"],
    type: "enum",
    enumDef: PAPER,
  },
];

/** How Huiwu's sheets print: what the Event sheet says, and the meeting's name for the footer. */
export interface PrintSettings {
  paper: PaperSize;
  /** The meeting's name as the footer prints it; undefined when the Event sheet has none. */
  meeting?: string;
  lang: Lang;
}

/** A4 (a Chinese office's paper, and most of the world's) unless the Event sheet's 纸张 says otherwise. */
export function readPrintSettings(event: ParsedKeyValue<EventFields>, lang: Lang): { settings: PrintSettings; findings: Finding[] } {
  const settings: PrintSettings = { paper: "A4", meeting: event.fields.name?.value, lang };
  const findings: Finding[] = [];
  visitEventSettings(event, PRINT_SETTING_DEFS, findings, ({ value }) => (settings.paper = value as PaperSize));
  return { settings, findings };
}

/** Margins of a working sheet, in mm: Excel's "Normal" rounded, with room for the footer. */
export const SHEET_MARGINS: PageMargins = { top: 18, bottom: 18, left: 15, right: 15, header: 8, footer: 8 };

/**
 * A formal document's margins after GB/T 9704: top 37 mm, binding edge (left) 28 mm, a text
 * block of 156 × 225 mm on A4 (so right 26, bottom 35), the page number just under the block.
 */
export const DOCUMENT_MARGINS: PageMargins = { top: 37, bottom: 35, left: 28, right: 26, header: 15, footer: 25 };

/**
 * A formal document's typefaces after GB/T 9704: the title in a 小标宋-style face (黑体, which
 * every Chinese Windows has), the body in 仿宋. English documents keep the workbook's font.
 */
export const DOCUMENT_FACES = {
  zh: { title: "黑体", body: "仿宋" },
  en: { title: undefined, body: undefined },
} as const;

/** Excel allows 255 characters per footer section; the meeting's name is cut well before. */
const MAX_NAME = 80;

/**
 * A planner's text as a footer prints it: "&" doubled (a lone "&" starts a code), line breaks
 * and control characters gone, cut to a length Excel accepts.
 */
export function footerText(text: string): string {
  const plain = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
  const cut = [...plain].length > MAX_NAME ? [...plain].slice(0, MAX_NAME - 1).join("") + "…" : plain;
  return cut.replace(/&/g, "&&");
}

/** "第 &P 页 共 &N 页" / "Page &P of &N". */
export function pageNumbers(lang: Lang): string {
  return lang === "zh" ? "第 &P 页 共 &N 页" : "Page &P of &N";
}

/** A working sheet's footer: the meeting on the left, the page of pages on the right. */
export function sheetFooter(settings: PrintSettings): PageFooter {
  return { left: settings.meeting ? footerText(settings.meeting) : "", center: "", right: pageNumbers(settings.lang) };
}

/** A formal document's footer (GB/T 9704): the page number between dashes, "— 1 —", and nothing else. */
export const DOCUMENT_FOOTER: PageFooter = { left: "", center: "— &P —", right: "" };

function printReadySheet(sheet: SheetWrite, settings: PrintSettings): SheetWrite {
  if (sheet.hidden || sheet.mode === "update") return sheet;
  const page = sheet.page ?? {};
  return {
    ...sheet,
    page: {
      // Excel ignores manual page breaks on a sheet scaled to fit, so a sheet with breaks prints at 100 %.
      fitToWidth: !page.breaksBefore?.length && page.scale === undefined,
      ...page,
      paper: page.paper ?? settings.paper,
      margins: page.margins ?? SHEET_MARGINS,
      footer: page.footer ?? sheetFooter(settings),
    },
  };
}

/**
 * Every sheet Huiwu writes prints on the chosen paper, one page wide, with margins and a footer
 * (the meeting and page numbers). Settings a sheet chose itself (a formal document's margins and
 * footer) stay; the planner's own sheets (updated cells only) and the hidden record are left alone.
 */
export function withPrintSettings(plan: WritePlan, settings: PrintSettings): WritePlan {
  return { ...plan, sheets: plan.sheets.map((s) => printReadySheet(s, settings)) };
}
