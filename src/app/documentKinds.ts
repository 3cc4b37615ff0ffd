/** The documents that can be written on their own; the notice goes with its reply form, the badges with their cards. */
export type DocumentKind = "checklist" | "minutes" | "notice" | "signIn" | "badges";

/** In the order the Documents command writes them (a module of its own: the pane lists them without loading the writers). */
export const DOCUMENT_KINDS: readonly DocumentKind[] = ["checklist", "minutes", "notice", "signIn", "badges"];
