import { outLine, paint, showsColour, type CliIO, type Piece } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { terminalSafe } from "../../src/cli/terminalText";
import { join } from "node:path";

const SAMPLE_EN = join(__dirname, "../../samples/annual-conference.en.xlsx");

describe("colour on a terminal", () => {
  it("shows colour only on a terminal, without NO_COLOR, on a terminal that is not dumb", () => {
    expect(showsColour({}, true)).toBe(true);
    expect(showsColour({}, false)).toBe(false);
    expect(showsColour({}, undefined)).toBe(false);
    expect(showsColour({ NO_COLOR: "1" }, true)).toBe(false);
    expect(showsColour({ TERM: "dumb" }, true)).toBe(false);
  });

  it("paints each part by its tone, and writes plain text where there is no colour", () => {
    const line: Piece[] = [{ text: "Errors (2)", tone: "error" }, { text: " and " }, { text: "[rule]", tone: "dim" }];
    expect(paint(line, true)).toBe("\u001b[31mErrors (2)\u001b[0m and \u001b[2m[rule]\u001b[0m");
    expect(paint(line, false)).toBe("Errors (2) and [rule]");
  });

  it("keeps a workbook's own escape sequences harmless inside a coloured line", () => {
    const lines: string[] = [];
    const io: CliIO = { lang: "en", out: (...l) => lines.push(...l), err: () => {}, outLine: (p) => lines.push(paint(p, true)) };
    outLine(terminalSafe(io), [{ text: "Roster!A2", tone: "error" }, { text: " name \u001b[2Jcleared" }]);
    expect(lines).toEqual(["\u001b[31mRoster!A2\u001b[0m name \\u001b[2Jcleared"]);
  });
});

describe("huiwu check's output", () => {
  it("ends with the counts, coloured by severity where the terminal shows colour", async () => {
    const plain: string[] = [];
    const coloured: string[] = [];
    const io = (sink: string[], colour: boolean): CliIO => ({
      lang: "en",
      out: (...l) => sink.push(...l),
      err: () => {},
      outLine: (p) => sink.push(paint(p, colour)),
    });
    await main(["check", SAMPLE_EN, "--today", "2026-12-06"], io(plain, false));
    await main(["check", SAMPLE_EN, "--today", "2026-12-06"], io(coloured, true));
    expect(plain[plain.length - 1]).toMatch(/^Findings: \d+ errors, \d+ warnings, \d+ info$/);
    expect(coloured[coloured.length - 1]).toMatch(/^Findings: \u001b\[31m\d+ errors\u001b\[0m, \u001b\[33m\d+ warnings/);
    expect(plain.join("\n")).not.toContain("\u001b");
  });
});
