import { a1 } from "../core/cellAddress";
import { title } from "../core/schema/sheetDef";
import { EVENT } from "../core/schema/sheets";
import { WorkbookUnavailableError, type WorkbookGateway } from "../workbook/gateway";
import { readInputs } from "./readInputs";
import { settingEdits, type SettingValue } from "./settingsForm";

export interface SettingsSaved {
  /** The Event sheet written. */
  sheet: string;
  /** The value cells written, in the order of the changes. */
  cells: string[];
}

/**
 * Writes changed settings into the Event sheet's rows (a missing row is added), so everyone
 * sharing the workbook checks, seats and prints the same way. One read, one write.
 */
export async function saveSettings(
  gateway: WorkbookGateway,
  changes: Readonly<Record<string, SettingValue | null>>,
): Promise<SettingsSaved> {
  const edits = settingEdits(changes);
  const { parsed, eventWrite } = await readInputs(gateway, { eventEdits: edits });
  const sheet = parsed.event.sheet;
  if (!sheet || !eventWrite) {
    throw new WorkbookUnavailableError(
      `There is no ${title(EVENT).en} sheet to keep the settings on. Add one (huiwu init writes it), then save again.`,
      `没有可保存设置的“${title(EVENT).zh}”工作表。请先添加该工作表（huiwu init 可生成），再保存。`,
    );
  }
  if (eventWrite.values.length > 0) await gateway.apply({ sheets: [eventWrite] });
  return { sheet, cells: eventWrite.values.map((b) => a1(b.row, b.col + b.values[0].length - 1)) };
}
