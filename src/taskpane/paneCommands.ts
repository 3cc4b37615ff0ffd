import type { DocumentKind } from "../app/documentKinds";
import type { DocumentsSummary } from "../app/documentsSummary";
import type { OverviewSummary } from "../app/overview/types";
import type { RoomsSummary } from "../app/roomsSummary";
import type { SettingsSaved } from "../app/saveSettings";
import type { SeatSummary } from "../app/seatSummary";
import type { SettingsForm, SettingValue } from "../app/settingsForm";
import type { WorkbookSummary } from "../app/summary";
import type { Bilingual } from "../core/i18n";
import type { RuleFamily } from "../core/rules/types";
import type { DaisRow } from "../core/seating/dais/daisPlan";

/** A rule as the Check view names and groups it. */
export interface RuleInfo {
  id: string;
  family: RuleFamily;
  title: Bilingual;
}

/** What the pane knows of the workbook after a read: plain data for every screen. */
export interface Review {
  summary: WorkbookSummary;
  overview: OverviewSummary;
  settings: SettingsForm;
  rules: RuleInfo[];
  /** The findings are also on the 检查结果 / Issues sheet (Check wrote them). */
  written: boolean;
}

/** The choices the Seating screen offers; each is an Event-sheet setting, saved with the seating. */
export interface SeatChoices {
  convention: "chinese" | "international";
  variant: "A" | "B" | "C";
  chairPosition: "byRank" | "leftEnd" | "rightEnd";
  seatsPerTable: number;
  mode: "together" | "mix";
  groupBy: "organisation" | "group";
}

/** The rostrum drawn before anything is written: the order for any choices, computed in the pane. */
export interface SeatingDraft {
  choices: SeatChoices;
  guests: number;
  /** Front row first, seats as seen from the audience. */
  preview: (choices: SeatChoices) => DaisRow[];
}

/** Everything the pane can ask of the workbook. Each call is one read (and at most one write). */
export interface PaneCommands {
  /** Reads and checks; writes nothing. */
  review: () => Promise<Review>;
  /** Checks and writes the 检查结果 / Issues and 预算审核 / Budget Review sheets. */
  check: () => Promise<Review>;
  prepareSeating: () => Promise<SeatingDraft>;
  /** Saves the choices the planner changed to the Event sheet and writes the seating sheets, in one plan. */
  seat: (
    changed: Partial<SeatChoices>,
    onProgress: (done: number, total: number) => void,
    shouldCancel: () => boolean,
  ) => Promise<SeatSummary>;
  rooms: () => Promise<RoomsSummary>;
  /** Writes the given documents (all of them when `only` is absent). */
  documents: (opts: { only?: DocumentKind[]; checklistToTasks: boolean }) => Promise<DocumentsSummary>;
  saveSettings: (changes: Readonly<Record<string, SettingValue | null>>) => Promise<SettingsSaved>;
  goToCell: (sheet: string, cell: string) => Promise<void>;
}

export type { DocumentKind, SettingValue };
