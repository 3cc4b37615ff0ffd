import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { COMMANDS } from "../../src/cli/args";

function capture(lang: "zh" | "en" = "en"): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, lang, out: (...l) => stdout.push(...l), err: (...l) => stderr.push(...l) };
}

async function run(argv: string[], lang: "zh" | "en" = "en") {
  const io = capture(lang);
  const code = await main(argv, io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

describe("huiwu help", () => {
  it("answers help, --help and -h alike, listing every command and the exit codes, 3 included", async () => {
    const [word, long, short] = await Promise.all([run(["help"]), run(["--help"]), run(["-h"])]);
    expect(word).toEqual(long);
    expect(short).toEqual(long);
    expect(long.code).toBe(0);
    for (const c of COMMANDS) expect(long.out).toMatch(new RegExp(`^  ${c} `, "m"));
    expect(long.out).toContain("3 an unexpected error");
  });

  it("speaks the user's language, or the one --lang asks for", async () => {
    expect((await run(["help"], "zh")).out).toMatch(/^用法：huiwu/);
    expect((await run(["--help", "--lang", "zh"])).out).toMatch(/^用法：huiwu/);
    expect((await run(["help"], "zh")).out).toContain("3 意外错误");
  });

  it("shows one command's usage and only its options, for help COMMAND and COMMAND --help", async () => {
    const a = await run(["help", "docs"]);
    expect(a).toEqual(await run(["docs", "--help"]));
    expect(a.out).toMatch(/^Usage: huiwu docs <workbook\.xlsx> \[--out FILE\] \[--lang zh\|en\] \[--tasks\]/);
    expect(a.out).not.toContain("--today");
    expect((await run(["check", "--help"])).out).toContain("--today DATE");
    expect((await run(["seat", "-h"], "zh")).out).toMatch(/^用法：huiwu seat <工作簿\.xlsx>/);
  });
});

describe("huiwu with a mistyped command or option", () => {
  it("names an unknown command in one line with the list of commands, instead of looking for a file of that name", async () => {
    const r = await run(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('huiwu: unknown command "frobnicate"\nCommands: check, init, seat, rooms, docs; see huiwu --help.');
    expect((await run(["help", "seats"], "zh")).err.split("\n")[0]).toBe("huiwu: 未知命令“seats”");
  });

  it("takes a name with an extension, or a file that exists, for a workbook, never for a command", async () => {
    expect((await run(["no-such-book.xlsx"])).err).toMatch(/does not exist/);
    const dir = mkdtempSync(join(tmpdir(), "huiwu-help-"));
    writeFileSync(join(dir, "book"), "not a workbook");
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect((await run(["book"])).err).not.toContain("unknown command");
    } finally {
      process.chdir(cwd);
    }
  });

  it("says an unknown option, or a missing value, plainly", async () => {
    expect((await run(["check", "--bogus", "x.xlsx"])).err.split("\n")[0]).toBe("huiwu: unknown option --bogus");
    expect((await run(["check", "x.xlsx", "--out"])).err.split("\n")[0]).toBe("huiwu: option --out needs a value");
    expect((await run(["--bogus"], "zh")).err.split("\n")[0]).toBe("huiwu: 未知选项 --bogus");
    expect((await run(["check", "--bogus", "x.xlsx"])).code).toBe(2);
  });
});
