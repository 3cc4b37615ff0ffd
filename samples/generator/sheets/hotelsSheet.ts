import type { CellValue } from "../../../src/core/cellValue";
import { HOTELS } from "../../../src/core/schema/sheets";
import type { Lexicon } from "../lexicon/types";
import type { RoomBlock } from "../people/blocks";
import type { GeneratedSheet } from "../types";
import { columnsOfType } from "./columns";

const FIELDS: Record<string, (b: RoomBlock, startSerial: number) => CellValue> = {
  hotel: (b) => b.hotel.name,
  roomType: (b) => b.type.type,
  rooms: (b) => b.rooms,
  beds: (b) => b.type.beds,
  rate: (b) => b.type.rate,
  releaseDate: (b, s) => s + b.hotel.releaseDay,
  address: (b) => b.hotel.spec.address,
  notes: (b) => b.hotel.spec.notes,
};

export function hotelsSheet(blocks: RoomBlock[], lex: Lexicon, startSerial: number): GeneratedSheet {
  const cols = HOTELS.columns;
  return {
    key: "hotels",
    name: HOTELS[lex.lang],
    rows: [cols.map((c) => c[lex.lang]), ...blocks.map((b) => cols.map((c) => FIELDS[c.key]?.(b, startSerial) ?? ""))],
    dateColumns: columnsOfType(cols, ["dateTime"]),
    textColumns: columnsOfType(cols, ["idText", "phone"]),
    moneyColumns: columnsOfType(cols, ["money"]),
  };
}
