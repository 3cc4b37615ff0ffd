import path from "node:path";
import { readInputs } from "../../../../src/app/readInputs";
import { daisPlan } from "../../../../src/core/seating/dais/daisPlan";
import { createXlsxGateway, openXlsxFile } from "../../../../src/xlsx";

describe.each(["annual-work-conference.zh.xlsx", "annual-conference.en.xlsx"])("the rostrum of %s", (file) => {
  it("seats every active rostrum member once, No.1 in the middle, with nothing to report", async () => {
    const book = await openXlsxFile(path.join(__dirname, "../../../../samples", file));
    const { parsed } = await readInputs(createXlsxGateway(book));
    const plan = daisPlan(parsed);
    const expected = parsed.roster.records.filter(
      (p) => p.fields.dais?.value === true && !["leave", "cancelled"].includes(p.fields.status?.value ?? ""),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.rows).toHaveLength(1);
    const seats = plan.rows[0].seats;
    expect(seats.map((s) => s.person.row).sort()).toEqual(expected.map((p) => p.row).sort());
    expect(seats[Math.floor(plan.rows[0].stageCentre)].precedence).toBe(1);
    expect(seats.filter((s) => s.chair)).toHaveLength(1);
  });
});
