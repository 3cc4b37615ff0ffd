import { allocateHotelRooms } from "../app/rooms";
import { summarizeRooms, type RoomsSummary } from "../app/roomsSummary";
import type { Lang } from "../core/i18n";
import type { WorkbookGateway } from "../workbook/gateway";

/** The Rooms command as the pane runs it (its own chunk): allocate, write 住宿分配, a plain summary back. */
export async function runRoomsCommand(gateway: WorkbookGateway, lang: Lang): Promise<RoomsSummary> {
  return summarizeRooms(await allocateHotelRooms(gateway, { lang }));
}
