/**
 * taskpane.html runs a few lines of plain script before the bundle. In Internet Explorer
 * or Edge Legacy webviews it shows a message instead of the pane and sets this flag on
 * window, so the bundle (if it parses at all there) does not start the app.
 */
export const LEGACY_WEBVIEW_FLAG = "huiwuUnsupportedWebview";

export function isLegacyWebview(win: object): boolean {
  return (win as Record<string, unknown>)[LEGACY_WEBVIEW_FLAG] === true;
}
