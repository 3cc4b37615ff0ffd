import type { Lang } from "../../i18n";
import { formatDate } from "../../schema/normalize/dateFormat";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import type { EventFields } from "../../schema/sheets";
import { chinesePunctuation } from "./chineseText";
import {
  ELEMENT_LABELS,
  ITEM_HEADINGS,
  L,
  NOTICE_ITEM_KEYS,
  numberedHeading,
  placeholder,
  type NoticeElementKey,
  type NoticeItemKey,
  type NoticeLineKey,
} from "./labels";
import { absoluteDate, meetingPeriod } from "./meetingPeriod";
import type { NoticeSettings } from "./noticeSettings";

/** One paragraph of the notice, one row of the sheet. */
export interface NoticeLine {
  key: NoticeLineKey;
  /** The paragraph as it prints, heading and indent included. */
  text: string;
  kind: "title" | "addressee" | "paragraph" | "item" | "attachment" | "signature";
}

export interface NoticeDraft {
  lines: NoticeLine[];
  /** Elements the Event sheet does not give: their lines show a placeholder. */
  missing: NoticeElementKey[];
  /** Sign-off parts the Event sheet does not give (发文单位, 发文日期): placeholders too. */
  missingSignOff: ("organiser" | "date")[];
}

type Fields = ParsedKeyValue<EventFields>["fields"];

/** Two ideographic spaces: the first-line indent of a Chinese paragraph. */
const INDENT = "\u3000\u3000";

/** The text of one element, or undefined when the Event sheet does not give it. */
function elementText(key: Exclude<NoticeElementKey, "duration">, f: Fields, lang: Lang): string | undefined {
  switch (key) {
    case "content":
      // The content says what the meeting does; a theme alone still tells attendees what it is about.
      return f.content?.value ?? f.theme?.value;
    case "checkInTime": {
      if (!f.checkInTime) return undefined;
      return absoluteDate(f.checkInTime.value, lang) + (f.checkInPlace ? L.checkInPlace(f.checkInPlace.value)[lang] : "");
    }
    default:
      return f[key]?.value;
  }
}

/** A sentence ends with a full stop unless it already ends with punctuation. */
function sentence(text: string, lang: Lang): string {
  const t = text.trim();
  // A placeholder (【…】, […]) is left as it is, for the planner to type over.
  if (lang === "zh") return /[。！？；…】]$/u.test(t) ? t : `${t}。`;
  return /[.!?\]]$/.test(t) ? t : `${t}.`;
}

/** An item's text and the elements it lacks. */
function itemText(key: NoticeItemKey, f: Fields, lang: Lang): { text: string; missing: NoticeElementKey[] } {
  const hole = (k: NoticeElementKey) => placeholder(ELEMENT_LABELS[k].wanted, lang);
  if (key === "duration") {
    const period = meetingPeriod(f.start?.value, f.end?.value, f.duration?.value, lang);
    return { text: period.text, missing: period.missing ? ["duration"] : [] };
  }
  if (key === "contact") {
    const missing: NoticeElementKey[] = [];
    const who = f.contact?.value ?? (missing.push("contact"), hole("contact"));
    const phone = f.contactPhone?.value ?? (missing.push("contactPhone"), hole("contactPhone"));
    return { text: L.contactLine(who, phone)[lang], missing };
  }
  const text = elementText(key, f, lang);
  if (text !== undefined) return { text, missing: [] };
  // The check-in place alone is still worth printing next to the missing time.
  const place = key === "checkInTime" && f.checkInPlace ? L.checkInPlace(f.checkInPlace.value)[lang] : "";
  return { text: hole(key) + place, missing: [key] };
}

/**
 * The notice as the Event sheet gives it, laid out as a formal notice (GB/T 9704's order): title,
 * addressees (主送), a lead paragraph, the numbered items as prose, 特此通知, the attachment line
 * and the sign-off (issuing unit, date). Nothing is skipped: what is missing is a visible
 * placeholder, and Chinese text gets Chinese punctuation.
 */
export function noticeDraft(event: ParsedKeyValue<EventFields>, settings: NoticeSettings, lang: Lang): NoticeDraft {
  const f = event.fields;
  const zh = lang === "zh";
  const prose = (t: string) => (zh ? chinesePunctuation(t) : t);
  const missing: NoticeElementKey[] = [];
  const name = f.name?.value;
  if (!name) missing.push("name");
  const scope = f.attendeesScope?.value;
  const lines: NoticeLine[] = [
    { key: "title", text: prose(L.title(name ?? placeholder(ELEMENT_LABELS.name.wanted, lang))[lang]), kind: "title" },
    { key: "salutation", text: prose(L.salutation(scope ?? placeholder(L.addressees, lang))[lang]), kind: "addressee" },
    { key: "opening", text: (zh ? INDENT : "") + prose(L.opening(name ?? L.thisMeeting[lang])[lang]), kind: "paragraph" },
  ];
  NOTICE_ITEM_KEYS.forEach((key, i) => {
    const item = itemText(key, f, lang);
    missing.push(...item.missing);
    const heading = numberedHeading(i, ITEM_HEADINGS[key][lang], lang);
    lines.push({ key, text: (zh ? INDENT : "") + heading + sentence(prose(item.text), lang), kind: "item" });
  });
  const missingSignOff: NoticeDraft["missingSignOff"] = [];
  const organiser = settings.organiser ?? (missingSignOff.push("organiser"), placeholder(L.organiser, lang));
  const date = settings.date ? formatDate(settings.date.date, lang) : (missingSignOff.push("date"), placeholder(L.noticeDate, lang));
  lines.push(
    { key: "closing", text: (zh ? INDENT : "") + L.closing[lang], kind: "paragraph" },
    { key: "attachment", text: (zh ? INDENT : "") + L.attachment[lang], kind: "attachment" },
    // Right-aligned, two characters in from the edge (GB/T 9704 7.3.5).
    { key: "signOff", text: zh ? `${organiser}${INDENT}` : organiser, kind: "signature" },
    { key: "date", text: zh ? `${date}${INDENT}` : date, kind: "signature" },
  );
  // The elements in the seed's order, as the rules list them.
  const order = Object.keys(ELEMENT_LABELS) as NoticeElementKey[];
  return { lines, missing: order.filter((k) => missing.includes(k)), missingSignOff };
}
