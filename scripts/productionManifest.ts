/**
 * The production manifest: the development manifest (manifest.xml, every URL under
 * https://localhost:3000/) with every URL moved under the base the built pane is hosted at.
 */

/** Every URL of the development manifest starts with this. */
export const DEV_BASE = "https://localhost:3000/";

/** A base Office would refuse, or that would not reach the pane from another machine. */
export class HostingUrlError extends Error {}

/** Hosts that only ever mean the machine the manifest is opened on. */
const LOCAL_HOST = /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$/i;

/**
 * The hosting base as a URL ending in "/": https (Office loads add-ins over https only), a host
 * other than this machine, no query, fragment or credentials.
 */
export function hostingBase(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new HostingUrlError(
      `"${text}" is not a URL: give the https address the built pane (dist/) is served from, e.g. https://example.org/huiwu/`,
    );
  }
  if (url.protocol !== "https:") throw new HostingUrlError(`${url.href} is not https: Office loads add-ins only over https`);
  if (LOCAL_HOST.test(url.hostname)) {
    throw new HostingUrlError(`${url.href} is this machine: the development manifest (manifest.xml, npm start) already serves it`);
  }
  if (url.search || url.hash) throw new HostingUrlError(`${url.href} has a query or fragment: give the folder the pane is served from`);
  if (url.username || url.password) throw new HostingUrlError(`the address carries a user name or password: give the plain https address`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

/** The development manifest with every URL under `base`, and the app domain its origin. */
export function productionManifest(devXml: string, base: URL): string {
  if (!devXml.includes(DEV_BASE)) throw new Error(`the development manifest has no URL under ${DEV_BASE}`);
  const origin = new URL(DEV_BASE).origin;
  const moved = devXml
    .split(DEV_BASE)
    .join(escapeXml(base.href))
    .split(`<AppDomain>${origin}</AppDomain>`)
    .join(`<AppDomain>${escapeXml(base.origin)}</AppDomain>`);
  // Nothing may still point at the development server.
  if (moved.includes("localhost")) throw new Error("the production manifest still names localhost");
  return moved;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
