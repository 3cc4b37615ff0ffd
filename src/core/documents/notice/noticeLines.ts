import type { Lang } from "../../i18n";
import { formatDate } from "../../schema/normalize/dateFormat";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import type { EventFields } from "../../schema/sheets";
import { ELEMENT_LABELS, L, NOTICE_ELEMENT_KEYS, numberedLabel, placeholder, type NoticeElementKey, type NoticeLineKey } from "./labels";
import { absoluteDate, meetingPeriod } from "./meetingPeriod";
import type { NoticeSettings } from "./noticeSettings";

/** One generated row of the notice. */
export interface NoticeLine {
  key: NoticeLineKey;
  /** The label cell ("一、会议名称"); "" for the title, salutation and closing lines. */
  label: string;
  text: string;
  kind: "title" | "paragraph" | "element" | "signature";
}

export interface NoticeDraft {
  lines: NoticeLine[];
  /** Elements the Event sheet does not give: their lines show a placeholder. */
  missing: NoticeElementKey[];
}

type Fields = ParsedKeyValue<EventFields>["fields"];

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

/**
 * The notice as the Event sheet gives it: title, salutation, opening sentence, the eight elements
 * in the seed's order (会名、主要内容、参加人员、报到时间、会期、会址、着装、注意事项), the contact, and
 * the sign-off. Nothing is skipped: what is missing is a visible placeholder.
 */
export function noticeDraft(event: ParsedKeyValue<EventFields>, settings: NoticeSettings, lang: Lang): NoticeDraft {
  const f = event.fields;
  const missing: NoticeElementKey[] = [];
  const hole = (key: NoticeElementKey) => placeholder(ELEMENT_LABELS[key].wanted, lang);
  const name = f.name?.value;
  const scope = f.attendeesScope?.value;
  const lines: NoticeLine[] = [
    { key: "title", label: "", text: L.title(name ?? hole("name"))[lang], kind: "title" },
    { key: "salutation", label: "", text: L.salutation(scope ?? placeholder(L.addressees, lang))[lang], kind: "paragraph" },
    { key: "opening", label: "", text: L.opening(name ?? L.thisMeeting[lang])[lang], kind: "paragraph" },
  ];
  let n = 0;
  for (const key of NOTICE_ELEMENT_KEYS) {
    const label = ELEMENT_LABELS[key].label[lang];
    let text: string | undefined;
    if (key === "duration") {
      const period = meetingPeriod(f.start?.value, f.end?.value, f.duration?.value, lang);
      if (period.missing) missing.push(key);
      text = period.text;
    } else {
      text = elementText(key, f, lang);
      if (text === undefined) {
        missing.push(key);
        // The check-in place alone is still worth printing next to the missing time.
        text = hole(key) + (key === "checkInTime" && f.checkInPlace ? L.checkInPlace(f.checkInPlace.value)[lang] : "");
      }
    }
    const numbered = key !== "contact" && key !== "contactPhone";
    lines.push({ key, label: numbered ? numberedLabel(n++, label, lang) : label, text, kind: "element" });
  }
  lines.push(
    { key: "signOff", label: "", text: settings.organiser ?? placeholder(L.organiser, lang), kind: "signature" },
    {
      key: "date",
      label: "",
      text: settings.date ? formatDate(settings.date.date, lang) : placeholder(L.noticeDate, lang),
      kind: "signature",
    },
  );
  return { lines, missing };
}
