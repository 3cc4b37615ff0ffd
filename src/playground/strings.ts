import type { Lang } from "../core/i18n";

/** The shell's texts (the pane has its own). */
export interface PlaygroundStrings {
  title: string;
  tagline: string;
  open: string;
  sampleZh: string;
  sampleEn: string;
  download: string;
  dark: string;
  privacy: string;
  opening: string;
  saving: string;
  openFailed: string;
  saveFailed: string;
  dropHere: string;
  emptyTitle: string;
  emptyText: string;
  paneWaiting: string;
  sheets: string;
  grid: (sheet: string) => string;
  shown: (rows: [number, number], cols: [string, string], totalRows: number, totalCols: number) => string;
  formulaPending: string;
  noSheet: (sheet: string) => { en: string; zh: string };
  toolbar: string;
  workbook: string;
  pane: string;
}

const ZH: PlaygroundStrings = {
  title: "会务助手 · 在线试用",
  tagline: "不装 Excel 也能用：在浏览器里打开工作簿，右侧是和 Excel 里一样的会务助手窗格。",
  open: "打开文件…",
  sampleZh: "中文示例",
  sampleEn: "English sample",
  download: "下载 .xlsx",
  dark: "深色",
  privacy: "工作簿只在本浏览器中打开和处理，不会上传或发送到任何地方。",
  opening: "正在打开…",
  saving: "正在保存…",
  openFailed: "无法打开",
  saveFailed: "无法下载",
  dropHere: "松开鼠标即可打开",
  emptyTitle: "打开一个会务工作簿",
  emptyText: "把 .xlsx 或 .csv 文件拖到这里，点“打开文件…”，或者先看看示例工作簿。",
  paneWaiting: "打开工作簿后，会务助手窗格显示在这里。",
  sheets: "工作表",
  grid: (sheet) => `工作表“${sheet}”`,
  shown: ([r1, r2], [c1, c2], rows, cols) =>
    `只显示第 ${r1}–${r2} 行、${c1}–${c2} 列（共 ${rows} 行、${cols} 列）；下载后可在 Excel 中查看全部。`,
  formulaPending: "公式：在 Excel 中打开时计算",
  noSheet: (sheet) => ({
    en: `The sheet "${sheet}" is no longer in the workbook. Run the command again to refresh the list.`,
    zh: `工作簿中已没有工作表“${sheet}”。请重新运行命令以刷新列表。`,
  }),
  toolbar: "工具栏",
  workbook: "工作簿",
  pane: "会务助手窗格",
};

const EN: PlaygroundStrings = {
  title: "Huiwu playground",
  tagline: "Huiwu without Excel: open a workbook in your browser; on the right, the same task pane as in Excel.",
  open: "Open file…",
  sampleZh: "中文示例",
  sampleEn: "English sample",
  download: "Download .xlsx",
  dark: "Dark",
  privacy: "Your workbook is opened and processed in this browser only. Nothing is uploaded or sent anywhere.",
  opening: "Opening…",
  saving: "Saving…",
  openFailed: "Cannot open the file",
  saveFailed: "Cannot download the workbook",
  dropHere: "Drop to open",
  emptyTitle: "Open a conference workbook",
  emptyText: "Drop an .xlsx or .csv file here, choose Open file…, or start with a sample workbook.",
  paneWaiting: "Open a workbook and the Huiwu pane appears here.",
  sheets: "Sheets",
  grid: (sheet) => `Sheet ${sheet}`,
  shown: ([r1, r2], [c1, c2], rows, cols) =>
    `Showing rows ${r1}–${r2} and columns ${c1}–${c2} of ${rows} rows and ${cols} columns; download to see it all in Excel.`,
  formulaPending: "Formula: calculated when opened in Excel",
  noSheet: (sheet) => ({
    en: `The sheet "${sheet}" is no longer in the workbook. Run the command again to refresh the list.`,
    zh: `工作簿中已没有工作表“${sheet}”。请重新运行命令以刷新列表。`,
  }),
  toolbar: "Toolbar",
  workbook: "Workbook",
  pane: "Huiwu pane",
};

export function playgroundStrings(lang: Lang): PlaygroundStrings {
  return lang === "zh" ? ZH : EN;
}
