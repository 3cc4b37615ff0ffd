import type { TableSheetDef } from "../sheetDef";
import type { DateTimeValue } from "../values";

/** 酒店 / Hotels: the room blocks held, one row per hotel and room type. */
export interface HotelFields {
  hotel: string;
  roomType: string;
  rooms: number;
  beds: number;
  rate: number;
  releaseDate: DateTimeValue;
  address: string;
  notes: string;
}

export const HOTELS: TableSheetDef = {
  key: "hotels",
  layout: "table",
  zh: "酒店",
  en: "Hotels",
  synonyms: ["住宿", "酒店房源", "房源", "酒店信息", "住宿安排", "Accommodation", "Hotel blocks", "Room blocks"],
  optional: true,
  essential: ["hotel"],
  minHeaderMatches: 3,
  columns: [
    {
      key: "hotel",
      zh: "酒店",
      en: "Hotel",
      synonyms: ["酒店名称", "宾馆", "Hotel name"],
      type: "text",
      width: 16,
      examples: { zh: ["国际会议中心酒店", "国际会议中心酒店"], en: ["Riverside Hotel", "Riverside Hotel"] },
    },
    {
      key: "roomType",
      zh: "房型",
      en: "Room type",
      synonyms: ["房间类型"],
      type: "text",
      width: 10,
      examples: { zh: ["标准间", "单人间"], en: ["Twin", "Single"] },
    },
    {
      key: "rooms",
      zh: "房间数",
      en: "Rooms",
      synonyms: ["预留房间数", "房间数量", "间数", "Rooms in block", "Block"],
      type: "integer",
      range: [0, 100_000],
      width: 8,
      examples: { zh: [40, 10], en: [40, 10] },
    },
    {
      key: "beds",
      zh: "床位",
      en: "Beds",
      synonyms: ["床位数", "每间床位", "Beds per room"],
      type: "integer",
      range: [1, 20],
      width: 6,
      examples: { zh: [2, 1], en: [2, 1] },
    },
    {
      key: "rate",
      zh: "价格",
      en: "Rate",
      synonyms: ["房价", "单价", "协议价", "Nightly rate", "Price"],
      type: "money",
      width: 8,
      examples: { zh: [420, 380], en: [120, 95] },
    },
    {
      key: "releaseDate",
      zh: "截止日期",
      en: "Release date",
      synonyms: ["释放日期", "保留截止", "Cut-off", "Cutoff date"],
      type: "dateTime",
      width: 12,
    },
    { key: "address", zh: "地址", en: "Address", synonyms: ["酒店地址"], type: "text", width: 20 },
    { key: "notes", zh: "备注", en: "Notes", synonyms: ["说明", "Remarks"], type: "text", width: 16 },
  ],
};
