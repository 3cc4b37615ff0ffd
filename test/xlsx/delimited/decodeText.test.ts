import iconv from "iconv-lite";
import { decodeText } from "../../../src/xlsx/delimited/decodeText";

const LIST = "姓名,单位\r\n张伟,市财政局（办公室）\r\n李娜,第一中学\r\n";
const BOM = { utf8: [0xef, 0xbb, 0xbf], le: [0xff, 0xfe], be: [0xfe, 0xff] };

function withBom(bom: number[], body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(bom), body]);
}

describe("decodeText", () => {
  it("reads UTF-8 with a byte-order mark and drops the mark", () => {
    expect(decodeText(withBom(BOM.utf8, Buffer.from(LIST)))).toEqual({ text: LIST, encoding: "utf-8" });
  });

  it("reads UTF-8 without a mark", () => {
    expect(decodeText(Buffer.from(LIST))).toEqual({ text: LIST, encoding: "utf-8" });
  });

  it("calls plain ASCII UTF-8", () => {
    expect(decodeText(Buffer.from("Name,Phone\nZhang Wei,13800138000\n"))).toEqual({
      text: "Name,Phone\nZhang Wei,13800138000\n",
      encoding: "utf-8",
    });
  });

  it("reads Excel's Unicode text: UTF-16LE with a mark, tab-separated", () => {
    const text = "姓名\t单位\r\n张伟\t市财政局（办公室）\r\n";
    expect(decodeText(withBom(BOM.le, Buffer.from(text, "utf16le")))).toEqual({ text, encoding: "utf-16le" });
  });

  it("reads UTF-16BE with a mark", () => {
    expect(decodeText(withBom(BOM.be, iconv.encode(LIST, "utf-16be")))).toEqual({ text: LIST, encoding: "utf-16be" });
  });

  it("recognises UTF-16 without a mark from where its zero bytes are", () => {
    expect(decodeText(Buffer.from(LIST, "utf16le"))).toEqual({ text: LIST, encoding: "utf-16le" });
    expect(decodeText(iconv.encode(LIST, "utf-16be"))).toEqual({ text: LIST, encoding: "utf-16be" });
  });

  it("is not thrown off by CJK characters whose UTF-16 has a zero low byte (一 is U+4E00)", () => {
    const text = "姓名,组别,房间\n张伟,第一组,一号楼101\n李娜,第二组,二号楼\n";
    expect(decodeText(Buffer.from(text, "utf16le"))).toEqual({ text, encoding: "utf-16le" });
  });

  it("reads GBK, as Chinese-locale Excel and WPS save CSV, as GB18030", () => {
    expect(decodeText(iconv.encode(LIST, "gbk"))).toEqual({ text: LIST, encoding: "gb18030" });
  });

  it("reads GB18030 characters that GBK lacks", () => {
    const text = "姓名\n王䶮\n";
    expect(decodeText(iconv.encode(text, "gb18030"))).toEqual({ text, encoding: "gb18030" });
  });

  it("does not take 8-bit text with a stray NUL for UTF-16", () => {
    const { text, encoding } = decodeText(Buffer.from("Name,Phone\nZhang Wei,138\0\n"));
    expect(encoding).toBe("utf-8");
    expect(text).toBe("Name,Phone\nZhang Wei,138\0\n");
  });

  it("gives empty text for a file that is only a mark", () => {
    expect(decodeText(Buffer.from(BOM.le))).toEqual({ text: "", encoding: "utf-16le" });
    expect(decodeText(new Uint8Array(0))).toEqual({ text: "", encoding: "utf-8" });
  });

  it("reads a Uint8Array that is a view into a larger buffer", () => {
    const whole = Buffer.concat([Buffer.from("xxxx"), Buffer.from(LIST), Buffer.from("yyyy")]);
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 4, whole.length - 8);
    expect(decodeText(view).text).toBe(LIST);
  });
});
