import { visitEventSettings } from "../../schema/eventSettings";
import type { Finding } from "../../finding";
import type { Lang } from "../../i18n";
import type { EnumDef, SeatingConvention } from "../../schema/enums";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import type { ColumnDef } from "../../schema/sheetDef";
import type { EventFields } from "../../schema/sheets";
import type { EvenVariant } from "./daisOrder";

/** Where the chair (主持人) sits: by precedence like everyone else, or at an end of the front row as seen from the audience. */
export type ChairPosition = "byRank" | "leftEnd" | "rightEnd";

export interface DaisSettings {
  convention: SeatingConvention;
  variant: EvenVariant;
  /** Seats in every row; undefined: one row up to MAX_ONE_ROW people, then even rows. */
  seatsPerRow?: number;
  chairPosition: ChairPosition;
}

/** With no seats-per-row setting, a rostrum of up to this many people sits in one row. */
export const MAX_ONE_ROW = 15;

export const EVEN_VARIANT: EnumDef<EvenVariant> = {
  name: { zh: "偶数排法", en: "even-count variant" },
  values: [
    { code: "A", zh: "A", en: "A", synonyms: ["方案A", "排法A", "Variant A"] },
    { code: "B", zh: "B", en: "B", synonyms: ["方案B", "排法B", "Variant B"] },
    { code: "C", zh: "C", en: "C", synonyms: ["方案C", "排法C", "Variant C"] },
  ],
};

export const CHAIR_POSITION: EnumDef<ChairPosition> = {
  name: { zh: "主持人位置", en: "chair position" },
  values: [
    { code: "byRank", zh: "按位次", en: "By rank", synonyms: ["按排序", "位次", "rank", "by precedence"] },
    { code: "leftEnd", zh: "左端", en: "Left end", synonyms: ["左侧", "最左", "左", "left"] },
    { code: "rightEnd", zh: "右端", en: "Right end", synonyms: ["右侧", "最右", "右", "right"] },
  ],
};

type DaisSettingKey = "variant" | "seatsPerRow" | "chairPosition";

/** The Event-sheet rows (会议信息) that hold the rostrum settings; 座次惯例 is a regular Event field. */
export const DAIS_SETTING_DEFS: readonly (ColumnDef & { key: DaisSettingKey })[] = [
  {
    key: "variant",
    zh: "偶数排法",
    en: "Even-count variant",
    synonyms: ["偶数座次", "偶数排列", "主席台偶数排法", "Even count variant", "Even variant"],
    type: "enum",
    enumDef: EVEN_VARIANT,
  },
  {
    key: "seatsPerRow",
    zh: "主席台每排座位数",
    en: "Rostrum seats per row",
    synonyms: ["主席台每排人数", "每排座位数", "Dais seats per row", "Seats per rostrum row"],
    type: "integer",
  },
  {
    key: "chairPosition",
    zh: "主持人位置",
    en: "Chair position",
    synonyms: ["主持人座位", "Host position", "Chair seat"],
    type: "enum",
    enumDef: CHAIR_POSITION,
  },
];

export interface DaisSettingsRead {
  settings: DaisSettings;
  problems: Finding[];
}

/** Reads the rostrum settings; the convention defaults by workbook language (zh: Chinese, en: international). */
export function readDaisSettings(event: ParsedKeyValue<EventFields>, lang: Lang): DaisSettingsRead {
  const settings: DaisSettings = {
    convention: event.fields.seatingConvention?.value ?? (lang === "zh" ? "chinese" : "international"),
    variant: "A",
    chairPosition: "byRank",
  };
  const problems: Finding[] = [];
  const sheet = event.sheet;
  if (!sheet) return { settings, problems };
  visitEventSettings(
    event,
    DAIS_SETTING_DEFS,
    problems,
    ({ key, value, address }) => {
      if (key === "seatsPerRow") {
        const n = value as number;
        if (n >= 1) settings.seatsPerRow = n;
        else
          problems.push({
            id: "dais.setting-invalid",
            severity: "warning",
            sheet,
            cell: address,
            message: {
              zh: `主席台每排座位数应至少为 1，现为 ${n}；已按默认排法。`,
              en: `Rostrum seats per row must be at least 1, not ${n}; the default is used.`,
            },
          });
      } else if (key === "variant") settings.variant = value as EvenVariant;
      else settings.chairPosition = value as ChairPosition;
    },
    "dais.setting-invalid",
  );
  return { settings, problems };
}
