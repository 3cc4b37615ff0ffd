import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/**
 * The manifest promises ExcelApi 1.8. Every Excel API member used under src/office is found
 * with the TypeScript checker (so `range.values` is told apart from our own `block.values`),
 * its `[Api set: ExcelApi x.y]` annotation is read from @types/office-js, and:
 *  - a member above 1.8 must be in FEATURE_DETECTED and be used inside an `if` in a file that
 *    checks that requirement set;
 *  - the list of members used must equal USED below, so a new member shows up in review.
 */
const ROOT = path.resolve(__dirname, "../..");
const OFFICE_DIR = path.join(ROOT, "src/office");

/** Class.member → the highest ExcelApi version its annotation names ("base": no annotation, e.g. load). */
const USED: Record<string, string> = {
  "Application.suspendScreenUpdatingUntilNextSync": "1.9",
  "CellPropertiesLoadOptions.hyperlink": "1.9",
  "DataValidation.clear": "1.8",
  "DataValidation.errorAlert": "1.8",
  "DataValidation.rule": "1.8",
  "DataValidationErrorAlert.message": "1.8",
  "DataValidationErrorAlert.showAlert": "1.8",
  "DataValidationErrorAlert.style": "1.8",
  "DataValidationErrorAlert.title": "1.8",
  "DataValidationRule.list": "1.8",
  "ListDataValidation.inCellDropDown": "1.8",
  "ListDataValidation.source": "1.8",
  "NamedItem.comment": "1.4",
  "NamedItem.delete": "1.4",
  "NamedItem.formula": "1.7",
  "NamedItem.getRange": "1.1",
  "NamedItem.getRangeOrNullObject": "1.4",
  "NamedItem.name": "1.1",
  "NamedItemCollection.add": "1.4",
  "NamedItemCollection.getItem": "1.1",
  "NamedItemCollection.getItemOrNullObject": "1.4",
  "NamedItemCollection.items": "base",
  "NamedItemCollection.load": "base",
  "HeaderFooter.centerFooter": "1.9",
  "HeaderFooter.leftFooter": "1.9",
  "HeaderFooter.rightFooter": "1.9",
  "HeaderFooterGroup.defaultForAllPages": "1.9",
  "PageBreakCollection.add": "1.9",
  "PageBreakCollection.removePageBreaks": "1.9",
  "PageLayout.bottomMargin": "1.9",
  "PageLayout.centerHorizontally": "1.9",
  "PageLayout.footerMargin": "1.9",
  "PageLayout.headerMargin": "1.9",
  "PageLayout.headersFooters": "1.9",
  "PageLayout.leftMargin": "1.9",
  "PageLayout.orientation": "1.9",
  "PageLayout.paperSize": "1.9",
  "PageLayout.rightMargin": "1.9",
  "PageLayout.setPrintArea": "1.9",
  "PageLayout.setPrintTitleRows": "1.9",
  "PageLayout.topMargin": "1.9",
  "PageLayout.zoom": "1.9",
  "PageLayoutZoomOptions.horizontalFitToPages": "1.9",
  "PageLayoutZoomOptions.scale": "1.9",
  "PageLayoutZoomOptions.verticalFitToPages": "1.9",
  "Range.clear": "1.1",
  "Range.columnCount": "1.1",
  "Range.columnHidden": "1.2",
  "Range.address": "1.1",
  "Range.columnIndex": "1.1",
  "Range.getCell": "1.1",
  "Range.getCellProperties": "1.9",
  "Range.control": "1.18",
  "Range.dataValidation": "1.8",
  "Range.format": "1.1",
  "Range.formulas": "1.1",
  "Range.getIntersection": "1.1",
  "Range.hyperlink": "1.7",
  "Range.load": "base",
  "Range.merge": "1.2",
  "Range.numberFormat": "1.1",
  "Range.rowCount": "1.1",
  "Range.rowIndex": "1.1",
  "Range.select": "1.1",
  "Range.unmerge": "1.2",
  "Range.values": "1.1",
  // Ignored by hosts before ExcelApi 1.11, and only passed where that set is supported (excelRun.ts).
  "RunOptions.delayForCellEdit": "base",
  "SettableCellProperties.hyperlink": "1.9",
  "RangeBorder.style": "1.1",
  "RangeBorder.weight": "1.1",
  "RangeBorderCollection.getItem": "1.1",
  "RangeFill.color": "1.1",
  "RangeFont.bold": "1.1",
  "RangeFont.color": "1.1",
  "RangeFont.italic": "1.1",
  "RangeFont.name": "1.1",
  "RangeFont.size": "1.1",
  "RangeFormat.borders": "1.1",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.fill": "1.1",
  "RangeFormat.font": "1.1",
  "RangeFormat.horizontalAlignment": "1.1",
  "RangeFormat.rowHeight": "1.2",
  "RangeFormat.textOrientation": "1.7",
  "RangeFormat.useStandardHeight": "1.7",
  "RangeFormat.verticalAlignment": "1.1",
  "RangeFormat.wrapText": "1.1",
  "RangeHyperlink.address": "1.7",
  "RangeHyperlink.documentReference": "1.7",
  "RangeHyperlink.textToDisplay": "1.7",
  "RequestContext.workbook": "base",
  "Table.delete": "1.1",
  "Table.name": "1.1",
  "Table.style": "1.1",
  "Table.worksheet": "1.2",
  // The method is 1.1; passing a Range (as queueOp does) rather than an address needs 1.3.
  "TableCollection.add": "1.1",
  "TableCollection.getItem": "1.1",
  "TableCollection.items": "base",
  "TableCollection.load": "base",
  "Workbook.application": "1.1",
  "Workbook.names": "1.1",
  "Workbook.tables": "1.1",
  "Workbook.worksheets": "1.1",
  "Worksheet.activate": "1.1",
  "Worksheet.delete": "1.1",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.getRange": "1.1",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.horizontalPageBreaks": "1.9",
  "Worksheet.load": "base",
  "Worksheet.name": "1.1",
  "Worksheet.pageLayout": "1.9",
  "Worksheet.position": "1.1",
  "Worksheet.tables": "1.1",
  "Worksheet.visibility": "1.2",
  "WorksheetCollection.add": "1.1",
  "WorksheetCollection.getItem": "1.1",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "WorksheetCollection.items": "base",
  "WorksheetCollection.load": "base",
  "WorksheetCollection.onChanged": "1.9",
  "WorksheetChangedEventArgs.source": "1.7",
  "WorksheetChangedEventArgs.worksheetId": "1.7",
  "WorksheetFreezePanes.freezeAt": "1.7",
  "WorksheetFreezePanes.freezeColumns": "1.7",
  "WorksheetFreezePanes.freezeRows": "1.7",
  "WorksheetFreezePanes.unfreeze": "1.7",
  "ClientObject.isNullObject": "base",
  "Excel.run": "base",
};

