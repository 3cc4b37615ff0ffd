/** A gender as rosters write it: 男/女, M/F, Male/Female, in any case. */
const GENDERS = new Set(["男", "女", "男性", "女性", "m", "f", "male", "female"]);

export function isGenderText(text: string): boolean {
  return GENDERS.has(text.trim().toLowerCase());
}
