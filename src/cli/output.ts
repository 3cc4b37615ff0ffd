import type { WorkbookSummary } from "../app/summary";
import type { Finding, Severity } from "../core/finding";
import type { Lang } from "../core/i18n";
import type { Piece } from "./io";
import { countsText } from "../core/report/counts";
import { understoodLines } from "../core/report/understood";
import { countBySeverity } from "../core/report/sortFindings";

const HEAD: Record<Severity, { zh: string; en: string }> = {
  error: { zh: "错误", en: "Errors" },
  warning: { zh: "警告", en: "Warnings" },
  info: { zh: "提示", en: "Info" },
};

const ENCODING: Record<string, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 (Unicode)",
  "utf-16be": "UTF-16 BE",
  gb18030: "GB18030/GBK",
};
const DELIMITER: Record<string, { zh: string; en: string }> = {
  ",": { zh: "逗号分隔", en: "comma-separated" },
  "\t": { zh: "制表符分隔", en: "tab-separated" },
  ";": { zh: "分号分隔", en: "semicolon-separated" },
  "|": { zh: "竖线分隔", en: "pipe-separated" },
};

/** How a CSV or TSV file was read: "按 GB18030/GBK 编码、逗号分隔读取，共 25 行". */
export function sourceLine(source: { encoding: string; delimiter: string; rows: number }, lang: Lang): string {
  const enc = ENCODING[source.encoding] ?? source.encoding;
  const del = DELIMITER[source.delimiter]?.[lang] ?? source.delimiter;
  return lang === "zh"
    ? `文本文件：按 ${enc} 编码、${del}读取，共 ${source.rows} 行。`
    : `Text file: read as ${enc}, ${del}, ${source.rows} lines.`;
}

/** Missing columns named in the summary; a list from elsewhere lacks most of them. */
const MISSING_SHOWN = 8;

/** The sheets found, the headcount and the counts of findings, as a few lines of text. */
export function formatSummary(s: WorkbookSummary, lang: Lang): string[] {
  const lines: string[] = [];
  const sheets = s.inputs.map((i) => {
    const t = i.title[lang];
    if (!i.sheet) return lang === "zh" ? `${t} ✗ 未找到` : `${t} ✗ not found`;
    const how = i.foundBy === "headers" ? (lang === "zh" ? `（按表头识别“${i.sheet}”）` : ` (recognised "${i.sheet}" by its headers)`) : "";
    return lang === "zh" ? `${t} ✓ ${i.rows} 行${how}` : `${t} ✓ ${i.rows} rows${how}`;
  });
  lines.push((lang === "zh" ? "输入表：" : "Input sheets: ") + sheets.join(" · "));
  lines.push(...understoodLines(s.understood, lang));
  const a = s.attendees;
  if (!a.withStatus) lines.push(lang === "zh" ? `参会人员：共 ${a.total} 人` : `Attendees: ${a.total} in all`);
  else
    lines.push(
      lang === "zh"
        ? `参会人员：共 ${a.total} 人，已确认 ${a.confirmed} 人，待确认 ${a.pending} 人`
        : `Attendees: ${a.total} in all, ${a.confirmed} confirmed, ${a.pending} pending`,
    );
  for (const i of s.inputs) {
    if (i.sheet && i.missingColumns.length > 0) {
      const shown = i.missingColumns.slice(0, MISSING_SHOWN).map((c) => c[lang]);
      const more = i.missingColumns.length - shown.length;
      const cols =
        shown.join(lang === "zh" ? "、" : ", ") +
        (more > 0
          ? lang === "zh"
            ? `等 ${i.missingColumns.length} 列（huiwu init 可补齐）`
            : `, and ${more} more (huiwu init adds them)`
          : "");
      lines.push(lang === "zh" ? `  ${i.sheet} 缺少列：${cols}` : `  ${i.sheet} has no column for: ${cols}`);
    }
  }
  return lines;
}

/** Findings grouped by severity, errors first; long lists are cut with a count of the rest. */
export function formatFindings(findings: readonly Finding[], lang: Lang, limitPerGroup = 50): Piece[][] {
  const lines: Piece[][] = [];
  for (const sev of ["error", "warning", "info"] as const) {
    const group = findings.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    lines.push([], [{ text: `${HEAD[sev][lang]} (${group.length})`, tone: sev }]);
    for (const f of group.slice(0, limitPerGroup)) {
      lines.push([
        { text: "  " },
        { text: `${f.sheet}!${f.cell}`, tone: sev },
        { text: `  ${f.message[lang]}  ` },
        { text: `[${f.id}]`, tone: "dim" },
      ]);
    }
    if (group.length > limitPerGroup) {
      const more = group.length - limitPerGroup;
      lines.push([
        { text: lang === "zh" ? `  ……另有 ${more} 项，见输出工作簿或 --json` : `  … ${more} more; see the output workbook or --json` },
      ]);
    }
  }
  return lines;
}

/** The counts of findings, the last line a check prints (as linters end), each count in its colour. */
export function countsLine(findings: readonly Finding[], lang: Lang): Piece[] {
  const c = countBySeverity(findings);
  return [{ text: lang === "zh" ? "检查结果：" : "Findings: " }, ...countPieces(c, lang)];
}

function countPieces(c: Record<Severity, number>, lang: Lang): Piece[] {
  // countsText's three counts, each a piece that takes its severity's colour when it is not 0.
  const parts = countsText(c, lang, "\u0000").split("\u0000");
  return (["error", "warning", "info"] as const).flatMap((sev, i): Piece[] => [
    ...(i > 0 ? [{ text: lang === "zh" ? "，" : ", " }] : []),
    { text: parts[i], ...(c[sev] > 0 ? { tone: sev } : {}) },
  ]);
}
