import zlib from "node:zlib";
import * as shim from "../../src/playground/nodeShims/zlib";

/** Text like a sheet's XML: repetitive, with CJK. */
const XML = Buffer.from(
  Array.from(
    { length: 2000 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i % 37}</v></c><c><is><t>参会人员${i}</t></is></c></row>`,
  ).join(""),
  "utf8",
);

describe("the browser's zlib stand-in (what the playground's bundle uses for Node's zlib)", () => {
  test("inflates what Node's zlib deflated (raw DEFLATE, as in a zip entry), into a Buffer", () => {
    const out = shim.inflateRawSync(zlib.deflateRawSync(XML, { level: 6 }));
    expect(Buffer.isBuffer(out)).toBe(true);
    expect(Buffer.from(out).equals(XML)).toBe(true);
    expect(out.toString("utf8").includes("参会人员1999")).toBe(true);
  });

  test("deflates what Node's zlib inflates, at every level", () => {
    for (const level of [undefined, -1, 0, 1, 6, 9]) {
      const packed = shim.deflateRawSync(XML, level === undefined ? {} : { level });
      expect(zlib.inflateRawSync(packed).equals(XML)).toBe(true);
      if (level !== 0) expect(packed.length).toBeLessThan(XML.length / 4);
    }
  });

  test("has the default export the adapter imports, and no crc32 (the adapter then uses JSZip's)", () => {
    expect(shim.default.inflateRawSync).toBe(shim.inflateRawSync);
    expect(shim.default.deflateRawSync).toBe(shim.deflateRawSync);
    expect("crc32" in shim.default).toBe(false);
  });
});
