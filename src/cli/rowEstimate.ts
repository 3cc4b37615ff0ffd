import { promises as fs } from "node:fs";
import { extname } from "node:path";
import JSZip from "jszip";

const DELIMITED = new Set([".csv", ".tsv", ".txt"]);
/** Enough of a sheet part to hold its <dimension>, which comes before the cells. */
const HEAD_BYTES = 64 * 1024;
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const DIMENSION = /<(?:\w+:)?dimension\s+ref="\$?[A-Z]{1,3}\$?(\d+)(?::\$?[A-Z]{1,3}\$?(\d+))?"/;

/** The first bytes of a part as inflated, without inflating the rest: the stream is paused and let go. */
function head(file: JSZip.JSZipObject): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    let done = false;
    const stream = file.nodeStream("nodebuffer");
    const stop = () => {
      if (done) return;
      done = true;
      stream.pause();
      resolve(text);
    };
    stream.on("data", (chunk: Buffer) => {
      if (done) return;
      text += chunk.toString("utf8");
      if (text.length >= HEAD_BYTES || text.includes("<sheetData")) stop();
    });
    stream.on("end", stop);
    stream.on("error", stop);
  });
}

/** Rows the sheets of an .xlsx declare they span (their <dimension>), summed; undefined when none says. */
async function xlsxRows(data: Buffer): Promise<number | undefined> {
  const zip = await JSZip.loadAsync(data);
  let rows: number | undefined;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !SHEET_PART.test(file.name)) continue;
    const m = DIMENSION.exec(await head(file));
    if (!m) continue;
    const top = Number(m[1]);
    const bottom = m[2] ? Number(m[2]) : top;
    rows = (rows ?? 0) + Math.abs(bottom - top) + 1;
  }
  return rows;
}

/** Line feeds in a text file: its rows, near enough in UTF-8, GB18030 and UTF-16 alike. */
function lineCount(data: Buffer): number {
  let n = 0;
  for (let at = data.indexOf(10); at >= 0; at = data.indexOf(10, at + 1)) n++;
  return n;
}

/**
 * About how many rows a file holds, read from the file itself and never failing: said when a
 * command on it ran out of memory or time before any sheet was read. Undefined when it cannot tell.
 */
export async function estimateRows(path: string): Promise<number | undefined> {
  try {
    const data = await fs.readFile(path);
    if (DELIMITED.has(extname(path).toLowerCase()) && data.subarray(0, 4).toString("latin1") !== "PK\u0003\u0004") return lineCount(data);
    return await xlsxRows(data);
  } catch {
    return undefined;
  }
}
