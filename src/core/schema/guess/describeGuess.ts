/** One sentence, in both languages, saying how each column of a header-less list was recognised. */
import { columnLetters } from "../../cellAddress";
import type { Bilingual } from "../../i18n";
import type { GuessedField } from "./cellField";
import type { ValueGuess } from "./guessColumns";

const LABELS: Record<GuessedField, Bilingual> = {
  name: { zh: "姓名", en: "name" },
  gender: { zh: "性别", en: "gender" },
  organisation: { zh: "单位", en: "organisation" },
  title: { zh: "职务", en: "title" },
  phone: { zh: "电话", en: "phone" },
  email: { zh: "邮箱", en: "email" },
  idNumber: { zh: "身份证号", en: "ID number" },
};

/** Rounded down, so a column with one misfit never reads "100%". */
function percent(share: number): number {
  return Math.floor(share * 100 + 1e-9);
}

/** `left` is the sheet's first column, for letters as the planner sees them. */
export function describeGuess(g: ValueGuess, left = 0): Bilingual {
  const zh = g.columns.map((c) => `${columnLetters(left + c.col)}列为${LABELS[c.field].zh}（${percent(c.share)}%）`);
  const en = g.columns.map((c) => `${columnLetters(left + c.col)} ${LABELS[c.field].en} (${percent(c.share)}%)`);
  return {
    zh: `没有表头，按内容识别各列：${zh.join("，")}。`,
    en: `No header row; columns recognised from their values: ${en.join(", ")}.`,
  };
}
