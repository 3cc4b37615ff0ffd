import type { Rule } from "../types";
import { blockExceeded } from "./blockExceeded";
import { departureBeforeArrival } from "./departureBeforeArrival";
import { lateArrival } from "./lateArrival";
import { missingHotel } from "./missingHotel";
import { missingTimes } from "./missingTimes";
import { roomMixedGender } from "./roomMixedGender";
import { roommateNotMutual } from "./roommateNotMutual";
import { roomOverCapacity } from "./roomOverCapacity";
import { stayGap } from "./stayGap";
import { unknownHotel } from "./unknownHotel";
import { unknownRoomType } from "./unknownRoomType";

/** The travel rules, in the order they run: journeys first, then hotels, then rooms. */
export const TRAVEL_RULES: readonly Rule[] = [
  missingTimes,
  departureBeforeArrival,
  lateArrival,
  stayGap,
  missingHotel,
  unknownHotel,
  unknownRoomType,
  blockExceeded,
  roommateNotMutual,
  roomOverCapacity,
  roomMixedGender,
];
