import { join } from "node:path";
import { readInputs } from "../../../../src/app/readInputs";
import { replySlipSheet, REPLY_SLIP_SHEET_NAME } from "../../../../src/core/documents/replySlip";
import type { SheetWrite } from "../../../../src/core/plan/writePlan";
import { outputTarget } from "../../../../src/core/plan/outputTarget";
import { createXlsxGateway, openXlsxFile } from "../../../../src/xlsx";

/** Reads the sample, makes the reply form over the previous one (if any) and writes it. */
async function runOnce(gateway: ReturnType<typeof createXlsxGateway>): Promise<SheetWrite> {
  const { parsed, snapshot } = await readInputs(gateway);
  const target = outputTarget(snapshot, "replySlip", REPLY_SLIP_SHEET_NAME[parsed.lang]);
  const previous = target.exists ? (await gateway.read([target.name])).sheets[0] : undefined;
  const { sheet } = replySlipSheet({ target, lang: parsed.lang, event: parsed.event, previous });
  await gateway.apply({ sheets: [sheet] });
  return sheet;
}

describe.each(["annual-work-conference.zh.xlsx", "annual-conference.en.xlsx"])("the reply form of %s", (file) => {
  it("keeps a line filled in on the workbook's form when it is made again", async () => {
    const gateway = createXlsxGateway(await openXlsxFile(join(__dirname, "../../../../samples", file)));
    const first = await runOnce(gateway);
    expect(first.values[0].values).toHaveLength(17);
    const line = ["市财政局", "王磊", "男", "副局长", "13800000000", "12月9日 G1234", "12月11日 G4321", "是", ""];
    await gateway.apply({ sheets: [{ name: first.name, mode: "update", exists: true, values: [{ row: 4, col: 0, values: [line] }] }] });
    const second = await runOnce(gateway);
    const rows = second.values[0].values;
    expect(rows[4]).toEqual(line);
    expect(rows.slice(5, 16).every((r) => r.every((v) => v === ""))).toBe(true);
    expect(rows).toHaveLength(17);
    expect(second).toMatchObject({ exists: true, marker: "current" });
    expect((await runOnce(gateway)).values).toEqual(second.values);
  });
});
