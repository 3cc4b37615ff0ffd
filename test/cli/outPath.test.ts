import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { saveFailed } from "../../src/cli/outPath";

const SAMPLE = join(__dirname, "../../samples/annual-conference.en.xlsx");

async function run(out: string) {
  const lines: string[] = [];
  const io: CliIO = { lang: "en", out: (...l) => lines.push(...l), err: (...l) => lines.push(...l) };
  const code = await main(["check", SAMPLE, "--out", out], io);
  return { code, text: lines.join("\n") };
}

describe("--out that cannot or must not be written", () => {
  const dir = mkdtempSync(join(tmpdir(), "huiwu-out-"));

  it.each([
    ["an empty name", () => "", /^huiwu: --out needs a file name/],
    ["a folder", () => dir, /is a folder; name a file inside it/],
    ["a name without .xlsx", () => join(dir, "result"), /give it a name ending in \.xlsx/],
    [
      "under a file, not a folder",
      () => {
        writeFileSync(join(dir, "plain"), "x");
        return join(dir, "plain", "out.xlsx");
      },
      /is a file, not a folder/,
    ],
    [
      "an existing file that is not a workbook",
      () => {
        writeFileSync(join(dir, "notes.xlsx"), "my notes");
        return join(dir, "notes.xlsx");
      },
      /already exists and is not a workbook; Huiwu will not replace it/,
    ],
  ])("%s: exit 2 with one line, nothing written", async (_what, make, message) => {
    const out = make();
    const { code, text } = await run(out);
    expect(code).toBe(2);
    expect(text).toMatch(message);
    expect(text.split("\n")).toHaveLength(1);
  });

  it("a device: refused, and the device left alone", async () => {
    const { code, text } = await run("/dev/null");
    expect(code).toBe(2);
    expect(text).toMatch(/is not an ordinary file/);
  });

  it("a pipe named like a workbook: refused without opening it", async () => {
    const fifo = join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const { code, text } = await run(fifo);
    expect(code).toBe(2);
    expect(text).toMatch(/is not an ordinary file/);
  });

  it("the existing file left unchanged when refused", async () => {
    const notes = join(dir, "keep.xlsx");
    writeFileSync(notes, "my notes");
    await run(notes);
    expect(readFileSync(notes, "utf8")).toBe("my notes");
  });

  (process.getuid?.() === 0 ? it.skip : it)("a read-only workbook: refused", async () => {
    const ro = join(dir, "ro.xlsx");
    writeFileSync(ro, "");
    chmodSync(ro, 0o444);
    expect((await run(ro)).text).toMatch(/is read-only/);
  });

  it("a new file in a new folder is fine, and an earlier result is replaced", async () => {
    const out = join(dir, "new", "deeper", "checked.xlsx");
    expect((await run(out)).code).toBeLessThan(2);
    expect((await run(out)).code).toBeLessThan(2);
  });

  it("a full disk or a lost permission while saving: one line, exit 2", () => {
    const full = saveFailed("out.xlsx", Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" }));
    expect(full?.message).toBe("Could not write out.xlsx: the disk is full. Nothing was written.");
    expect(full?.messageZh).toBe("无法写入 out.xlsx：磁盘已满。未写入任何内容。");
    expect(saveFailed("out.xlsx", new Error("something else"))).toBeUndefined();
  });
});
