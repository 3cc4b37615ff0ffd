export { allocateRooms, type AllocateOptions } from "./allocateRooms";
export { DEFAULT_ROOM_SETTINGS, ROOM_SETTING_DEFS, readRoomSettings, type RoomSettings } from "./roomSettings";
export type { AllocatedRoom, BlockNight, Occupant, RoomAllocation, RoomNotice, Unplaceable, UnplaceableReason } from "./types";
export { roomSheet, ROOM_SHEET_NAME, type RoomSheetInput } from "./roomSheet";
