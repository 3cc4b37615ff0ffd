import { foldText } from "../../schema/normalize/text";

/**
 * How hotel names, room types and room numbers are compared: width, case and spaces folded
 * ("滨江 国际酒店" = "滨江国际酒店", "twin" = "Twin"). Unlike name keys, brackets are kept:
 * "国际会议中心酒店（2号楼）" and "如家酒店（火车站店）" are other buildings, not decorations.
 */
export function placeKey(s: string): string {
  return foldText(s).toLowerCase().replace(/\s+/g, "");
}
