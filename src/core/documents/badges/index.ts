export { badgeSheet, BADGE_SHEET_NAME, BADGE_TABLE_NAME, type BadgeResult, type BadgeSheetInput } from "./badgeSheet";
export { badgeCardsSheet, BADGE_CARDS_SHEET_NAME, type BadgeCardsInput } from "./badgeCards";
export { badgeHolders, type BadgeHolder } from "./badgeList";
export { badgeTypeOf } from "./badgeType";
export { BADGE_COLOURS, BADGE_ORDER, type BadgeColour } from "./badgeColours";
