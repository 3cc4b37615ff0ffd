import { isDarkColor, isExcelHost, langFromTag, officeLanguage, officeThemeIsDark, supportsExcelApi } from "../../src/office/host";

interface OfficeStub {
  displayLanguage?: string;
  officeTheme?: { bodyBackgroundColor?: string };
  /** Highest ExcelApi 1.x minor version the host supports. */
  excelApiMinor?: number;
  isSetSupported?: (set: string, version: string) => boolean;
}

const globals = globalThis as { Office?: unknown };

/** Just the parts of Office.js that host.ts reads. */
function stubOffice(stub: OfficeStub = {}): void {
  const minor = stub.excelApiMinor ?? 8;
  globals.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    context: {
      displayLanguage: stub.displayLanguage,
      officeTheme: stub.officeTheme,
      requirements: {
        isSetSupported:
          stub.isSetSupported ?? ((set: string, version: string) => set === "ExcelApi" && Number(version.split(".")[1]) <= minor),
      },
    },
  };
}

afterEach(() => {
  delete globals.Office;
});

describe("officeLanguage", () => {
  it.each([
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["en-US", "en"],
    ["fr-FR", "en"],
  ])("speaks the pane's language for Office in %s", (displayLanguage, lang) => {
    stubOffice({ displayLanguage });
    expect(officeLanguage()).toBe(lang);
  });

  it("falls back to English when Office does not say, or is not there", () => {
    stubOffice({});
    expect(officeLanguage()).toBe("en");
    delete globals.Office;
    expect(officeLanguage()).toBe("en");
  });

  it("reads any Chinese tag, whatever its case or spacing", () => {
    expect(langFromTag(" ZH-hk")).toBe("zh");
    expect(langFromTag("zh")).toBe("zh");
    expect(langFromTag("en-ZH")).toBe("en");
    expect(langFromTag(null)).toBe("en");
  });
});

describe("officeThemeIsDark", () => {
  it("follows Office's body background", () => {
    stubOffice({ officeTheme: { bodyBackgroundColor: "#1F1F1F" } });
    expect(officeThemeIsDark()).toBe(true);
    stubOffice({ officeTheme: { bodyBackgroundColor: "#ffffff" } });
    expect(officeThemeIsDark()).toBe(false);
  });

  it("is light where Office gives no theme, or is not there", () => {
    stubOffice({});
    expect(officeThemeIsDark()).toBe(false);
    stubOffice({ officeTheme: {} });
    expect(officeThemeIsDark()).toBe(false);
    delete globals.Office;
    expect(officeThemeIsDark()).toBe(false);
  });

  it("puts the line between dark and light at half brightness", () => {
    expect(isDarkColor("#7f7f7f")).toBe(true);
    expect(isDarkColor("#808080")).toBe(false);
    expect(isDarkColor("0000ff")).toBe(true); // pure blue looks dark
    expect(isDarkColor("#00ff00")).toBe(false);
    expect(isDarkColor("black")).toBe(false); // not a colour it can read: light
    expect(isDarkColor("#000")).toBe(false);
  });
});

describe("isExcelHost", () => {
  it("is true in Excel only", () => {
    stubOffice();
    expect(isExcelHost({ host: Office.HostType.Excel })).toBe(true);
    expect(isExcelHost({ host: Office.HostType.Word })).toBe(false);
    expect(isExcelHost({ host: null })).toBe(false);
    expect(isExcelHost(null)).toBe(false);
  });

  it("is false in a plain browser without Office at all", () => {
    expect(typeof Office).toBe("undefined");
    expect(isExcelHost({ host: null })).toBe(false);
  });
});

describe("supportsExcelApi", () => {
  it("asks Office about the ExcelApi set", () => {
    stubOffice({ excelApiMinor: 9 });
    expect(supportsExcelApi("1.8")).toBe(true);
    expect(supportsExcelApi("1.9")).toBe(true);
    expect(supportsExcelApi("1.10")).toBe(false);
  });

  it("says no when Office cannot tell", () => {
    stubOffice({
      isSetSupported: () => {
        throw new Error("requirements not ready");
      },
    });
    expect(supportsExcelApi("1.8")).toBe(false);
    delete globals.Office;
    expect(supportsExcelApi("1.8")).toBe(false);
  });
});
