import { join } from "node:path";
import { progressText, type CliIO } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { terminalSafe } from "../../src/cli/terminalText";

const SAMPLE_ZH = join(__dirname, "../../samples/annual-work-conference.zh.xlsx");

describe("the progress line of a long step", () => {
  it("redraws one line in place and clears it when the step is done", () => {
    expect(progressText("正在优化桌次", 420, 1000)).toBe("\r\u001b[2K正在优化桌次 42%");
    expect(progressText("正在优化桌次", 1000, 1000)).toBe("\r\u001b[2K");
    expect(progressText("x", 0, 0)).toBe("\r\u001b[2K");
  });

  it("follows huiwu seat's banquet search to the end, once per whole percent, in the user's language", async () => {
    const calls: [string, number, number][] = [];
    const lines: string[] = [];
    const io: CliIO = {
      lang: "zh",
      out: (...l) => lines.push(...l),
      err: (...l) => lines.push(...l),
      progress: (label, done, total) => calls.push([label, done, total]),
    };
    expect(await main(["seat", SAMPLE_ZH], terminalSafe(io))).toBe(0);
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.length).toBeLessThanOrEqual(102);
    expect(new Set(calls.map((c) => c[0]))).toEqual(new Set(["正在优化桌次"]));
    const percents = calls.map(([, done, total]) => Math.floor((done / total) * 100));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    const [, done, total] = calls.at(-1)!;
    expect(done).toBe(total);
    // The printed result is unchanged: progress never lands among the lines.
    expect(lines.some((l) => l.includes("%") && l.includes("正在优化"))).toBe(false);
  });

  it("sends nothing where the terminal cannot redraw a line (no progress in the IO)", async () => {
    const lines: string[] = [];
    const io: CliIO = { lang: "en", out: (...l) => lines.push(...l), err: (...l) => lines.push(...l) };
    expect(await main(["seat", SAMPLE_ZH], io)).toBe(0);
    expect(lines.join("\n")).not.toMatch(/Optimising the tables/);
  });
});
