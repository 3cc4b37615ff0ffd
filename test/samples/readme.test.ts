import { readFileSync } from "fs";
import * as path from "path";
import { PLANTED_MISTAKES } from "../../samples/generator";
import { plantedMistakesMarkdown } from "../../samples/generator/mistakesTable";
import { README_END, README_START } from "../../samples/sampleFiles";

/** A Markdown table's cells, ignoring the padding Prettier adds. */
function tableCells(markdown: string): string[][] {
  return markdown
    .split("\n")
    .filter((l) => l.trim().startsWith("|"))
    .map((l) =>
      l
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/^-+$/, "---")),
    );
}

describe("samples/README.md", () => {
  const text = readFileSync(path.join(__dirname, "../../samples/README.md"), "utf8");

  it("lists the planted mistakes exactly as PLANTED_MISTAKES has them (run samples/generate.ts after a change)", () => {
    const block = text.slice(text.indexOf(README_START) + README_START.length, text.indexOf(README_END));
    expect(tableCells(block)).toEqual(tableCells(plantedMistakesMarkdown()));
    expect(
      tableCells(block)
        .slice(2)
        .map((r) => r[2]),
    ).toEqual(PLANTED_MISTAKES.map((m) => m.cell));
  });
});
