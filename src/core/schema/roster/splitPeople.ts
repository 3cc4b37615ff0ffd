import { foldText } from "../normalize/text";

const CJK_NAME = /^[\u3400-\u9fff·]{2,5}$/;

/**
 * The people one cell names: "A, B", "A、B", "A; B", "A & B", "A and B", "A和B", "A及B". A 和 or 及
 * joins two names only when both sides are names of two or more characters, so 王和平 stays one.
 */
export function splitPeople(text: string): string[] {
  const out: string[] = [];
  for (const part of foldText(text).split(/\s*(?:[、,，;；/\n]|&|＆|\+|\band\b)\s*/i)) {
    const p = part.trim();
    if (!p) continue;
    const joined = /^([\u3400-\u9fff·]{2,4})[和及与]([\u3400-\u9fff·]{2,4})$/.exec(p);
    if (joined && CJK_NAME.test(joined[1]) && CJK_NAME.test(joined[2])) out.push(joined[1], joined[2]);
    else out.push(p);
  }
  return out;
}

/** "Mr. & Mrs. Smith", "Dr and Mr Lee": a couple under one family name, as two people. */
export function coupleNames(name: string): [string, string] | undefined {
  const m = /^(mr|mrs|ms|miss|dr|prof)\.?\s*(?:&|and|＆)\s*(mr|mrs|ms|miss|dr|prof)\.?\s+(.+)$/i.exec(foldText(name));
  if (!m) return undefined;
  const title = (t: string) => t[0].toUpperCase() + t.slice(1).toLowerCase() + (/^(miss)$/i.test(t) ? "" : ".");
  return [`${title(m[1])} ${m[3]}`, `${title(m[2])} ${m[3]}`];
}

/** "John Smith (+2)", "John Smith +1": the name and how many unnamed guests come with them. */
export function plusGuests(name: string): { name: string; plus: number } {
  const m = /^(.*?)\s*[(（]?\s*\+\s*(\d{1,2})\s*[)）]?$/.exec(foldText(name));
  return m ? { name: m[1].trim(), plus: Number(m[2]) } : { name: foldText(name), plus: 0 };
}
