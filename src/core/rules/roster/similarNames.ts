import { nameKey } from "../people";

const CJK = /[\u3400-\u9fff]/;

/**
 * Two names that may be one person typed twice: equal once spaces and case are folded; Chinese
 * names of one length differing in at most one character (张伟 / 张炜, 陈刚江 / 陈钢江); Latin names
 * with the same family name and initial (Alice Chen / A. Chen). 张伟 and 李娜 are two people.
 */
export function similarNames(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb) return true;
  if (CJK.test(ka) && CJK.test(kb)) {
    if (ka.length !== kb.length) return false;
    let diff = 0;
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) diff++;
    return diff <= 1;
  }
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[\s.]+/)
      .filter(Boolean);
  const wa = words(a);
  const wb = words(b);
  if (wa.length < 2 || wb.length < 2) return false;
  return wa[wa.length - 1] === wb[wb.length - 1] && wa[0][0] === wb[0][0];
}