/** Members above the manifest's 1.8, each behind an isSetSupported check for its set. */
const FEATURE_DETECTED: Record<string, string> = {
  "Application.suspendScreenUpdatingUntilNextSync": "1.9",
  // Print settings (pageLayout.ts), skipped on older hosts.
  "HeaderFooter.centerFooter": "1.9",
  "HeaderFooter.leftFooter": "1.9",
  "HeaderFooter.rightFooter": "1.9",
  "HeaderFooterGroup.defaultForAllPages": "1.9",
  "PageBreakCollection.add": "1.9",
  "PageBreakCollection.removePageBreaks": "1.9",
  "PageLayout.bottomMargin": "1.9",
  "PageLayout.centerHorizontally": "1.9",
  "PageLayout.footerMargin": "1.9",
  "PageLayout.headerMargin": "1.9",
  "PageLayout.headersFooters": "1.9",
  "PageLayout.leftMargin": "1.9",
  "PageLayout.orientation": "1.9",
  "PageLayout.paperSize": "1.9",
  "PageLayout.rightMargin": "1.9",
  "PageLayout.setPrintArea": "1.9",
  "PageLayout.setPrintTitleRows": "1.9",
  "PageLayout.topMargin": "1.9",
  "PageLayout.zoom": "1.9",
  "PageLayoutZoomOptions.horizontalFitToPages": "1.9",
  "PageLayoutZoomOptions.scale": "1.9",
  "PageLayoutZoomOptions.verticalFitToPages": "1.9",
  "Worksheet.horizontalPageBreaks": "1.9",
  "Worksheet.pageLayout": "1.9",
  // Hyperlinks a planner inserted in a document (readLinks.ts): not read on older hosts.
  "Range.getCellProperties": "1.9",
  "CellPropertiesLoadOptions.hyperlink": "1.9",
  "SettableCellProperties.hyperlink": "1.9",
  // Live re-check (watchEdits.ts): the pane offers it only where supportsExcelApi("1.9") says so.
  "WorksheetCollection.onChanged": "1.9",
  // Checkbox cells (checkboxes.ts): the cells stay TRUE/FALSE on older hosts.
  "Range.control": "1.18",
};

