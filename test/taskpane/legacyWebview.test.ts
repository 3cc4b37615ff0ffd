import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { JSDOM, ResourceLoader } from "jsdom";
import { isLegacyWebview } from "../../src/taskpane/legacyWebview";

const ROOT = join(__dirname, "..", "..");
const HTML = readFileSync(join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");

const USER_AGENTS = {
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
  edgeLegacy:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
  webView2:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.68",
  macWebKit: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
};

/** Sets the user agent but loads nothing from the network (office.js is skipped). */
class OfflineLoader extends ResourceLoader {
  override fetch(): null {
    return null;
  }
}

/** Loads the real taskpane.html, running its inline scripts as a webview would. */
function openPane(userAgent: string, language = "en-US"): JSDOM {
  return new JSDOM(HTML, {
    runScripts: "dangerously",
    resources: new OfflineLoader({ userAgent }),
    beforeParse(window) {
      Object.defineProperty(window.navigator, "language", { value: language });
    },
  });
}

function rootText(dom: JSDOM): string {
  return dom.window.document.getElementById("root")?.textContent ?? "";
}

describe("taskpane.html on old webviews", () => {
  test.each([
    ["Internet Explorer 11", USER_AGENTS.ie11],
    ["Edge Legacy (EdgeHTML)", USER_AGENTS.edgeLegacy],
  ])("%s gets the bilingual message and the app is not started", (_name, ua) => {
    const dom = openPane(ua);
    const text = rootText(dom);
    expect(text).toContain("Huiwu cannot run in this version of Office");
    expect(text).toContain("会务助手无法在此版本的 Office 中运行");
    for (const works of ["Microsoft 365", "Office 2021", "Office 2019", "WebView2", "Excel on the web", "Excel for Mac"]) {
      expect(text).toContain(works);
    }
    expect(text).toContain("huiwu");
    expect(text).not.toContain("Loading…");
    // The flag the bundle checks before it starts anything.
    expect(isLegacyWebview(dom.window)).toBe(true);
  });

  test.each([
    ["WebView2", USER_AGENTS.webView2],
    ["Safari/WebKit on Mac", USER_AGENTS.macWebKit],
  ])("%s gets the pane, not the message", (_name, ua) => {
    const dom = openPane(ua);
    expect(rootText(dom)).toBe("Loading… 正在加载…");
    expect(isLegacyWebview(dom.window)).toBe(false);
  });

  test("the message leads with Chinese when the webview's language is Chinese", () => {
    const zh = rootText(openPane(USER_AGENTS.ie11, "zh-CN"));
    expect(zh.indexOf("会务助手")).toBeLessThan(zh.indexOf("Huiwu"));
    const en = rootText(openPane(USER_AGENTS.ie11, "en-GB"));
    expect(en.indexOf("Huiwu")).toBeLessThan(en.indexOf("会务助手"));
  });

  test("the detection script is plain ES5, so Internet Explorer can parse it", () => {
    const dom = new JSDOM(HTML);
    const script = dom.window.document.getElementById("legacy-webview-check")?.textContent ?? "";
    expect(script).toContain("Trident/");
    expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
    expect(() => parse("(() => 1)()", { ecmaVersion: 5 })).toThrow();
  });

  test("the page declares UTF-8 and runs the check before the bundle", async () => {
    const doc = new JSDOM(HTML).window.document;
    expect(doc.querySelector("meta[charset]")?.getAttribute("charset")?.toLowerCase()).toBe("utf-8");
    const scripts = [...doc.querySelectorAll("script")];
    expect(scripts.map((s) => s.getAttribute("src") ?? s.id)).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "legacy-webview-check",
    ]);
    // webpack appends the bundle at the end of <body>, after the check, and defers it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require(join(ROOT, "webpack.config.js"));
    const configs: { name: string; plugins: object[] }[] = await factory({ WEBPACK_BUILD: true }, { mode: "production" });
    const config = configs.find((c) => c.name === "pane")!;
    const page = config.plugins.find(
      (p): p is HtmlWebpackPlugin => p instanceof HtmlWebpackPlugin && p.userOptions.filename === "taskpane.html",
    );
    expect(page?.userOptions.inject).toBe("body");
    expect(page?.userOptions.scriptLoading).toBe("defer");
  });
});
