import { columnLetters, parseA1 } from "../../cellAddress";
import type { Lang } from "../../i18n";
import type { FormatSpec } from "../../plan/writePlan";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import type { EventFields } from "../../schema/sheets/event";
import { COL, PERCENT_FORMAT, type RowFigures } from "./categoryTable";
import { T } from "./labels";
import { sheetRef } from "./lineFormulas";
import { f, v, type ReviewCell, type ReviewPart } from "./reviewGrid";

export interface SummaryInput {
  lang: Lang;
  event: ParsedKeyValue<EventFields>;
  /** 0-based review rows of the totals and of the contingency categories. */
  totalsRow: number;
  totals: RowFigures;
  contingency: { row: number; label: string; budget: number }[];
  attendees: number;
  meetingDays: number | undefined;
  moneyFormat: string;
  /** 0-based review row of the first summary line. */
  startRow: number;
}

/**
 * Beneath the totals: the approved total from the Event sheet (referenced, so it follows edits
 * there), the difference, the contingency share and the cost per attendee per day.
 */
export function summaryBlock(input: SummaryInput): ReviewPart {
  const { lang, event, totals, startRow } = input;
  const n = (offset: number) => startRow + offset + 1;
  const B = (row0: number) => `B${row0 + 1}`;
  const totalBudget = B(input.totalsRow);
  const totalUsed = `E${input.totalsRow + 1}`;

  const approvedCell = event.fields.totalBudget;
  const ref = approvedCell && event.sheet ? `${event.sheet}!${approvedCell.address}` : "";
  // A number is referenced, so the review follows the Event sheet; text cannot be, so its amount is copied.
  const at = approvedCell && event.sheet && !approvedCell.fromText ? parseA1(approvedCell.address) : undefined;
  const approved = event.sheet ? approvedCell?.value : undefined;
  let approvedRow: ReviewCell[];
  if (at && approved !== undefined) {
    const cell = `${sheetRef(event.sheet!)}!$${columnLetters(at.col)}$${at.row + 1}`;
    approvedRow = [v(T.approved[lang]), f(`=${cell}`, approved), v(T.approvedFrom(ref)[lang])];
  } else if (approved !== undefined) {
    approvedRow = [v(T.approved[lang]), v(approved), v(T.approvedText(ref)[lang])];
  } else {
    approvedRow = [v(T.approved[lang]), v(""), v(T.approvedMissing(event.sheet)[lang])];
  }
  const difference: ReviewCell = approved === undefined ? v("") : f(`=B${n(0)}-${totalBudget}`, approved - totals.budget);

  let contingency: ReviewCell[];
  if (input.contingency.length > 0) {
    const parts = input.contingency.map((c) => B(c.row));
    const share = totals.budget === 0 ? "" : input.contingency.reduce((s, c) => s + c.budget, 0) / totals.budget;
    const numerator = parts.length === 1 ? parts[0] : `(${parts.join("+")})`;
    contingency = [
      v(T.contingency[lang]),
      f(`=IF(${totalBudget}=0,"",${numerator}/${totalBudget})`, share),
      v(T.contingencyOf(input.contingency.map((c) => c.label))[lang]),
    ];
  } else {
    contingency = [v(T.contingency[lang]), v(""), v(T.contingencyNone[lang])];
  }

  const days = input.meetingDays;
  const perHeadDay = input.attendees > 0 && days !== undefined && days > 0 ? totals.used / input.attendees / days : ("" as const);
  const rows: ReviewCell[][] = [
    approvedRow,
    [v(T.difference[lang]), difference, v(T.differenceNote[lang])],
    contingency,
    [v(T.attendees[lang]), v(input.attendees), v(T.attendeesNote[lang])],
    [v(T.days[lang]), v(days ?? ""), v(days === undefined ? T.daysUnknown[lang] : T.daysNote[lang])],
    [
      v(T.perHeadDay[lang]),
      f(`=IF(OR(N(B${n(3)})<=0,N(B${n(4)})<=0),"",${totalUsed}/B${n(3)}/B${n(4)})`, perHeadDay),
      v(T.perHeadDayNote[lang]),
    ],
  ];
  const money = (offset: number): FormatSpec => ({
    range: { row: startRow + offset, col: COL.budget, rows: 1, cols: 1 },
    numberFormat: input.moneyFormat,
  });
  const formats: FormatSpec[] = [
    { range: { row: startRow, col: 0, rows: rows.length, cols: 1 }, bold: true },
    { range: { row: startRow, col: 0, rows: rows.length, cols: 2 }, border: true },
    { range: { row: startRow, col: 2, rows: rows.length, cols: 1 }, italic: true, fontColor: "#595959" },
    money(0),
    money(1),
    { range: { row: startRow + 2, col: COL.budget, rows: 1, cols: 1 }, numberFormat: PERCENT_FORMAT },
    { range: { row: startRow + 3, col: COL.budget, rows: 2, cols: 1 }, numberFormat: "0" },
    money(5),
  ];
  return { rows, formats };
}
