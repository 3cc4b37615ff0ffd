/**
 * A browser stand-in for office.js: the end-to-end tests serve it at office.js's URL so the
 * built pane runs against the in-memory Excel, seeded with a sample conference workbook.
 *
 * Query parameters of the pane's page:
 *   lang=zh-CN|en-US…  Office's display language (default en-US)
 *   workbook=zh|en     which sample workbook (default: the display language's); list-zh|list-en a
 *                      list as planners paste it (a 问卷星 export on Sheet1, Google Forms' responses)
 *   theme=dark         Office's dark theme (default light)
 *   excelApi=1.8       the highest ExcelApi set the host supports (default 1.9)
 *   tableIterations=N  adds the banquet search's iteration count to the Event sheet (a long run to cancel)
 */
import { createFakeExcel } from "../../fakes/fakeExcel";
import { HANDLE_GLOBAL, type SelectedCell, type StandInHandle } from "./handle";
import { createOfficeStandIn } from "./office";
import { listWorkbook } from "./listWorkbook";
import { sampleWorkbook, type SampleLang } from "./sampleWorkbook";

const params = new URLSearchParams(window.location.search);
const displayLanguage = params.get("lang") ?? "en-US";
const workbookParam = (params.get("workbook") ?? displayLanguage).toLowerCase();
const list = workbookParam.startsWith("list-");
const workbook: SampleLang = workbookParam.replace(/^list-/, "").startsWith("zh") ? "zh" : "en";
const apiMinor = Number(/^1\.(\d+)$/.exec(params.get("excelApi") ?? "")?.[1] ?? 9);

const tableIterations = params.get("tableIterations");
const eventRows = tableIterations ? [[workbook === "zh" ? "排桌迭代次数" : "Table search iterations", Number(tableIterations)]] : [];

const fake = createFakeExcel(list ? listWorkbook(workbook) : sampleWorkbook(workbook, eventRows), { apiMinor });
let onReadyCalls = 0;

/** Every Range.select() the pane made, as the fake recorded it. */
function selections(): SelectedCell[] {
  return fake.selections().map(({ sheet, address }) => ({ sheet, cell: address }));
}

const handle: StandInHandle & { fake: typeof fake } = {
  fake,
  snapshot: () => {
    const selected = selections();
    return {
      displayLanguage,
      workbook,
      onReadyCalls,
      runs: fake.stats.runs,
      syncs: fake.stats.syncs,
      failedSyncs: fake.stats.failedSyncs,
      errors: [...fake.stats.errors],
      activeSheet: fake.activeSheetName() ?? null,
      sheetNames: fake.state.sheets.map((sheet) => sheet.name),
      selection: selected.at(-1) ?? null,
      selections: selected,
    };
  },
};

Object.assign(window, {
  Office: createOfficeStandIn({ displayLanguage, apiMinor, dark: params.get("theme") === "dark", onReady: () => onReadyCalls++ }),
  Excel: { run: fake.run },
  [HANDLE_GLOBAL]: handle,
});
