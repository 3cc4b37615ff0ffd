import { createRoot } from "react-dom/client";
import { goToCell } from "../office/navigate";
import { createOfficeGateway } from "../office/officeGateway";
import { officeLanguage, officeThemeIsDark, supportsExcelApi } from "../office/host";
import { trackWrites, watchEdits } from "../office/watchEdits";
import { isLegacyWebview } from "./legacyWebview";
import type { PaneHost } from "./paneHost";
import { PaneRoot } from "./PaneRoot";
import { startTableWorker } from "./startTableWorker";

/** Storage can be refused outright (a locked-down webview): the pane then keeps choices for the session. */
function localPrefs(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

// The only place where the pane meets Office: everything below <PaneRoot> gets plain functions.
function start(): void {
  const lang = officeLanguage();
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  const container = document.getElementById("root");
  if (!container) return;
  const writes = trackWrites(createOfficeGateway());
  const host: PaneHost = {
    gateway: writes.gateway,
    lang,
    goToCell,
    startWorker: startTableWorker,
    prefs: localPrefs(),
    // Live re-check needs worksheet change events (ExcelApi 1.9); older hosts keep the re-check button.
    ...(supportsExcelApi("1.9") ? { watchEdits: watchEdits(writes.writingNow) } : {}),
  };
  createRoot(container).render(<PaneRoot host={host} dark={officeThemeIsDark()} />);
}

/** office.js failed to load (offline, blocked) or the page was opened outside Office. */
function showOfficeMissing(): void {
  const container = document.getElementById("root");
  if (!container) return;
  container.textContent =
    "Office.js did not load. Open Huiwu from Excel (Home › Meeting planner) while online. " +
    "Office.js 未能加载。请在联网时从 Excel 打开会务助手（开始 › 会务助手）。";
}

if (isLegacyWebview(window)) {
  // taskpane.html already shows which Office versions work.
} else if (typeof Office === "undefined") {
  showOfficeMissing();
} else {
  Office.onReady(() => start());
}
