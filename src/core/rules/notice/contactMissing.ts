import type { Finding } from "../../finding";
import { finding } from "../cells";
import type { Rule } from "../types";
import { eventValueCell } from "../cells";
import { isUnreadable, newRowCell } from "./eventRows";

/**
 * The notice names someone to call (the seed: 联系人姓名和电话). A phone number the parser could
 * not read is reported there; it is not called missing here.
 */
export const contactMissing: Rule = {
  id: "notice.contact-missing",
  family: "notice",
  severity: "warning",
  title: { zh: "会议通知缺少联系人或电话", en: "Notice contact missing" },
  needs: [{ sheet: "event", columns: [] }],
  run({ wb }) {
    const event = wb.event;
    const noName = !event.fields.contact && !isUnreadable(event, "contact");
    const noPhone = !event.fields.contactPhone && !isUnreadable(event, "contactPhone");
    if (!noName && !noPhone) return [];
    const key = noName ? "contact" : "contactPhone";
    // The contact as typed, even when the cell shows an error the parser reported.
    const contact = event.fields.contact?.value ?? String(event.unreadable.get("contact")?.raw ?? "");
    const cell = eventValueCell(event, key) ?? (noName && noPhone ? eventValueCell(event, "contactPhone") : undefined) ?? newRowCell(event);
    const what =
      noName && noPhone
        ? { zh: "会议通知没有会务联系人及联系电话。", en: "The notice gives no contact person or phone number." }
        : noName
          ? { zh: "会议通知有联系电话，但没有联系人姓名。", en: "The notice gives a contact phone but no contact person." }
          : {
              zh: `会议通知的联系人${contact}没有联系电话。`,
              en: `The notice's contact, ${contact}, has no phone number.`,
            };
    const out: Finding[] = [
      finding(contactMissing, event.sheet!, cell, what, {
        zh: "填写会务联系人的姓名和电话（联系人、联系电话两项），方便参会人员咨询和请假。",
        en: "Fill in the Contact and Contact phone rows, so attendees know whom to call with questions or apologies.",
      }),
    ];
    return out;
  },
};
