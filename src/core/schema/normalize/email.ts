/** E-mail addresses: a pragmatic check (not every RFC 5322 form) after folding "＠" and "．". */
import { foldText } from "./text";

const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const TLD = /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu;

export function isValidEmail(s: string): boolean {
  const t = foldText(s);
  const at = t.lastIndexOf("@");
  if (at <= 0 || t.indexOf("@") !== at) return false;
  const local = t.slice(0, at);
  const labels = t.slice(at + 1).split(".");
  return (
    local.length <= 64 &&
    LOCAL.test(local) &&
    labels.length >= 2 &&
    labels.every((l) => l.length <= 63 && LABEL.test(l)) &&
    TLD.test(labels[labels.length - 1])
  );
}

/** A key for spotting the same address typed twice: folded and lower-case. */
export function emailKey(s: string): string {
  return foldText(s).toLowerCase();
}
