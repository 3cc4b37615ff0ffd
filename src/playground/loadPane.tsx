import { lazy, Suspense } from "react";
import { Spinner } from "@fluentui/react-components";
import type { PaneRootProps } from "../taskpane/PaneRoot";

/**
 * The task pane (<PaneRoot> with App and its texts) loads with the first workbook, beside the file
 * adapter, so the playground's first load is the shell alone. Called again, it is the same chunk.
 */
export function loadPane() {
  return import(/* webpackChunkName: "pane" */ "../taskpane/PaneRoot");
}

const LazyPaneRoot = lazy(() => loadPane().then((m) => ({ default: m.PaneRoot })));

/** <PaneRoot>, mounted as in Excel once its chunk is here. */
export function Pane(props: PaneRootProps) {
  return (
    <Suspense fallback={<Spinner size="small" style={{ margin: 16 }} />}>
      <LazyPaneRoot {...props} />
    </Suspense>
  );
}
