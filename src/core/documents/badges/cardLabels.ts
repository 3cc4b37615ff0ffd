import type { Bilingual, Lang } from "../../i18n";

export const BADGE_CARDS_SHEET_NAME = { zh: "证件卡片", en: "Badge Cards" } as const;

/** The printing note above the cards (outside the print area), with the card's size as cut. */
export function cardsNote(size: { width: number; height: number }, lang: Lang): string {
  const mm = `${size.width} × ${size.height}`;
  return lang === "zh"
    ? `打印说明：纵向 A4、100% 缩放打印，每页 8 张证件（2 列 × 4 行，每张约 ${mm} 毫米），按名单顺序（证件类型、位次）。沿边框裁切后插入证件卡套。本行不打印。`
    : `To print: portrait A4 at 100 %, 8 badges a page (2 across, 4 down, each about ${mm} mm), in list order (badge type, then precedence). Cut along the borders and slip each into a badge holder. This line does not print.`;
}

export const CARDS_NOBODY: Bilingual = {
  zh: "名单中没有需要制作证件的人员。",
  en: "Nobody on the roster needs a badge.",
};
