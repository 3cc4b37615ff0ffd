export { daisOrder, stageCentre, type EvenVariant } from "./daisOrder";
export { daisPlan, rowSizes, type DaisPerson, type DaisPlan, type DaisRow, type DaisSeat } from "./daisPlan";
export { readDaisSettings, DAIS_SETTING_DEFS, MAX_ONE_ROW, type ChairPosition, type DaisSettings } from "./daisSettings";
export { daisSheet, type DaisSheetInput } from "./daisSheet";
export { tentSheet, type TentSheetInput } from "./tentSheet";
export { DAIS_SHEET_NAME, TENT_SHEET_NAME } from "./daisLabels";
