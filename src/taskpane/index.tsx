import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { summarizeWorkbook } from "../app/summarizeWorkbook";
import { localToday } from "../app/today";
import { goToCell } from "../office/navigate";
import { createOfficeGateway } from "../office/officeGateway";
import { officeLanguage, officeThemeIsDark } from "../office/host";
import { App } from "./App";
import { isLegacyWebview } from "./legacyWebview";
import { startTableWorker } from "./startTableWorker";

/** The rules engine and report builders load when Check is first pressed, keeping the pane's first load small. */
function loadCheck() {
  return import(/* webpackChunkName: "check" */ "../app/check").then((m) => m.check);
}

/** Seating (rostrum order, table sheets) loads when Seat is first pressed; the table search itself runs in a worker chunk. */
function loadSeat() {
  return import(/* webpackChunkName: "seat" */ "./seatCommand").then((m) => m.runSeatCommand);
}

function loadRooms() {
  return import(/* webpackChunkName: "rooms" */ "./roomsCommand").then((m) => m.runRoomsCommand);
}

/** The document writers (checklist, minutes, notice, sign-in sheet, badges) load when Documents is first pressed. */
function loadDocuments() {
  return import(/* webpackChunkName: "documents" */ "./documentsCommand").then((m) => m.runDocumentsCommand);
}

// The only place where the pane meets Office: everything below <App> gets plain functions.
function start(): void {
  const lang = officeLanguage();
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  const gateway = createOfficeGateway();
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={officeThemeIsDark() ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      <App
        lang={lang}
        loadSummary={() => summarizeWorkbook(gateway, { lang })}
        runCheck={() =>
          loadCheck()
            .then((check) => check(gateway, { lang, today: localToday() }))
            .then((r) => r.summary)
        }
        runSeat={(onProgress, shouldCancel) =>
          loadSeat().then((seat) => seat(gateway, { lang, startWorker: startTableWorker, onProgress, shouldCancel }))
        }
        runRooms={() => loadRooms().then((rooms) => rooms(gateway, lang))}
        runDocuments={(checklistToTasks) => loadDocuments().then((documents) => documents(gateway, { lang, checklistToTasks }))}
        goToCell={goToCell}
      />
    </FluentProvider>,
  );
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
