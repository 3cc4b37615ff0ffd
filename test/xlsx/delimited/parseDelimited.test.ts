import { parseDelimited, UnclosedQuoteError } from "../../../src/xlsx/delimited/parseDelimited";

function unclosedLine(text: string): number {
  try {
    parseDelimited(text);
  } catch (err) {
    expect(err).toBeInstanceOf(UnclosedQuoteError);
    return (err as UnclosedQuoteError).line;
  }
  throw new Error("expected an unclosed quote");
}

describe("parseDelimited: line endings and quoting", () => {
  it("reads a CRLF comma list", () => {
    expect(parseDelimited("姓名,单位\r\n张伟,市财政局（办公室）\r\n")).toEqual({
      rows: [
        ["姓名", "单位"],
        ["张伟", "市财政局（办公室）"],
      ],
      delimiter: ",",
    });
  });

  it("reads LF, CR and mixed line endings alike, leaving no \\r in any cell", () => {
    const rows = [
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ];
    expect(parseDelimited("a,b\n1,2\n3,4").rows).toEqual(rows);
    expect(parseDelimited("a,b\r1,2\r3,4\r").rows).toEqual(rows);
    expect(parseDelimited("a,b\r\n1,2\n3,4\r\n").rows).toEqual(rows);
  });

  it("keeps commas, tabs, line breaks and doubled quotes inside quoted fields", () => {
    const text = 'Name,Note,Unit\r\n"Zhang, Wei","say ""hi""\nthen leave","a\tb"\r\n';
    expect(parseDelimited(text).rows).toEqual([
      ["Name", "Note", "Unit"],
      ["Zhang, Wei", 'say "hi"\nthen leave', "a\tb"],
    ]);
  });

  it("keeps a quote inside an unquoted field as a character", () => {
    expect(parseDelimited('Item,Size\nTV,55" screen\n').rows).toEqual([
      ["Item", "Size"],
      ["TV", '55" screen'],
    ]);
  });

  it("trims nothing inside cells", () => {
    expect(parseDelimited(" 张伟 , 市财政局 \n").rows).toEqual([[" 张伟 ", " 市财政局 "]]);
  });

  it("keeps ragged rows as they are", () => {
    expect(parseDelimited("a,b,c\n1,2\n3,4,5,6\n").rows).toEqual([
      ["a", "b", "c"],
      ["1", "2"],
      ["3", "4", "5", "6"],
    ]);
  });

  it("drops trailing empty lines, including lines of bare delimiters, but keeps empty lines between rows", () => {
    expect(parseDelimited("a,b\n\n1,2\n,\n\r\n\n").rows).toEqual([["a", "b"], [""], ["1", "2"]]);
  });

  it("reports the line on which a never-closed quoted field starts", () => {
    expect(unclosedLine('Name,Note\nZhang,"fine"\nLi,"never closed\nWang,x\n')).toBe(3);
    // A line break inside an earlier quoted field still counts as a line of the file.
    expect(unclosedLine('Name,Note\nZhang,"two\nlines"\nLi,"open\n')).toBe(4);
    // So does a sep= line.
    expect(unclosedLine('sep=,\nName,Note\n"open\n')).toBe(3);
  });
});

describe("parseDelimited: the delimiter", () => {
  it("takes tab for TSV even when its cells hold commas", () => {
    const text = "姓名\t地址\t金额\n张伟\t北京市, 东城区\t1,200\n李娜\t上海市, 浦东新区\t3,400\n";
    expect(parseDelimited(text)).toEqual({
      rows: [
        ["姓名", "地址", "金额"],
        ["张伟", "北京市, 东城区", "1,200"],
        ["李娜", "上海市, 浦东新区", "3,400"],
      ],
      delimiter: "\t",
    });
  });

  it("takes the semicolon of European Excel, whose numbers have decimal commas", () => {
    const text = "Name;Betrag;Datum\r\nMüller;1,50;15.03.2026\r\nSchmidt;12,75;16.03.2026\r\n";
    expect(parseDelimited(text)).toEqual({
      rows: [
        ["Name", "Betrag", "Datum"],
        ["Müller", "1,50", "15.03.2026"],
        ["Schmidt", "12,75", "16.03.2026"],
      ],
      delimiter: ";",
    });
  });

  it("looks at delimiters outside quotes only", () => {
    const text = '"Name, full";"Note, short"\n"Zhang, Wei";"a, b"\n"Li, Na";"c, d"\n';
    expect(parseDelimited(text)).toEqual({
      rows: [
        ["Name, full", "Note, short"],
        ["Zhang, Wei", "a, b"],
        ["Li, Na", "c, d"],
      ],
      delimiter: ";",
    });
  });

  it("reads pipe-separated lists", () => {
    expect(parseDelimited("姓名|手机\n张伟|13800138000\n")).toEqual({
      rows: [
        ["姓名", "手机"],
        ["张伟", "13800138000"],
      ],
      delimiter: "|",
    });
  });

  it("follows Excel's sep= first line and drops it", () => {
    // Without the line, the comma would win: both split every line in two.
    expect(parseDelimited("sep=;\r\nName;Amount, EUR\r\nMüller;1,50\r\n")).toEqual({
      rows: [
        ["Name", "Amount, EUR"],
        ["Müller", "1,50"],
      ],
      delimiter: ";",
    });
    expect(parseDelimited("sep=,\na,b\n")).toEqual({ rows: [["a", "b"]], delimiter: "," });
  });

  it("reads a one-column list of names as one field a row, with ','", () => {
    expect(parseDelimited("姓名\r\n张伟\r\n李娜\r\nO'Brien\r\n")).toEqual({
      rows: [["姓名"], ["张伟"], ["李娜"], ["O'Brien"]],
      delimiter: ",",
    });
  });

  it("picks the delimiter that splits most lines alike when a title line comes first", () => {
    const text = "2026 年会报名表\n姓名;单位;手机\n张伟;财政局;138\n李娜;教育局;139\n";
    expect(parseDelimited(text).delimiter).toBe(";");
  });
});
