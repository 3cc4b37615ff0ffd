export { replySlipSheet, REPLY_SLIP_SHEET_NAME, type ReplySlipInput } from "./replySlipSheet";
export { readReplyBy, REPLY_SLIP_SETTING_DEFS } from "./replySlipSettings";
