import type { OpenPane } from "./openPane";

/**
 * No console error, uncaught exception, blocked request, failed request or refusal by the
 * Content-Security-Policy on the page (or in its workers).
 */
export function expectNoTrouble(pane: OpenPane): void {
  const { consoleErrors, pageErrors, blockedRequests, failedRequests, cspViolations } = pane.trouble;
  expect({ consoleErrors, pageErrors, blockedRequests, failedRequests, cspViolations }).toEqual({
    consoleErrors: [],
    pageErrors: [],
    blockedRequests: [],
    failedRequests: [],
    cspViolations: [],
  });
}
