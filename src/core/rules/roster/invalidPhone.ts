import type { Finding } from "../../finding";
import type { Bilingual } from "../../i18n";
import { isValidPhone } from "../../schema/normalize/contacts";
import { cellOf, finding } from "../cells";
import type { Rule } from "../types";
import { phoneParts } from "../../schema/normalize/contactParts";
import { whoIs } from "./whoIs";

/** A Chinese mobile number a digit short or long: the commonest typing slip, worth naming. */
function mobileHint(phone: string): Bilingual {
  const compact = phone.replace(/[\s\-.()]/g, "");
  if (!/^1[3-9]\d+$/.test(compact) || Math.abs(compact.length - 11) !== 1) return { zh: "", en: "" };
  return {
    zh: `（手机号应为 11 位，这里是 ${compact.length} 位）`,
    en: ` (a mobile number has 11 digits; this one has ${compact.length})`,
  };
}

/** Phone numbers that are neither a mobile, a landline nor an international number. */
export const invalidPhone: Rule = {
  id: "roster.invalid-phone",
  family: "roster",
  severity: "warning",
  title: { zh: "电话号码无效", en: "Invalid phone number" },
  needs: [{ sheet: "roster", columns: ["phone"] }],
  run({ wb }) {
    const roster = wb.roster;
    const out: Finding[] = [];
    for (const p of roster.records) {
      const phone = p.fields.phone?.value;
      if (!phone) continue;
      const bad = phoneParts(phone).filter((part) => !isValidPhone(part));
      if (bad.length === 0) continue;
      const who = whoIs(p);
      const shown = bad.map((b) => `“${b}”`).join("、");
      const shownEn = bad.map((b) => `"${b}"`).join(", ");
      const hint = bad.length === 1 ? mobileHint(bad[0]) : { zh: "", en: "" };
      out.push(
        finding(
          invalidPhone,
          roster.sheet!,
          cellOf(roster, p, "phone"),
          {
            zh: `${who.zh}的电话${shown}不是有效的号码${hint.zh}。`,
            en: `${who.en}: the phone ${shownEn} is not a valid number${hint.en}.`,
          },
          { zh: "向本人或其单位核实号码后更正。", en: "Check the number with them or their office and correct it." },
        ),
      );
    }
    return out;
  },
};
