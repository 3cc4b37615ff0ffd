import ExcelJS from "exceljs";
import { createXlsxGateway, openXlsxBuffer, toXlsxBuffer } from "../../../src/xlsx";
import { bytesOf, editParts, partText } from "../support/packageEdit";
import { readRawLinks, readRawPackage } from "../support/rawPackage";

describe("links to places inside the workbook", () => {
  it("are saved the way Excel saves them: a location, no external relationship", async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet("Roster").getCell("B2").value = "Zhang San";
    excel.addWorksheet("Issues");
    const book = await openXlsxBuffer(await bytesOf(excel));
    await createXlsxGateway(book).apply({
      sheets: [
        {
          name: "Issues",
          mode: "replace",
          exists: true,
          values: [],
          links: [{ row: 0, col: 0, sheet: "Roster", cell: "B2", text: "Roster B2" }],
        },
      ],
    });
    const saved = await toXlsxBuffer(book);
    const pkg = await readRawPackage(saved);
    expect(await readRawLinks(pkg, "Issues")).toEqual([{ ref: "A1", location: "'Roster'!B2", target: undefined }]);
    const issuesPart = pkg.sheets.find((s) => s.name === "Issues")!.part;
    const rels = await partText(saved, issuesPart.replace(/([^/]+)$/, "_rels/$1.rels")).catch(() => "");
    expect(rels).not.toMatch(/hyperlink/);
  });

  it("that Excel wrote survive opening and saving the file", async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet("Roster").getCell("A1").value = "Name";
    const index = excel.addWorksheet("Index");
    index.getCell("A1").value = "Go to roster";
    index.getCell("A2").value = { text: "Website", hyperlink: "https://example.com/" };
    const data = await editParts(await bytesOf(excel), {
      "xl/worksheets/sheet2.xml": (xml) =>
        xml.replace("<hyperlinks>", `<hyperlinks><hyperlink ref="A1" location="Roster!A1" display="Go to roster"/>`),
    });
    const saved = await toXlsxBuffer(await openXlsxBuffer(data));
    const links = await readRawLinks(await readRawPackage(saved), "Index");
    expect(links).toContainEqual({ ref: "A1", location: "Roster!A1", target: undefined });
    expect(links).toContainEqual({ ref: "A2", location: undefined, target: "https://example.com/" });
  });
});
