import type { Bilingual } from "../../i18n";

export const REPLY_SLIP_SHEET_NAME = { zh: "参会回执", en: "Reply Form" } as const;

/** The form's columns: what a 会务组 needs back from each attendee to plan rooms and pickups. */
export const COLUMNS: { label: Bilingual; width: number }[] = [
  { label: { zh: "单位", en: "Organisation" }, width: 22 },
  { label: { zh: "姓名", en: "Name" }, width: 11 },
  { label: { zh: "性别", en: "Gender" }, width: 8 },
  { label: { zh: "职务", en: "Title" }, width: 14 },
  { label: { zh: "电话", en: "Phone" }, width: 15 },
  { label: { zh: "抵达时间及车次/航班", en: "Arrival (date, time, train or flight)" }, width: 22 },
  { label: { zh: "返程时间及车次/航班", en: "Departure (date, time, train or flight)" }, width: 22 },
  { label: { zh: "是否住宿", en: "Hotel needed" }, width: 9 },
  { label: { zh: "备注", en: "Notes" }, width: 18 },
];

export const L = {
  attachment: { zh: "附件", en: "Attachment" } as Bilingual,
  title: { zh: "参会回执", en: "Reply Form" } as Bilingual,
  meeting: (name: string): Bilingual => ({ zh: `会议名称：${name}`, en: `Event: ${name}` }),
  noName: { zh: "【待填写：会议名称】", en: "[To be filled in: event name]" } as Bilingual,
  returnBy: (by: string | undefined, to: string): Bilingual => ({
    zh: `请${by ? `于${by}前` : "尽早"}将回执报送${to}。`,
    en: `Please return this form ${by ? `by ${by}` : "as soon as you can"} to ${to}.`,
  }),
  to: (contact: string | undefined, phone: string | undefined): Bilingual => {
    const parts = [
      contact && { zh: `联系人：${contact}`, en: contact },
      phone && { zh: `电话：${phone}`, en: `telephone ${phone}` },
    ].filter((p): p is Bilingual => Boolean(p));
    return {
      zh: `会务组${parts.length ? `（${parts.map((p) => p.zh).join("，")}）` : ""}`,
      en: `the organisers${parts.length ? ` (${parts.map((p) => p.en).join(", ")})` : ""}`,
    };
  },
};
