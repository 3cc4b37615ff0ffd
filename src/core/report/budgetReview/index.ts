export { budgetReview, budgetReviewSheet, type BudgetReview, type BudgetReviewInput } from "./budgetReviewSheet";
export { BUDGET_REVIEW_SHEET_NAME } from "./labels";
export { budgetFigures, type BudgetFigures, type RowFigures } from "./budgetFigures";
