import { foldText } from "./text";

/**
 * Questionnaire exports (问卷星, 腾讯问卷, 金数据, Google Forms, Microsoft Forms) use the question as
 * the column header: "1、您的姓名：", "Q3. What is your organisation?", "请在此留下您的大名". This takes
 * the question's subject out of it — numbering, politeness and asking words, trailing punctuation —
 * so the same synonyms match it. It is a fallback: a header is first matched as typed.
 */

/** "1、" "2." "3)" "(4)" "（5）" "Q6." "Q6:" "第7题" "一、" "⑧" at the start. */
const NUMBERING =
  /^(?:(?:q|no\.?)\s*\d{1,3}\s*[、.．:：)）\-—]?|[(（]\s*\d{1,3}\s*[)）]|\d{1,3}\s*(?:[、．:：)）\-—]|\.(?!\d))|第\s*\d{1,3}\s*题\s*[、.:：]?|[一二三四五六七八九十]{1,3}\s*[、.．]|[\u2460-\u2473])\s*/i;

/** Asking words at the start, longest first so "请在此留下" goes before "请". */
const ZH_LEAD = [
  "请在此处",
  "请在此",
  "请您",
  "请问",
  "请",
  "在此处",
  "在此",
  "留下",
  "填写",
  "输入",
  "选择",
  "提供",
  "上传",
  "您的",
  "你的",
  "您",
  "你",
  "贵",
  "所在的",
];
const EN_LEAD = /^(?:please\s+(?:enter|give|provide|type|select|state|tell\s+us)\s+|what\s+is\s+|what's\s+|enter\s+|your\s+)+/i;

/** "…是？" "…为：" "…（必填）" "…?" "…*" at the end. */
const TRAILING = /(?:\s*[(（【\[][^)）】\]]*[)）】\]]|\s*[?？:：*＊。.!！]|\s*(?:是|为|是什么|叫什么))+\s*$/;

export function questionSubject(header: string): string {
  let s = foldText(header);
  s = s.replace(NUMBERING, "");
  for (let changed = true; changed;) {
    changed = false;
    const before = s;
    s = s.replace(TRAILING, "").replace(EN_LEAD, "");
    const lead = ZH_LEAD.find((w) => s.startsWith(w) && s.length > w.length);
    if (lead) s = s.slice(lead.length);
    if (s !== before) changed = true;
  }
  return s.trim();
}

/**
 * The parts of a combined header ("学校 / 工作单位", "Company or organisation"): each may name the
 * same column. Only a header that really joins two phrases is split.
 */
export function headerParts(header: string): string[] {
  const parts = foldText(header)
    .split(/\s*(?:[/／|｜]|\s或\s?|或者|\sor\s)\s*/i)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return parts.length > 1 ? parts : [];
}
