import type { Finding } from "../core/finding";
import type { Bilingual, Lang } from "../core/i18n";
import type { SheetUnderstanding } from "../core/report/understood";
import type { FoundBy } from "../core/schema/parsedSheet";
import type { SheetKey } from "../core/schema/sheetDef";

/** What the pane and the CLI show after reading a workbook. Plain data. */
export interface InputSheetStatus {
  key: SheetKey;
  title: Bilingual;
  /** The workbook sheet used, or null when none was found. */
  sheet: string | null;
  foundBy: FoundBy | null;
  /** Data rows (records) read. */
  rows: number;
  /** Columns of the contract not found in the sheet. */
  missingColumns: Bilingual[];
}

export interface WorkbookSummary {
  lang: Lang;
  inputs: InputSheetStatus[];
  /** How each input sheet was read: found how, which column became which field, what was kept aside. */
  understood: SheetUnderstanding[];
  /** `withStatus`: the roster has a 回执/Status column, so confirmed and pending say something. */
  attendees: { total: number; confirmed: number; pending: number; withStatus: boolean };
  findings: Finding[];
}
