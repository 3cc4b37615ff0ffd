import { daysBetween } from "../../schema/normalize/dates";
import type { Finding } from "../../finding";
import { cellOf, finding, personLabel } from "../cells";
import type { Rule } from "../types";

/** VIPs and rostrum members who have not confirmed shortly before the meeting (the seed: 双保险, confirm by phone). */
export const vipUnconfirmed: Rule = {
  id: "roster.vip-unconfirmed",
  family: "roster",
  severity: "error",
  title: { zh: "VIP或主席台成员未确认", en: "VIP or rostrum member unconfirmed" },
  needs: [{ sheet: "roster", columns: ["status"] }],
  run({ wb, today, settings }) {
    const start = wb.event.fields.start?.value.date;
    if (!start) return [];
    const days = daysBetween(today, start);
    if (days > settings.vipWarningDays) return [];
    const severity = days <= settings.vipErrorDays ? "error" : "warning";
    const out: Finding[] = [];
    for (const p of wb.roster.records) {
      const important = p.fields.vip?.value === true || p.fields.dais?.value === true;
      const status = p.fields.status?.value;
      if (!important || (status !== undefined && status !== "pending")) continue;
      const who = personLabel(p.fields.name?.value, p.fields.organisation?.value, p.row);
      const when =
        days >= 0
          ? { zh: `距会议开始还有 ${days} 天`, en: `${days} day${days === 1 ? "" : "s"} before the start` }
          : { zh: "会议已开始", en: "the meeting has started" };
      out.push(
        finding(
          vipUnconfirmed,
          wb.roster.sheet!,
          cellOf(wb.roster, p, "status"),
          { zh: `${who.zh}尚未确认参会，${when.zh}。`, en: `${who.en} has not confirmed; ${when.en}.` },
          { zh: "电话联系本人或其秘书确认，并更新回执。", en: "Call them (or their office) to confirm and update the status." },
          severity,
        ),
      );
    }
    return out;
  },
};
