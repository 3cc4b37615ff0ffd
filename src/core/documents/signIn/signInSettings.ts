import type { Finding } from "../../finding";
import { headerIndex, matchHeader } from "../../schema/headerMatch";
import { foldKey } from "../../schema/normalize/text";
import { parseCell } from "../../schema/parseCell";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import type { ColumnDef } from "../../schema/sheetDef";
import type { EventFields } from "../../schema/sheets";

export type SignInGroupBy = "organisation" | "group";

export interface SignInSettings {
  /** 签到分组 / Sign-in by: the sheet lists people under their organisation (default) or their group. */
  groupBy: SignInGroupBy;
}

export const SIGN_IN_SETTING_DEFS: readonly ColumnDef[] = [
  {
    key: "groupBy",
    zh: "签到分组",
    en: "Sign-in by",
    type: "text",
    synonyms: ["签到按", "签到分组方式", "签到表分组", "Sign in by", "Sign-in grouping", "Sign-in groups"],
  },
];

const BY_GROUP = new Set(["分组", "小组", "组别", "按分组", "group", "bygroup", "groups"].map(foldKey));
const BY_ORG = new Set(["单位", "按单位", "organisation", "organization", "byorganisation", "byorganization", "org"].map(foldKey));

/** Reads 签到分组 from the Event sheet; an unrecognised value keeps the default and gives a finding. */
export function readSignInSettings(event: ParsedKeyValue<EventFields>): { settings: SignInSettings; findings: Finding[] } {
  const settings: SignInSettings = { groupBy: "organisation" };
  const findings: Finding[] = [];
  const sheet = event.sheet;
  if (!sheet) return { settings, findings };
  const idx = headerIndex(SIGN_IN_SETTING_DEFS);
  for (const [label, cell] of Object.entries(event.extras)) {
    if (matchHeader(idx, label) !== "groupBy") continue;
    const parsed = parseCell(cell.raw, SIGN_IN_SETTING_DEFS[0], sheet, cell.address);
    if (!parsed.cell) continue;
    const k = foldKey(String(parsed.cell.value)).replace(/\s/g, "");
    if (BY_GROUP.has(k)) settings.groupBy = "group";
    else if (BY_ORG.has(k)) settings.groupBy = "organisation";
    else
      findings.push({
        id: "settings.invalid",
        severity: "warning",
        sheet,
        cell: cell.address,
        message: {
          zh: `“${label}”的值无法识别，签到表按单位分组。`,
          en: `The value of "${label}" is not recognised; the sign-in sheet is grouped by organisation.`,
        },
        fix: { zh: "填“单位”或“分组”。", en: 'Use "Organisation" or "Group".' },
      });
  }
  return { settings, findings };
}
