import type { WritePlan } from "../core/plan/writePlan";
import type { WorkbookGateway } from "../workbook/gateway";

/**
 * The gateway with one addition: once a write has gone into the workbook, `onApplied` hears of
 * it, so the workbook view shows what the pane wrote. A failed write tells nothing (nothing changed).
 */
export function notifyingGateway(gateway: WorkbookGateway, onApplied: (plan: WritePlan) => void): WorkbookGateway {
  const wrapped: WorkbookGateway = {
    read: (sheetNames, options) => gateway.read(sheetNames, options),
    apply: async (plan, onProgress) => {
      const report = await gateway.apply(plan, onProgress);
      onApplied(plan);
      return report;
    },
  };
  if (gateway.supports) wrapped.supports = (feature) => gateway.supports!(feature);
  return wrapped;
}
