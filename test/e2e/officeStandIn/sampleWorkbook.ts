import { generateConference } from "../../../samples/generator";
import { SAMPLE_FILES } from "../../../samples/sampleFiles";
import type { CellValue } from "../../../src/core/cellValue";
import type { FixtureWorkbook } from "../../workbook/gatewayHarness";

export type SampleLang = "zh" | "en";

/**
 * The workbook of the bundled sample file in that language (same generator options), as stored
 * cells; `eventRows` are appended to its Event sheet (the first sheet) as extra key–value settings.
 */
export function sampleWorkbook(lang: SampleLang, eventRows: CellValue[][] = []): FixtureWorkbook {
  const sample = SAMPLE_FILES.find((f) => f.options.lang === lang);
  if (!sample) throw new Error(`no sample workbook in ${lang}`);
  const book = generateConference(sample.options);
  return { sheets: book.sheets.map((s, i) => ({ name: s.name, rows: i === 0 ? [...s.rows, ...eventRows] : s.rows })) };
}
