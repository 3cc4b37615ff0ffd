import type { Bilingual, Lang } from "../../i18n";

export const SIGN_IN_SHEET_NAME = { zh: "签到表", en: "Sign-in Sheet" } as const;

export const HEADERS: Record<Lang, string[]> = {
  zh: ["序号", "姓名", "单位", "职务", "签到时间", "签名"],
  en: ["No.", "Name", "Organisation", "Title", "Time in", "Signature"],
};

export const L = {
  title: (name: string | undefined): Bilingual =>
    name ? { zh: `${name}签到表`, en: `Sign-in Sheet — ${name}` } : { zh: "签到表", en: "Sign-in Sheet" },
  when: (time: string, place: string): Bilingual => ({ zh: `时间：${time}　　地点：${place}`, en: `Time: ${time}    Venue: ${place}` }),
  /** A blank to write on when the Event sheet does not say. */
  blank: "________",
  counts: (n: number): Bilingual => ({ zh: `应到 ${n} 人　　实到 ____ 人`, en: `Expected: ${n}    Present: ____` }),
  group: (name: string, n: number): Bilingual => ({ zh: `${name}（${n}人）`, en: `${name} (${n})` }),
  noOrganisation: { zh: "未填单位", en: "No organisation" } as Bilingual,
  noGroup: { zh: "未分组", en: "No group" } as Bilingual,
  gone: (n: number): Bilingual => ({
    zh: `已签到但已不在名单中（${n}人）`,
    en: `Signed in, no longer on the list (${n})`,
  }),
  nobody: { zh: "名单中没有需要签到的人员。", en: "Nobody on the roster needs to sign in." } as Bilingual,
};
