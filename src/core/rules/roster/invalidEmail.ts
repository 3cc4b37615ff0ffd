import type { Finding } from "../../finding";
import { isValidEmail } from "../../schema/normalize/contacts";
import { cellOf, finding } from "../cells";
import type { Rule } from "../types";
import { emailParts } from "../../schema/normalize/contactParts";
import { whoIs } from "./whoIs";

/** E-mail addresses that cannot receive the notice: no "@", no domain, stray characters. */
export const invalidEmail: Rule = {
  id: "roster.invalid-email",
  family: "roster",
  severity: "warning",
  title: { zh: "邮箱地址无效", en: "Invalid email address" },
  needs: [{ sheet: "roster", columns: ["email"] }],
  run({ wb }) {
    const roster = wb.roster;
    const out: Finding[] = [];
    for (const p of roster.records) {
      const email = p.fields.email?.value;
      if (!email) continue;
      const bad = emailParts(email).filter((part) => !isValidEmail(part));
      if (bad.length === 0) continue;
      const who = whoIs(p);
      out.push(
        finding(
          invalidEmail,
          roster.sheet!,
          cellOf(roster, p, "email"),
          {
            zh: `${who.zh}的邮箱${bad.map((b) => `“${b}”`).join("、")}格式不正确。`,
            en: `${who.en}: the email ${bad.map((b) => `"${b}"`).join(", ")} is not a valid address.`,
          },
          {
            zh: "核对邮箱地址（形如 name@example.com）后更正，否则会议通知发不到。",
            en: "Check the address (like name@example.com) and correct it, or the notice will not reach them.",
          },
        ),
      );
    }
    return out;
  },
};
