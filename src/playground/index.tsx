import { createRoot } from "react-dom/client";
import { startTableWorker } from "../taskpane/startTableWorker";
import { browserLang } from "./browserLang";
import { loadPane, Pane } from "./loadPane";
import { loadWorkbook } from "./loadWorkbook";
import { Playground } from "./Playground";
import { SAMPLES } from "./sampleWorkbooks";
import { saveBytes } from "./saveBytes";
import { playgroundStrings } from "./strings";

/** Sample bytes from the page's own origin (the policy allows no other). */
async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The pane's chunk is fetched with the adapter's, not after the workbook has opened. */
function openWorkbook(bytes: Uint8Array, fileName: string) {
  void loadPane();
  return loadWorkbook(bytes, fileName);
}

/** localStorage, or nothing where the browser refuses it (storage blocked for the site). */
function browserPrefs(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

// The only place where the playground meets the browser: everything below gets plain functions.
function start(): void {
  const lang = browserLang(navigator.language);
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.title = playgroundStrings(lang).title;
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <Playground
      lang={lang}
      openWorkbook={openWorkbook}
      samples={SAMPLES}
      fetchBytes={fetchBytes}
      saveFile={(bytes, name) => saveBytes(bytes, name)}
      renderPane={(host, dark) => <Pane host={host} dark={dark} />}
      startWorker={startTableWorker}
      prefs={browserPrefs()}
      initialDark={window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false}
    />,
  );
}

start();
