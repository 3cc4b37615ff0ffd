import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { estimateRows } from "../../src/cli/rowEstimate";
import { formattedToTheEnd } from "./support/formattedToTheEnd";

const dir = mkdtempSync(join(tmpdir(), "huiwu-rows-"));

describe("how many rows a file holds, before it is read", () => {
  it("takes an .xlsx file's rows from its sheets' dimensions without inflating the sheets", async () => {
    const file = join(dir, "tall.xlsx");
    writeFileSync(file, await formattedToTheEnd(50_000));
    await expect(estimateRows(file)).resolves.toBe(50_000);
  });

  it("counts the lines of a CSV file", async () => {
    const file = join(dir, "list.csv");
    writeFileSync(file, "姓名,单位\n张伟,办公厅\n李娜,财政局\n");
    await expect(estimateRows(file)).resolves.toBe(3);
  });

  it("says nothing, rather than failing, for a file it cannot read", async () => {
    const file = join(dir, "broken.xlsx");
    writeFileSync(file, "PK\u0003\u0004 not really a zip");
    await expect(estimateRows(file)).resolves.toBeUndefined();
    await expect(estimateRows(join(dir, "missing.xlsx"))).resolves.toBeUndefined();
  });
});
