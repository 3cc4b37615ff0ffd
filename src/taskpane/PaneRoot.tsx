import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../core/i18n";
import { App } from "./App";
import type { PaneCommands } from "./paneCommands";
import type { PaneHost } from "./paneHost";

/** Read and check, the overview and the settings form load with the pane's first read, in their own chunk. */
function loadReview() {
  return import(/* webpackChunkName: "check" */ "./reviewCommand");
}

/** Seating (rostrum order, table sheets) loads with the Seating screen; the table search itself runs in a worker chunk. */
function loadSeat() {
  return import(/* webpackChunkName: "seat" */ "./seatCommand");
}

function loadRooms() {
  return import(/* webpackChunkName: "rooms" */ "./roomsCommand").then((m) => m.runRoomsCommand);
}

/** The document writers (checklist, minutes, notice, sign-in sheet, badges) load when a document is first written. */
function loadDocuments() {
  return import(/* webpackChunkName: "documents" */ "./documentsCommand").then((m) => m.runDocumentsCommand);
}

/** The pane's commands over a host's workbook, in the language the pane shows. */
export function paneCommands(host: PaneHost, lang: Lang): PaneCommands {
  const { gateway } = host;
  return {
    review: () => loadReview().then((m) => m.runReview(gateway, { lang, write: false })),
    check: () => loadReview().then((m) => m.runReview(gateway, { lang, write: true })),
    prepareSeating: () => loadSeat().then((m) => m.prepareSeatingCommand(gateway)),
    seat: (changed, onProgress, shouldCancel) =>
      loadSeat().then((m) => m.runSeatCommand(gateway, { lang, startWorker: host.startWorker, onProgress, shouldCancel, changed })),
    rooms: () => loadRooms().then((rooms) => rooms(gateway, lang)),
    documents: ({ only, checklistToTasks }) => loadDocuments().then((documents) => documents(gateway, { lang, checklistToTasks, only })),
    saveSettings: (changes) => loadReview().then((m) => m.saveSettings(gateway, changes)),
    goToCell: host.goToCell,
  };
}

export interface PaneRootProps {
  host: PaneHost;
  dark: boolean;
}

/** The whole pane over one host: the theme, and the commands bound to the host's workbook. */
export function PaneRoot({ host, dark }: PaneRootProps) {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      <App host={host} commandsFor={(lang) => paneCommands(host, lang)} />
    </FluentProvider>
  );
}
