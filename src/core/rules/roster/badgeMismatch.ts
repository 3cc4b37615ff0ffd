import type { Finding } from "../../finding";
import { BADGE, ROLE, enumLabel } from "../../schema/enums";
import { cellOf, finding } from "../cells";
import { isActive } from "../people";
import type { Rule } from "../types";
import { EXPECTED_BADGE } from "./expectedBadge";
import { whoIs } from "./whoIs";

const article = (noun: string) => (/^[AEIOU]/i.test(noun) ? "an" : "a");

/**
 * A badge that contradicts the person's role (工作人员 with an 出席证, 列席 with an 出席证…).
 * A badge that is not one of the list is the parser's finding, not this rule's; people on
 * leave or cancelled get no badge, so theirs is not checked.
 */
export const badgeMismatch: Rule = {
  id: "roster.badge-mismatch",
  family: "roster",
  severity: "warning",
  title: { zh: "证件类型与身份不符", en: "Badge does not match role" },
  needs: [{ sheet: "roster", columns: ["role", "badge"] }],
  run({ wb }) {
    const roster = wb.roster;
    const out: Finding[] = [];
    for (const p of roster.records) {
      const role = p.fields.role?.value;
      const badge = p.fields.badge?.value;
      if (!role || !badge || !isActive(p)) continue;
      const expected = EXPECTED_BADGE[role];
      const severity = expected.wrong[badge];
      if (!severity) continue;
      const who = whoIs(p);
      const label = (lang: "zh" | "en") => ({
        role: enumLabel(ROLE, role, lang),
        badge: enumLabel(BADGE, badge, lang),
        expected: enumLabel(BADGE, expected.badge, lang),
      });
      const zh = label("zh");
      const en = label("en");
      out.push(
        finding(
          badgeMismatch,
          roster.sheet!,
          cellOf(roster, p, "badge"),
          {
            zh: `${who.zh}的身份是“${zh.role}”，证件类型却是“${zh.badge}”，应为“${zh.expected}”。`,
            en: `${who.en} is listed as ${en.role} but has ${article(en.badge)} ${en.badge} instead of ${article(en.expected)} ${en.expected}.`,
          },
          {
            zh: `将证件类型改为“${zh.expected}”，或核对身份是否填错。`,
            en: `Change the badge to "${en.expected}", or correct the role if that is what is wrong.`,
          },
          severity,
        ),
      );
    }
    return out;
  },
};
