import type { Rule } from "../types";
import { contingency } from "./contingency";
import { costPerPersonDay } from "./costPerPersonDay";
import { lineOver } from "./lineOver";
import { missingPaperwork } from "./missingPaperwork";
import { perHeadMismatch } from "./perHeadMismatch";
import { speakerWithoutFee } from "./speakerWithoutFee";
import { spentWithoutBudget } from "./spentWithoutBudget";
import { totalOver } from "./totalOver";

/** The budget rules, in the order they run: line by line first, then the budget as a whole. */
export const BUDGET_RULES: readonly Rule[] = [
  lineOver,
  spentWithoutBudget,
  missingPaperwork,
  perHeadMismatch,
  totalOver,
  contingency,
  speakerWithoutFee,
  costPerPersonDay,
];
