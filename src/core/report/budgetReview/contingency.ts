import { matchCategory } from "../../schema/budgetCategories";

/** The contingency line (不可预计费用) by any of the names planners give it. */
export function isContingency(category: string): boolean {
  return matchCategory(category) === "contingency";
}
