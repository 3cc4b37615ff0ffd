import { promises as fs } from "node:fs";
import { join } from "node:path";
import { DUPLICATE_CASES } from "./cases/duplicates";
import { ENCODING_CASES } from "./cases/encodings";
import { NO_HEADER_CASES } from "./cases/noHeader";
import { ORGANISATION_CASES } from "./cases/organisations";
import { PARTY_CASES } from "./cases/parties";
import { QUESTIONNAIRE_CASES } from "./cases/questionnaires";
import { SHEET_NAME_CASES } from "./cases/sheetNames";
import { SPLIT_NAME_CASES } from "./cases/splitNames";
import { STATUS_CASES } from "./cases/statuses";
import { TABLE_CONTACT_CASES } from "./cases/tablesAndContacts";
import { TEMPLATE_CASES } from "./cases/templates";
import type { CorpusCase, OtherCase } from "./corpusCase";
import { OTHER_CASES } from "./otherCases";

export type { CorpusCase, OtherCase, RosterField } from "./corpusCase";
export { OTHER_CASES } from "./otherCases";

/** Every list of the corpus, family by family. */
export const CORPUS: CorpusCase[] = [
  ...SHEET_NAME_CASES,
  ...SPLIT_NAME_CASES,
  ...QUESTIONNAIRE_CASES,
  ...ORGANISATION_CASES,
  ...TABLE_CONTACT_CASES,
  ...PARTY_CASES,
  ...STATUS_CASES,
  ...NO_HEADER_CASES,
  ...DUPLICATE_CASES,
  ...ENCODING_CASES,
  ...TEMPLATE_CASES,
];

/** Writes every file of the corpus (the lists and the no-roster workbooks) into `dir`; returns their paths in corpus order. */
export async function writeCorpus(dir: string): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const all: (CorpusCase | OtherCase)[] = [...CORPUS, ...OTHER_CASES];
  const files = new Set<string>();
  const paths: string[] = [];
  for (const c of all) {
    if (files.has(c.file)) throw new Error(`Two corpus cases write ${c.file}`);
    files.add(c.file);
    const path = join(dir, c.file);
    await fs.writeFile(path, await c.build());
    paths.push(path);
  }
  return paths;
}
