import type { Finding } from "../finding";
import type { Bilingual } from "../i18n";
import type { Gender } from "../schema/enums";
import type { LocalDate } from "../schema/normalize/calendar";

/** One person in an allocated room. */
export interface Occupant {
  name: string;
  gender?: Gender;
  organisation?: string;
  /** The roster sheet and the A1 address of the person's name cell (their row's first cell when unnamed). */
  sheet: string;
  cell: string;
  /** 0-based roster row. */
  row: number;
  /** The nights this person sleeps here. */
  nights: readonly LocalDate[];
  locked: boolean;
  staff: boolean;
}

/** One room of the plan: occupied, or held free as the hotel's spare room (机动房). */
export interface AllocatedRoom {
  hotel: string;
  type: string;
  /** The roster's 房号 for a locked room; otherwise a generated number ("标准间-03"). */
  room: string;
  /** In the order they were placed (roster order within a room). */
  occupants: Occupant[];
  /** Nights the room is in use (any occupant), in date order; for a spare room the nights it is kept free. */
  nights: LocalDate[];
  /** Nightly rate from the Hotels sheet; undefined when none is given. */
  rate?: number;
  /** nights × rate; undefined without a rate. */
  cost?: number;
  locked: boolean;
  spare: boolean;
  /** Every occupant is organising staff (工作人员). */
  staff: boolean;
  /** The room an aide's room was placed next to (the leader's), when it was. */
  nextTo?: string;
}

/** Rooms of one type of one hotel in use on one night, against the rooms held (房间数). */
export interface BlockNight {
  hotel: string;
  type: string;
  night: LocalDate;
  /** Occupied rooms that night. */
  used: number;
  /** Spare rooms kept free that night. */
  spare: number;
  /** Rooms held; undefined when the Hotels sheet gives no number. */
  block?: number;
  /** More rooms in use than held (only locked rooms can bring this about). */
  over: boolean;
}

export type UnplaceableReason = "noHotel" | "unknownHotel" | "unknownType" | "noStay" | "noNights" | "blockFull" | "noSameGender";

/** Someone who needs a room and did not get one, and why. */
export interface Unplaceable {
  name: string;
  organisation?: string;
  sheet: string;
  /** The cell to fix: the hotel, room type or arrival cell the reason is about. */
  cell: string;
  row: number;
  reason: UnplaceableReason;
  /** The first night that could not be housed (blockFull, noSameGender). */
  night?: LocalDate;
  message: Bilingual;
}

/** Something the plan had to give up or decide that the planner should know (not a person left out). */
export interface RoomNotice {
  message: Bilingual;
  sheet?: string;
  cell?: string;
}

export interface RoomAllocation {
  /** Hotel by hotel in the Hotels sheet's order; locked rooms first, then rooms by type and number. */
  rooms: AllocatedRoom[];
  /** Per hotel, type and night, in sheet order then date order. */
  blockUse: BlockNight[];
  /** In roster order. */
  unplaceable: Unplaceable[];
  notices: RoomNotice[];
  /** The spare rooms per hotel that were asked for. */
  spareRooms: number;
  /** Room settings on the Event sheet that could not be read (their defaults were used). */
  settingProblems: Finding[];
}
