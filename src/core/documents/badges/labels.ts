import type { Bilingual, Lang } from "../../i18n";

export const BADGE_SHEET_NAME = { zh: "证件", en: "Badges" } as const;

/** The table's name, which a Word mail merge picks the list by. */
export const BADGE_TABLE_NAME = "HuiwuBadges";

/** Also the mail-merge field names, so they never change between runs. */
export const HEADERS: Record<Lang, string[]> = {
  zh: ["证件类型", "姓名", "单位", "职务", "分组", "颜色"],
  en: ["Badge", "Name", "Organisation", "Title", "Group", "Colour"],
};

export const LEGEND_HEADERS: Record<Lang, string[]> = {
  zh: ["图例", "颜色", "人数"],
  en: ["Legend", "Colour", "Count"],
};

export const L = {
  derivedNote: {
    zh: "名单未填证件类型的，按身份确定：出席、嘉宾、讲师发出席证，列席发列席证，工作人员发工作证。",
    en: "Where the roster gives no badge type, the role decides: attendees, guests and speakers get an attendee badge, observers an observer badge, staff a staff badge.",
  } as Bilingual,
};
