export { signInSheet, SIGN_IN_SHEET_NAME, type SignInResult, type SignInSheetInput } from "./signInSheet";
export { signInGroups, signsIn, bySeniority, type SignInGroup } from "./signInList";
export { readSignInSettings, type SignInGroupBy, type SignInSettings } from "./signInSettings";
