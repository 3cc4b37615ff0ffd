/**
 * Personal names in Latin letters: Mary O'Neil, Jean-Luc Picard, ZHANG Wei, Ludwig van
 * Beethoven, "Smith, John", Dr. Jane Goodall. Two to four words, each capitalised or in capitals;
 * after an honorific one word is enough ("Dr. Smith" on a place card).
 */

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|rev|hon)\.?$/i;
// A capital, then letters (accents, combining marks), parts joined by apostrophes or hyphens.
const WORD = /^\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;
const INITIAL = /^\p{Lu}\.?$/u;
const PARTICLE = new Set([
  "van",
  "von",
  "der",
  "den",
  "de",
  "da",
  "di",
  "du",
  "del",
  "della",
  "la",
  "le",
  "bin",
  "binti",
  "al",
  "el",
  "dos",
  "das",
]);
const SUFFIX = /^(?:jr|sr)\.?$|^(?:ii|iii|iv)$/i;
/**
 * Capitalised words that are not names: the words of notes and list titles ("To Be Confirmed",
 * "Guest List", "Place Cards"), which would otherwise read as two or three names.
 */
const NOT_NAMES = new Set(
  (
    "the and of for to be not with at in on by from or no yes none all other others tbc tbd tba n/a " +
    "guest guests list names name cards card table tables seating attendees participants delegates speakers " +
    "invitees registration roster sheet total vip meeting conference forum summit annual dinner banquet welcome"
  ).split(" "),
);
const MAX_WORDS = 4;

function isNameWord(w: string, i: number, words: readonly string[]): boolean {
  if (WORD.test(w) || INITIAL.test(w)) return true;
  const inner = i > 0 && i < words.length - 1;
  if (inner && PARTICLE.has(w)) return true;
  return i === words.length - 1 && i > 0 && SUFFIX.test(w);
}

export function isLatinName(text: string): boolean {
  // "Smith, John": one comma between surname and given name.
  let words = text
    .trim()
    .replace(/^([^,\s]+),\s*/, "$1 ")
    .split(/\s+/);
  const honorific = words.length > 1 && HONORIFIC.test(words[0]);
  if (honorific) words = words.slice(1);
  if (words.length < (honorific ? 1 : 2) || words.length > MAX_WORDS) return false;
  if (words.some((w) => NOT_NAMES.has(w.toLowerCase()))) return false;
  // At least one word that is more than an initial or a suffix: "J. R." is not a name.
  const hasFullWord = words.some((w) => WORD.test(w) && !INITIAL.test(w) && !SUFFIX.test(w));
  return hasFullWord && words.every(isNameWord);
}
