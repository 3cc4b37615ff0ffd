/**
 * What a per-head line's quantity counts, read from its item text: "工作餐（3餐）" counts three
 * meals a person, "欢迎晚宴（15桌）" counts tables, "会议材料（每人2套）" two sets a person,
 * "住宿（按人数）" people rather than room-nights.
 */
export interface ItemUnits {
  /** Quantity per person: days × meals for catering, sets for printing; 1 when the item says nothing. */
  perPerson: number;
  /** The quantity counts tables (桌), not people. */
  tables: boolean;
  /** A hotel line counted in people rather than room-nights. */
  people: boolean;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const NUMBER = "(\\d+|[一二两三四五六七八九十])";

/** "3餐" → 3; never the day of a date ("12月10日"). */
function count(text: string, units: string): number | undefined {
  const m = new RegExp(`(?<![月\\d])${NUMBER}[\\s-]*(?:${units})`, "i").exec(text);
  if (!m) return undefined;
  const n = CN_DIGITS[m[1]] ?? Number(m[1]);
  return n > 0 ? n : undefined;
}

export function cateringUnits(item: string): ItemUnits {
  const days = count(item, "天|日|days?\\b") ?? 1;
  const meals = count(item, "餐|顿|sittings?\\b|meals?\\b") ?? 1;
  return { perPerson: days * meals, tables: /(?:\d|[一二两三四五六七八九十])\s*桌|按桌|每桌|\btables?\b/i.test(item), people: false };
}

export function printingUnits(item: string): ItemUnits {
  const each = /每人\s*(\d+|[一二两三四五六七八九十])\s*[套份本册]|(\d+)\s*(?:sets?|copies)\s+(?:each|per person)\b/i.exec(item);
  const n = each ? (CN_DIGITS[each[1]] ?? Number(each[1] ?? each[2])) : 1;
  const sets = n > 0 ? n : 1;
  return { perPerson: sets, tables: false, people: false };
}

export function accommodationUnits(item: string): ItemUnits {
  return { perPerson: 1, tables: false, people: /按人|人数|[(（]人[)）]|\bper person\b|\bpeople\b|\bpersons\b|\bguests\b/i.test(item) };
}
