import type { Bilingual } from "../i18n";
import { personLabel } from "../rules/cells";
import type { Person } from "../rules/people";
import { dayLabel } from "../rules/travel/dayLabels";
import { blockName } from "../rules/travel/hotelIndex";
import type { LocalDate } from "../schema/normalize/calendar";

/** "张伟（市财政局）" for a roster person. */
export function who(p: Person): Bilingual {
  return personLabel(p.fields.name?.value, p.fields.organisation?.value, p.row);
}

/** Why a person could not be given a room, in both languages. */
export const REASON = {
  noHotel: (p: Person): Bilingual => ({
    zh: `${who(p).zh}需住宿，但未填酒店（同住人和随行对象也没有酒店可参照）。`,
    en: `${who(p).en} needs a hotel, but none is named (nor one of a roommate or leader to follow).`,
  }),
  unknownHotel: (p: Person, hotel: string, sheet: string): Bilingual => ({
    zh: `${who(p).zh}的酒店“${hotel}”不在“${sheet}”表中，无法分房。`,
    en: `${who(p).en} is booked at "${hotel}", which is not on the "${sheet}" sheet, so no room can be given.`,
  }),
  unknownType: (p: Person, hotel: string, type: string): Bilingual => ({
    zh: `${who(p).zh}的房型“${type}”不是${hotel}预留的房型。`,
    en: `${who(p).en} asks for "${type}", which ${hotel} does not hold.`,
  }),
  noStay: (p: Person): Bilingual => ({
    zh: `${who(p).zh}没有抵离时间，会议信息也没有会期，无法确定入住哪几晚。`,
    en: `${who(p).en} has no arrival or departure and the Event sheet has no dates, so the nights cannot be told.`,
  }),
  noNights: (p: Person): Bilingual => ({
    zh: `${who(p).zh}的返程日期不晚于抵达日期，没有需要住宿的夜晚。`,
    en: `${who(p).en} leaves on or before the day they arrive, so there is no night to book.`,
  }),
  blockFull: (p: Person, hotel: string, type: string, night: LocalDate, held: number): Bilingual => {
    const b = blockName(hotel, type);
    const d = dayLabel(night);
    return {
      zh: `${who(p).zh}：${b.zh}${d.zh}晚已无空床（预留${held}间已用完）。`,
      en: `${who(p).en}: no bed left in the ${b.en} block on the night of ${d.en} (${held === 1 ? "the one room held is taken" : `all ${held} rooms held are taken`}).`,
    };
  },
  noSameGender: (p: Person, hotel: string, type: string, night: LocalDate): Bilingual => {
    const b = blockName(hotel, type);
    const d = dayLabel(night);
    return {
      zh: `${who(p).zh}：${b.zh}${d.zh}晚剩余床位都在异性或性别未填者的房间，无法安排同性同住。`,
      en: `${who(p).en}: on the night of ${d.en} the beds left in the ${b.en} block are all in rooms of the other gender (or of someone whose gender is not given); no same-gender roommate possible.`,
    };
  },
};

/** A hotel on the Hotels sheet that lists no room type. */
export function noTypes(p: Person, hotel: string): Bilingual {
  return {
    zh: `${who(p).zh}：${hotel}在酒店表中没有列出房型，无法分房。`,
    en: `${who(p).en}: ${hotel} lists no room type on the Hotels sheet, so no room can be given.`,
  };
}
