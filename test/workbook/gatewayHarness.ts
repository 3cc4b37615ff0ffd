import type { CellValue } from "../../src/core/cellValue";
import type { WorkbookGateway } from "../../src/workbook/gateway";

/**
 * What the shared gateway contract suite (gatewayContract.ts) needs from each adapter:
 * a gateway over a workbook seeded with the fixture, and a way to look at the stored
 * workbook afterwards independently of the gateway's own read().
 */
export interface FixtureSheet {
  name: string;
  /** Row 0 is Excel row 1. Dates are serial numbers; "" leaves a cell empty. */
  rows: CellValue[][];
  /** Cells holding a formula instead of a value, by A1 address, with the result Excel would show. */
  formulas?: Record<string, { formula: string; result: CellValue }>;
  /** Number formats by A1 address, e.g. { B2: "yyyy-mm-dd" }. */
  numberFormats?: Record<string, string>;
  /** Hyperlinks inserted on cells (not HYPERLINK formulas), by A1 address: a place ("'Sheet'!A1") or a web address. */
  links?: Record<string, { location?: string; address?: string }>;
}

export interface FixtureWorkbook {
  sheets: FixtureSheet[];
  /** Workbook-scoped defined names, e.g. an existing ownership marker. */
  names?: { name: string; formula: string; comment?: string }[];
}

/** One stored cell as the independent inspection sees it. Absent keys mean "not set". */
export interface InspectedCell {
  /** The stored value; a text cell that looks like a formula or a number is still a string here. */
  value?: CellValue;
  /** "=SUM(A1:A3)" when the cell holds a formula. */
  formula?: string;
  numberFormat?: string;
  /** "#RRGGBB", upper-case. */
  fill?: string;
  bold?: boolean;
  /** Internal link target as "'Sheet'!A1" or "Sheet!A1" (quotes optional). */
  link?: string;
  /** A web or mail address the cell links to. */
  address?: string;
  /** The list of a list data validation on the cell. */
  validationList?: string[];
}

/** How a sheet prints, in Excel's terms; absent keys and `page` itself mean Excel's defaults. */
export interface InspectedPage {
  orientation: "portrait" | "landscape";
  /** One page wide, as many tall as needed. */
  fitToWidth: boolean;
  /** "A1:G40" */
  printArea?: string;
  /** Rows repeated on every page, 1-based as Excel shows them: "1:3". */
  titleRows?: string;
  /** 0-based rows a manual page break goes before, ascending. */
  breaksBefore: number[];
  centerHorizontally: boolean;
}

export interface InspectedSheet {
  name: string;
  /** Non-empty cells only (a cell with only a format counts as non-empty), by A1 address. */
  cells: Record<string, InspectedCell>;
  /** Column widths that were set, in characters, by 0-based column index (approximate: ±1). */
  columnWidths: Record<number, number>;
  /** Row heights that were set, in points, by 0-based row index (approximate: ±0.5). */
  rowHeights: Record<number, number>;
  /** Tables on the sheet with their A1 range (header included). */
  tables: { name: string; range: string }[];
  frozenRows: number;
  /** Print settings; absent when every one is Excel's default. */
  page?: InspectedPage;
}

/** The page of an inspection, or undefined when it holds nothing but Excel's defaults. */
export function nonDefaultPage(page: InspectedPage): InspectedPage | undefined {
  const plain =
    page.orientation === "portrait" &&
    !page.fitToWidth &&
    page.printArea === undefined &&
    page.titleRows === undefined &&
    page.breaksBefore.length === 0 &&
    !page.centerHorizontally;
  return plain ? undefined : page;
}

export interface InspectedWorkbook {
  /** In tab order. */
  sheets: InspectedSheet[];
  names: { name: string; formula: string; comment?: string }[];
  activeSheet?: string;
}

export interface GatewayHarness {
  gateway: WorkbookGateway;
  inspect(): Promise<InspectedWorkbook>;
}

export type MakeHarness = (fixture: FixtureWorkbook) => Promise<GatewayHarness>;
