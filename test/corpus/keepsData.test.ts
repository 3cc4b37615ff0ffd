/**
 * Never lose data: on every list of the corpus, Seat, Rooms and Documents leave every cell the
 * planner typed exactly as it was. They may fill empty cells (a table number, a new task row)
 * and add sheets of their own; a first run on a list has nothing of Huiwu's to replace.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellValue } from "../../src/core/cellValue";
import { main } from "../../src/cli/main";
import { createXlsxGateway, openWorkbookFile } from "../../src/xlsx";
import { CORPUS, OTHER_CASES } from "./index";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "huiwu-keeps-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every non-empty cell of every sheet, by "Sheet!row,col". */
async function cells(path: string): Promise<Map<string, CellValue>> {
  const { book } = await openWorkbookFile(path);
  const gateway = createXlsxGateway(book);
  const names = book.excel.worksheets.map((w) => w.name);
  const snap = await gateway.read(names);
  const out = new Map<string, CellValue>();
  for (const s of snap.sheets)
    s.values.forEach((row, r) => row.forEach((v, c) => v !== "" && out.set(`${s.name}!${s.top + r + 1},${s.left + c + 1}`, v)));
  return out;
}

const COMMANDS = ["seat", "rooms", "docs"] as const;

describe("every typed cell survives every command, on every list of the corpus", () => {
  for (const c of [...CORPUS, ...OTHER_CASES]) {
    it(
      c.file,
      async () => {
        const input = join(dir, c.file);
        writeFileSync(input, await c.build());
        const before = await cells(input);
        for (const command of COMMANDS) {
          const out = join(dir, `${c.file}.${command}.xlsx`);
          const io = { lang: "en" as const, out: () => undefined, err: () => undefined };
          const code = await main([command, input, "--out", out, "--today", "2026-12-06"], io);
          if (code === 2) continue; // refused (no roster): nothing written, nothing to compare
          const after = await cells(out);
          const changed = [...before]
            .filter(([k, v]) => after.get(k) !== v)
            .map(([k, v]) => `${k}: ${JSON.stringify(v)} → ${JSON.stringify(after.get(k))}`);
          expect({ command, changed }).toEqual({ command, changed: [] });
        }
      },
      60_000,
    );
  }
});
