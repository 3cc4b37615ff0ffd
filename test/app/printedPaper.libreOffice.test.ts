import type { OwnedKind, SheetWrite } from "../../src/core/plan/writePlan";
import { hasLibreOffice, hasPoppler, printedPages, type PrintedPage } from "../support/libreOffice";
import { singleSheetBook } from "../support/singleSheetBook";
import { writtenSheets } from "../support/writtenSheets";

const describeWithLibreOffice = hasLibreOffice() && hasPoppler() ? describe : describe.skip;

/** Sheets cut to be folded or trimmed print no page numbers. */
const CUT: readonly OwnedKind[] = ["tableTents", "badgeCards"];

describeWithLibreOffice.each([
  ["annual-work-conference.zh.xlsx", "zh", /第\s*1\s*页\s*共\s*\d+\s*页/],
  ["annual-conference.en.xlsx", "en", /Page\s+1\s+of\s+\d+/],
] as const)("what a 会务 office prints from %s (%s), as LibreOffice prints it", (file, lang, firstPage) => {
  let sheets: SheetWrite[];
  let pages: Record<string, PrintedPage[]>;
  const of = (kind: OwnedKind) => pages[kind];

  beforeAll(async () => {
    sheets = await writtenSheets(file, lang);
    const books: Record<string, Buffer> = {};
    for (const s of sheets) books[s.owner!] = await singleSheetBook(s);
    pages = printedPages(books);
  }, 600_000);

  it("prints every sheet on A4, turned as the sheet asks", () => {
    for (const s of sheets) {
      const printed = of(s.owner!);
      expect({ sheet: s.name, pages: printed.length > 0 }).toEqual({ sheet: s.name, pages: true });
      for (const p of printed) {
        expect({ sheet: s.name, paper: p.paper, landscape: p.landscape }).toEqual({
          sheet: s.name,
          paper: "A4",
          landscape: s.page?.orientation === "landscape",
        });
      }
    }
  });

  it("numbers the pages of every working sheet in the footer", () => {
    for (const s of sheets.filter((x) => !CUT.includes(x.owner!) && x.owner !== "notice" && x.owner !== "replySlip")) {
      expect({ sheet: s.name, footer: firstPage.test(of(s.owner!)[0].text) }).toEqual({ sheet: s.name, footer: true });
    }
  });

  it("prints the notice as a formal document: numbered — 1 —, 特此通知, the attachment and the sign-off", () => {
    const notice = of("notice");
    expect(notice[0].text).toMatch(/—\s*1\s*—/);
    const all = notice.map((p) => p.text).join("\n");
    if (lang === "zh") {
      expect(all).toContain("特此通知。");
      expect(all).toContain("附件：参会回执");
      expect(all.indexOf("特此通知")).toBeLessThan(all.indexOf("附件"));
    }
    // The sign-off never stands alone on its last page: some prose is printed above it.
    const last = notice[notice.length - 1].text
      .trim()
      .split("\n")
      .filter((l) => l.trim() !== "");
    expect(last.length).toBeGreaterThan(2);
  });

  it("prints the reply form on one page", () => {
    expect(of("replySlip")).toHaveLength(1);
  });

  it("prints one table tent a page, the name on both faces", () => {
    const sheet = sheets.find((s) => s.owner === "tableTents")!;
    // The names are the cells turned to read upright from the far side of the fold.
    const grid = sheet.values[0].values;
    const names = (sheet.formats ?? [])
      .filter((f) => f.rotation === 90 && f.bold)
      .map((f) => String(grid[f.range.row - sheet.values[0].row][f.range.col]));
    const tents = of("tableTents");
    expect(names.length).toBeGreaterThan(3);
    expect(tents).toHaveLength(names.length);
    tents.forEach((p, i) => {
      const lines = p.text.split("\n").map((l) => l.trim());
      expect({ tent: i + 1, name: names[i], times: lines.filter((l) => l === names[i]).length }).toEqual({
        tent: i + 1,
        name: names[i],
        times: 2,
      });
    });
  });

  it("prints eight badge cards to a page", () => {
    const cards = sheets.find((s) => s.owner === "badgeCards")!;
    const holders = cards.values[0].values.flat().filter((v) => typeof v === "string").length;
    expect(holders).toBeGreaterThan(0);
    const badges = sheets.find((s) => s.owner === "badges")!.values[0].values.length - 1;
    expect(of("badgeCards")).toHaveLength(Math.ceil(badges / 8));
  });

  it("prints the nightly room check under its own header, never the room list's", () => {
    const title = lang === "zh" ? "每晚用房与预留对照" : "Rooms used per night against the block";
    const roomsHeader = lang === "zh" ? "入住人" : "Occupants";
    const page = of("roomAllocation").find((p) => p.text.includes(title))!;
    expect(page.text).not.toContain(roomsHeader);
    expect(of("roomAllocation")[0].text).toContain(roomsHeader);
  });
});
