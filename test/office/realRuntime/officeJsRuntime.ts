import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import type { ExcelRun } from "../../../src/office/excelRun";
import { utf8Bytes } from "../../../src/workbook/utf8Bytes";

/** One request Microsoft's Office.js runtime sent: its size as it goes over the wire, and its actions. */
export interface SentRequest {
  bytes: number;
  actions: { Id: number; ActionType: number; Name: string; ObjectPathId?: number }[];
}

const URL = "https://workbook.invalid/";

type Send = (r: { body: unknown }) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;

/**
 * Microsoft's own Office.js runtime for Excel on the web (`@microsoft/office-js`, not written
 * here), loaded in jsdom, its requests answered by `setCustomSendRequestFunc`: what our Office
 * code really sends, byte for byte. The answers carry a reference id for every _KeepReference,
 * as Excel's do, so the runtime's end-of-run clean-up request is the one real Excel gets.
 */
export function officeJsRuntime(): { run: ExcelRun; requests: SentRequest[] } {
  const dom = new JSDOM("<!doctype html><html><body></body></html>", { runScripts: "outside-only", url: "https://localhost/" });
  const w = dom.window as unknown as {
    eval(code: string): void;
    Excel: typeof Excel;
    OfficeExtension: { HttpUtility: { setCustomSendRequestFunc(f: Send): void } };
  };
  w.eval(readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"), "utf8"));
  const requests: SentRequest[] = [];
  let reference = 0;
  w.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (req) => {
    const text = typeof req.body === "string" ? req.body : JSON.stringify(req.body);
    const body = JSON.parse(text) as { Actions?: SentRequest["actions"] };
    const actions = body.Actions ?? [];
    requests.push({ bytes: utf8Bytes(text), actions });
    // With AutoKeepReference Excel keeps every object a request makes and answers its instantiation
    // with a reference id: objects then stay valid across syncs, and the run ends with their clean-up.
    const Results = actions.filter((a) => a.ActionType === 1).map((a) => ({ ActionId: a.Id, Value: { _ReferenceId: `r${++reference}` } }));
    return { statusCode: 200, headers: {}, body: JSON.stringify({ Results }) };
  });
  const run: ExcelRun = (batch) => w.Excel.run({ session: URL } as unknown as Excel.RunOptions, batch);
  return { run, requests };
}
