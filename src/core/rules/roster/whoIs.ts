import type { Bilingual } from "../../i18n";
import { personLabel } from "../cells";
import type { Person } from "../people";

/** The Excel row number of a person (the header is row 1 or below). */
export function excelRow(p: Person): number {
  return p.row + 1;
}

/** How a roster row is named in messages: "张伟（市政府）", or "第12行人员" when the name is empty. */
export function whoIs(p: Person): Bilingual {
  const name = p.fields.name?.value;
  const org = p.fields.organisation?.value;
  if (name) return personLabel(name, org, p.row);
  const n = excelRow(p);
  return org
    ? { zh: `第${n}行人员（${org}）`, en: `The person on row ${n} (${org})` }
    : { zh: `第${n}行人员`, en: `The person on row ${n}` };
}
