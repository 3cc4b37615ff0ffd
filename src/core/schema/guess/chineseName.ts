/**
 * Chinese personal names: 王芳, 欧阳娜娜, "王  芳" (two-character names are padded to line up
 * with three-character ones), and minority names written with a middle dot (阿依古丽·买买提).
 */
import { leadingSurname } from "./surnames";

const HAN = /^\p{Script=Han}+$/u;
const SPACES = /\s+/g;
// The middle dot as it is typed: U+00B7, katakana and half-width middle dots, bullets, a full stop.
const DOT = /[·・･•‧.]/;
const MIN_CHARS = 2;
const MAX_CHARS = 4;
const MAX_DOTTED_CHARS = 20;

/**
 * Endings that make a surname plus something a form of address, not a name: 王局, 李处, 刘总,
 * 张老, 陈先生. ("王局长", "李老师" are caught earlier as titles.)
 */
const ADDRESS_FORMS = [
  "局",
  "处",
  "科",
  "总",
  "董",
  "厅",
  "院",
  "校",
  "所",
  "部",
  "委",
  "办",
  "老",
  "工",
  "先生",
  "女士",
  "小姐",
  "同志",
  "师傅",
];

function isDottedName(s: string): boolean {
  const parts = s.split(DOT);
  return parts.length >= 2 && parts.length <= 4 && [...s].length <= MAX_DOTTED_CHARS && parts.every((p) => p !== "" && HAN.test(p));
}

export function isChineseName(text: string): boolean {
  const s = text.replace(SPACES, "");
  if (DOT.test(s)) return isDottedName(s);
  if (!HAN.test(s)) return false;
  const length = [...s].length;
  if (length < MIN_CHARS || length > MAX_CHARS) return false;
  const surname = leadingSurname(s);
  if (!surname) return false;
  const given = s.slice(surname.length);
  return given !== "" && !ADDRESS_FORMS.some((a) => given.endsWith(a));
}
