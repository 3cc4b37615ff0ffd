import { generateConference } from "../../../samples/generator";
import { SAMPLE_FILES } from "../../../samples/sampleFiles";
import type { FixtureWorkbook } from "../../workbook/gatewayHarness";

export type SampleLang = "zh" | "en";

/** The workbook of the bundled sample file in that language (same generator options), as stored cells. */
export function sampleWorkbook(lang: SampleLang): FixtureWorkbook {
  const sample = SAMPLE_FILES.find((f) => f.options.lang === lang);
  if (!sample) throw new Error(`no sample workbook in ${lang}`);
  const book = generateConference(sample.options);
  return { sheets: book.sheets.map((s) => ({ name: s.name, rows: s.rows })) };
}
