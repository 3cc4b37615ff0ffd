import { DEFAULT_READ_TIMEOUT_S, defaultMemoryMb, runLimits } from "../../src/cli/limits";

const GiB = 2 ** 30;

describe("the limits of a command run", () => {
  it("gives a command half the machine's memory, at least 512 MB and at most 16 GiB", () => {
    expect(defaultMemoryMb(24 * GiB)).toBe(12_288);
    expect(defaultMemoryMb(0.5 * GiB)).toBe(512);
    expect(defaultMemoryMb(256 * GiB)).toBe(16_384);
  });

  it("reads HUIWU_MAX_MEMORY_MB and HUIWU_READ_TIMEOUT_S, and falls back when they are unset or blank", () => {
    expect(runLimits({ HUIWU_MAX_MEMORY_MB: "2048.7", HUIWU_READ_TIMEOUT_S: " 30 " })).toEqual({ memoryMb: 2048, readTimeoutS: 30 });
    expect(runLimits({ HUIWU_MAX_MEMORY_MB: "", HUIWU_READ_TIMEOUT_S: undefined }).readTimeoutS).toBe(DEFAULT_READ_TIMEOUT_S);
    expect(runLimits({}).memoryMb).toBe(defaultMemoryMb());
  });

  it.each([
    ["HUIWU_MAX_MEMORY_MB", "8"],
    ["HUIWU_MAX_MEMORY_MB", "1e99x"],
    ["HUIWU_READ_TIMEOUT_S", "0"],
    ["HUIWU_READ_TIMEOUT_S", "Infinity"],
  ])("refuses %s=%s with a message in both languages", (name, value) => {
    expect(() => runLimits({ [name]: value })).toThrow(
      expect.objectContaining({ message: expect.stringContaining(name), messageZh: expect.stringContaining(name) }),
    );
  });
});
