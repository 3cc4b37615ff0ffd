import { decodeXml, encodeXml, findElements, parseAttributes } from "../../../src/xlsx/package/xmlText";

describe("the small XML reader for package parts", () => {
  it("decodes and encodes entities, keeping line breaks through attributes", () => {
    expect(decodeXml("&apos;Q&amp;A&apos;!$A$1 &lt;&gt; &quot; &#10;&#x4F1A;")).toBe("'Q&A'!$A$1 <> \" \n会");
    const text = `'Guests & "VIPs"'\n<b>`;
    expect(decodeXml(encodeXml(text))).toBe(text);
    expect(encodeXml("a\nb")).not.toMatch(/\n/);
  });

  it("reads attributes with either quote and any prefix", () => {
    expect(parseAttributes(` name="A&amp;B" r:id='rId3' hidden="1"`)).toEqual({ name: "A&B", "r:id": "rId3", hidden: "1" });
  });

  it("finds elements, self-closing or not, with or without a namespace prefix, but not longer names", () => {
    const xml = `<x:sheets><x:sheet name="A"/><sheet name="B"></sheet></x:sheets><sheetPr/>`;
    expect(findElements(xml, "sheet").map((e) => e.attrs.name)).toEqual(["A", "B"]);
    expect(findElements(xml, "sheets")).toHaveLength(1);
    expect(findElements(`<definedName name="N">'S'!$A$1</definedName>`, "definedName")[0].inner).toBe("'S'!$A$1");
  });
});
