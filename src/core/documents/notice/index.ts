export { NOTICE_ELEMENT_KEYS, NOTICE_LINE_KEYS, type NoticeElementKey, type NoticeLineKey } from "./labels";
export { noticeDraft, type NoticeDraft, type NoticeLine } from "./noticeLines";
export { readNoticeSettings, type NoticeSettings } from "./noticeSettings";
export { missingElementFindings } from "./missingFindings";
export { noticeSheet, NOTICE_SHEET_NAME, type NoticeResult, type NoticeSheetInput } from "./noticeSheet";
