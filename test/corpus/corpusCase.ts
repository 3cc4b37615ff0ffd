/** The roster fields a corpus case can expect a column for (the keys of src/core/schema/sheets/roster.ts). */
export type RosterField =
  | "id"
  | "name"
  | "firstName"
  | "lastName"
  | "badgeName"
  | "gender"
  | "organisation"
  | "title"
  | "precedence"
  | "role"
  | "vip"
  | "status"
  | "phone"
  | "email"
  | "idNumber"
  | "badge"
  | "arrival"
  | "departure"
  | "needsHotel"
  | "hotel"
  | "roomType"
  | "room"
  | "roommate"
  | "diet"
  | "group"
  | "dais"
  | "party"
  | "partySize"
  | "members"
  | "keepApart"
  | "table"
  | "seat"
  | "locked"
  | "notes";

/** One list as planners bring it, and what `huiwu check` should make of it. */
export interface CorpusCase {
  /** File name written into the output folder, e.g. "wjx-export.xlsx", "wps-signin.gbk.csv". */
  file: string;
  /** One line: what real list this imitates. */
  shape: string;
  build(): Promise<Uint8Array> | Uint8Array;
  expect: {
    /**
     * The sheet Huiwu must take as the roster (for CSV/TSV: the file's base name without extension).
     * For an exit-2 case with no list at all: the closest sheet, the one the message names.
     */
    rosterSheet: string;
    /** How it should be found: by the sheet's name, by three+ known headers, by a header row that has a name column (any sheet name, two recognisable headers suffice), or from the values when there is no header row. */
    foundBy: "name" | "headers" | "nameColumn" | "values";
    /** People read — persons, not rows: "Mr. & Mrs. X" with size 2 is 2; "张三、李四" in a members cell is 2; a row marked REMOVE/删除/不参加/取消 does not count; a duplicate row of the same person (same ID number, or same name + same phone/email) counts once. */
    people: number;
    /** Field → the header text exactly as typed in the file (for foundBy "values": the column letter, e.g. "C"). Only the fields the file has. */
    columns: Partial<Record<RosterField, string>>;
    /** Headers kept as columns Huiwu does not use (questionnaire meta columns such as 提交答卷时间, 来自IP, Timestamp; unknown columns). */
    kept?: string[];
    /** Expected exit code of `huiwu check` (0 or 1; 2 only for the no-roster cases). Absent: 0 or 1, whichever the findings give. */
    exit?: 0 | 1 | 2;
    /** For exit 2 cases: a fragment the one-line message must contain (e.g. the closest sheet's name). */
    message?: string;
  };
}

/** A workbook with no roster at all (finance's budget, a task list): check goes on without the roster's rules. */
export interface OtherCase {
  file: string;
  shape: string;
  build(): Promise<Uint8Array> | Uint8Array;
  expect: {
    /** `huiwu check` exits 0 or 1 (never 2): the data is made clean, so 0 is expected. */
    exit: 0 | 1;
    /** An info finding "rules.roster-skipped" says the roster's rules were skipped. */
    noRosterInfo: true;
    /** For a budget: the real budget lines (not the 合计 row, not the subtotal row of SUM formulas). */
    budgetLines?: number;
  };
}