const MANIFEST_MINOR = 8;

interface Use {
  member: string;
  version: string;
  file: string;
  line: number;
  insideIf: boolean;
}

function officeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return officeFiles(p);
    return p.endsWith(".ts") || p.endsWith(".tsx") ? [p] : [];
  });
}

function inOfficeTypes(decl: ts.Declaration): boolean {
  return /[\\/]@types[\\/]office-js[\\/]/.test(decl.getSourceFile().fileName);
}

/** "Excel" when the declaration sits in `declare namespace Excel`, else the namespace name. */
function namespaceOf(decl: ts.Node): string | undefined {
  for (let n: ts.Node | undefined = decl.parent; n; n = n.parent) if (ts.isModuleDeclaration(n)) return n.name.text;
  return undefined;
}

function ownerName(decl: ts.Declaration): string {
  const p = decl.parent;
  if (ts.isClassDeclaration(p) || ts.isInterfaceDeclaration(p)) return p.name?.text ?? "?";
  return namespaceOf(decl) ?? "?";
}

/** Highest ExcelApi 1.x named in the declaration's [Api set: …] annotation; "base" when none. */
function apiSetOf(decl: ts.Declaration): string {
  const text = decl.getFullText();
  const m = /\[Api set: ExcelApi ([^\]]*)\]/.exec(text);
  if (!m) return /\[Api set: /.test(text) ? "other" : "base";
  const versions = [...m[1].matchAll(/1\.(\d+)/g)].map((x) => Number(x[1]));
  return `1.${Math.max(...versions)}`;
}

function collectUses(): Use[] {
  const files = officeFiles(OFFICE_DIR);
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];

  const record = (node: ts.Node, symbol: ts.Symbol | undefined, file: ts.SourceFile) => {
    const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const decl = target?.declarations?.find(inOfficeTypes);
    if (!decl) return;
    const ns = namespaceOf(decl);
    if (ns !== "Excel" && !(ns === "OfficeExtension" && target?.name === "isNullObject")) return;
    let insideIf = false;
    for (let n: ts.Node | undefined = node.parent; n && !ts.isSourceFile(n); n = n.parent) if (ts.isIfStatement(n)) insideIf = true;
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    uses.push({
      member: `${ownerName(decl)}.${target!.name}`,
      version: apiSetOf(decl),
      file: path.relative(ROOT, file.fileName),
      line: line + 1,
      insideIf,
    });
  };

  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(OFFICE_DIR)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) record(node.name, checker.getSymbolAtLocation(node.name), file);
      if (ts.isObjectLiteralExpression(node)) {
        const type = checker.getContextualType(node);
        for (const prop of node.properties) {
          if (!type || !prop.name || !ts.isIdentifier(prop.name)) continue;
          record(prop, type.getNonNullableType().getProperty(prop.name.text) ?? checker.getSymbolAtLocation(prop.name), file);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}

describe("Excel API requirement sets used by src/office", () => {
  let uses: Use[];
  beforeAll(() => {
    uses = collectUses();
  }, 120_000);

  it("finds the Office calls at all (the scan itself works)", () => {
    expect(uses.length).toBeGreaterThan(50);
    expect(uses.some((u) => u.member === "Range.values" && u.file.endsWith("queueOp.ts"))).toBe(true);
  });

  it("uses exactly the listed members, each with the annotation the list records", () => {
    const seen: Record<string, string> = {};
    for (const u of uses) seen[u.member] = u.version;
    const sorted = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
    expect(sorted(seen)).toEqual(sorted(USED));
  });

  it("stays within ExcelApi 1.8 unless the use is feature-detected", () => {
    const problems: string[] = [];
    for (const u of uses) {
      const m = /^1\.(\d+)$/.exec(u.version);
      if (u.version === "base" || (m && Number(m[1]) <= MANIFEST_MINOR)) continue;
      const where = `${u.file}:${u.line} ${u.member} (ExcelApi ${u.version})`;
      if (FEATURE_DETECTED[u.member] !== u.version) problems.push(`${where} is above 1.8`);
      else if (!u.insideIf) problems.push(`${where} is not inside an if`);
      else if (!fs.readFileSync(path.join(ROOT, u.file), "utf8").includes(`"ExcelApi", "${u.version}"`)) {
        problems.push(`${where}: the file does not check ExcelApi ${u.version}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
