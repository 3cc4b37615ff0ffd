import ExcelJS from "exceljs";
import JSZip from "jszip";
import { openXlsxBuffer, toXlsxBuffer } from "../../../src/xlsx";
import { bytesOf } from "../support/packageEdit";
import { readRawLinks, readRawPackage } from "../support/rawPackage";

/** An index sheet whose links all go to other sheets, and a contacts sheet with a web link. */
async function linkedBook(): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  const index = excel.addWorksheet("Index");
  index.getCell("A1").value = { text: "Roster", hyperlink: "#'Roster'!A1" };
  index.getCell("A2").value = { text: "Hotel", hyperlink: "#'Hotel'!A1" };
  excel.addWorksheet("Roster").getCell("A1").value = "Name";
  excel.addWorksheet("Hotel").getCell("A1").value = { text: "Booking", hyperlink: "https://example.com/booking" };
  return bytesOf(excel);
}

const relsParts = (zip: JSZip) => Object.keys(zip.files).filter((p) => p.endsWith(".rels"));

// The input is ExcelJS's own package, with the faults these mends are for; an unchanged save
// splices it through as it was, so these are about the full write.
const full = { full: true };

describe("relationship parts in a full write", () => {
  it("a sheet whose links all point inside the workbook is saved without an empty .rels", async () => {
    const saved = await toXlsxBuffer(await openXlsxBuffer(await linkedBook()), full);
    const pkg = await readRawPackage(saved);
    for (const part of relsParts(pkg.zip)) {
      expect([part, await pkg.zip.file(part)!.async("string")]).toEqual([part, expect.stringMatching(/<Relationship\b/)]);
    }
    const indexPart = pkg.sheets.find((s) => s.name === "Index")!.part;
    expect(pkg.zip.file(indexPart.replace(/([^/]+)$/, "_rels/$1.rels"))).toBeNull();
    expect(await readRawLinks(pkg, "Index")).toEqual([
      { ref: "A1", location: "'Roster'!A1" },
      { ref: "A2", location: "'Hotel'!A1" },
    ]);
  });

  it("keep what they hold, and the links work after another open and save", async () => {
    const once = await toXlsxBuffer(await openXlsxBuffer(await linkedBook()), full);
    const pkg = await readRawPackage(await toXlsxBuffer(await openXlsxBuffer(once), full));
    expect(await readRawLinks(pkg, "Hotel")).toEqual([{ ref: "A1", target: "https://example.com/booking" }]);
    expect((await readRawLinks(pkg, "Index")).map((l) => l.location)).toEqual(["'Roster'!A1", "'Hotel'!A1"]);
    expect(relsParts(pkg.zip)).toEqual(expect.arrayContaining(["_rels/.rels", "xl/_rels/workbook.xml.rels"]));
  });
});
