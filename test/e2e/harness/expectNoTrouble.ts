import type { OpenPane } from "./openPane";

/** No console error, uncaught exception, blocked request or failed request on the page (or in its workers). */
export function expectNoTrouble(pane: OpenPane): void {
  const { consoleErrors, pageErrors, blockedRequests, failedRequests } = pane.trouble;
  expect({ consoleErrors, pageErrors, blockedRequests, failedRequests }).toEqual({
    consoleErrors: [],
    pageErrors: [],
    blockedRequests: [],
    failedRequests: [],
  });
}
