import { useEffect, useRef } from "react";
import type { PaneHost } from "./paneHost";

/** Edits come in bursts (a paste, a fill-down, a co-author typing): one re-check after they settle. */
export const RECHECK_DELAY_MS = 1500;

/**
 * While enabled, calls onEdits once the workbook's edits have paused for RECHECK_DELAY_MS. The
 * host leaves out the pane's own writes; nothing here ever opens a dialog.
 */
export function useLiveRecheck(opts: { enabled: boolean; watchEdits: PaneHost["watchEdits"]; onEdits: () => void }): void {
  const onEdits = useRef(opts.onEdits);
  onEdits.current = opts.onEdits;
  const { enabled, watchEdits } = opts;
  useEffect(() => {
    if (!enabled || !watchEdits) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => void) | undefined;
    let stopped = false;
    watchEdits(() => {
      clearTimeout(timer);
      timer = setTimeout(() => onEdits.current(), RECHECK_DELAY_MS);
    }).then(
      (s) => (stopped ? s() : (stop = s)),
      () => undefined, // a host that cannot watch leaves the switch without effect; the re-check button still works
    );
    return () => {
      stopped = true;
      clearTimeout(timer);
      stop?.();
    };
  }, [enabled, watchEdits]);
}
