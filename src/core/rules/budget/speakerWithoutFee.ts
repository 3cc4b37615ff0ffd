import type { Finding } from "../../finding";
import { finding } from "../cells";
import type { Rule } from "../types";
import { budgetLines } from "./budgetLines";
import { categoryDef, type BudgetCategory } from "../../schema/budgetCategories";
import { headcount } from "./headcount";
import { newLineCell } from "./newLineCell";

/** The two lines, and how an English message names what each one pays for. */
const NEEDED: readonly { code: BudgetCategory; en: string }[] = [
  { code: "speakerFees", en: "speaker fees (lecture fees)" },
  { code: "speakerExpenses", en: "speakers' travel, hotel and meals" },
];

/** Speakers on the roster need the seed's two speaker lines: 讲课费 and 讲师食住行费. */
export const speakerWithoutFee: Rule = {
  id: "budget.speaker-without-fee",
  family: "budget",
  severity: "warning",
  title: { zh: "有讲师但无讲课费或食住行费", en: "Speakers without fee or expenses line" },
  needs: [
    { sheet: "roster", columns: ["role"] },
    { sheet: "budget", columns: ["category"] },
  ],
  run({ wb }) {
    const speakers = headcount(wb.roster).speakers;
    if (speakers.length === 0) return [];
    const present = new Set(budgetLines(wb.budget).map((l) => l.category));
    const named = speakers.slice(0, 3).map((p) => p.fields.name?.value ?? `#${p.row + 1}`);
    const more = speakers.length > named.length;
    const who = {
      zh: `${speakers.length} 位讲师（${named.join("、")}${more ? "等" : ""}）`,
      en: `${speakers.length} speaker${speakers.length === 1 ? "" : "s"} (${named.join(", ")}${more ? " and others" : ""})`,
    };
    const out: Finding[] = [];
    for (const need of NEEDED) {
      if (present.has(need.code)) continue;
      const def = categoryDef(need.code);
      out.push(
        finding(
          speakerWithoutFee,
          wb.budget.sheet!,
          newLineCell(wb.budget),
          {
            zh: `名单中有 ${who.zh}，但预算中没有“${def.zh}”一项。`,
            en: `The roster has ${who.en}, but the budget has no line for ${need.en}.`,
          },
          {
            zh: `在预算中添加“${def.zh}”，按讲师人数和标准测算。`,
            en: `Add a "${def.en}" line, sized by the number of speakers and the agreed rates.`,
          },
        ),
      );
    }
    return out;
  },
};
