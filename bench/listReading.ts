/**
 * Reading a 100,000-row list: the same rows as .xlsx, as UTF-8 CSV (with a byte-order mark, as
 * Excel saves it) and as GB18030 CSV (Chinese-locale Excel and WPS), each read and parsed into a
 * roster in a process of its own, so its peak memory is its own.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { readInputs } from "../src/app/readInputs";
import { createXlsxGateway, openWorkbookFile } from "../src/xlsx";

export interface ListReadingRow {
  file: string;
  bytes: number;
  ms: number;
  /** Peak resident memory above the process's own before reading, in MB. */
  peakMb: number;
  people: number;
}

const HEADER = ["序号", "姓名", "性别", "单位", "职务", "手机号码", "邮箱", "身份证号", "备注", "提交时间"];
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英";

function rows(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => [
    String(i + 1),
    SURNAMES[i % 20] + GIVEN[(i * 7) % 24] + (i % 3 === 0 ? GIVEN[(i * 11) % 24] : ""),
    i % 2 ? "男" : "女",
    `第${(i % 400) + 1}中学, 教务处`,
    i % 5 ? "教师" : "主任",
    `1${38 + (i % 9)}${String(10_000_000 + i).slice(-8)}`,
    `user${i}@example.com`,
    `11010119900307${String(i % 10_000).padStart(4, "0")}`,
    i % 17 === 0 ? "需要住宿\n靠近会场" : "",
    `2026-11-${String((i % 28) + 1).padStart(2, "0")} 09:30:00`,
  ]);
}

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (data: string[][]) => [HEADER, ...data].map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n";

async function makeFiles(n: number, dir: string): Promise<string[]> {
  const data = rows(n);
  const text = csv(data);
  const utf8 = join(dir, "报名表.utf8.csv");
  writeFileSync(utf8, "\uFEFF" + text, "utf8");
  const gbk = join(dir, "报名表.gb18030.csv");
  writeFileSync(gbk, iconv.encode(text, "gb18030"));
  const xlsx = join(dir, "报名表.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(HEADER);
  for (const r of data) ws.addRow(r);
  await wb.xlsx.writeFile(xlsx);
  return [xlsx, utf8, gbk];
}

/** In the child: read and parse one file, print the figures as JSON. */
async function measure(path: string): Promise<void> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const { book } = await openWorkbookFile(path);
  const { parsed } = await readInputs(createXlsxGateway(book));
  const ms = performance.now() - t0;
  const peak = process.resourceUsage().maxRSS * 1024;
  const people = parsed.roster.records.length;
  process.stdout.write(JSON.stringify({ ms, peakMb: (peak - before) / 2 ** 20, people }));
}

export function listReading(n: number): ListReadingRow[] {
  const dir = mkdtempSync(join(tmpdir(), "huiwu-bench-lists-"));
  const files = execFileSync("npx", ["tsx", __filename, "--make", String(n), dir], { encoding: "utf8" })
    .trim()
    .split("\n");
  return files.map((file) => {
    const out = execFileSync("npx", ["tsx", "--expose-gc", __filename, "--measure", file], { encoding: "utf8", maxBuffer: 1 << 20 });
    const m = JSON.parse(out) as { ms: number; peakMb: number; people: number };
    return { file: file.slice(dir.length + 1), bytes: statSync(file).size, ...m };
  });
}

export function listReadingTable(rowsRead: ListReadingRow[]): string {
  const mb = (b: number) => (b / 2 ** 20).toFixed(1);
  const base = rowsRead[0];
  const lines = [
    "| file | size MB | read + parse ms | × .xlsx | peak memory MB | × .xlsx | people |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of rowsRead)
    lines.push(
      `| ${r.file} | ${mb(r.bytes)} | ${r.ms.toFixed(0)} | ${(r.ms / base.ms).toFixed(2)} | ${r.peakMb.toFixed(0)} | ${(r.peakMb / base.peakMb).toFixed(2)} | ${r.people} |`,
    );
  return lines.join("\n");
}

if (process.argv[2] === "--make") {
  makeFiles(Number(process.argv[3]), process.argv[4]).then((f) => process.stdout.write(f.join("\n")));
} else if (process.argv[2] === "--measure") {
  measure(process.argv[3]).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
} else if (require.main === module) {
  console.log(listReadingTable(listReading(Number(process.argv[2] ?? 100_000))));
}
