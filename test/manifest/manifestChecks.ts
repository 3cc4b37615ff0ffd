/**
 * Offline versions of what Office's manifest validator checks. Each check returns the
 * problems it found (empty = fine), so it can be run against broken manifests too.
 */
import { child, childrenNamed, descendants, path, type XmlNode } from "./xmlTree";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FOUR_PART_VERSION = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/;

/** Order of the OfficeApp children that the 1.1 schema's sequence requires (TaskPaneApp). */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];

export function checkIdentity(root: XmlNode): string[] {
  const problems: string[] = [];
  if (root.name !== "OfficeApp" || root.attrs["xsi:type"] !== "TaskPaneApp") problems.push("root is not a TaskPaneApp OfficeApp");
  const id = child(root, "Id")?.text ?? "";
  if (!GUID.test(id)) problems.push(`Id "${id}" is not a GUID`);
  const version = child(root, "Version")?.text ?? "";
  const m = FOUR_PART_VERSION.exec(version);
  if (!m || m.slice(1).some((p) => Number(p) > 65535)) problems.push(`Version "${version}" is not four-part n.n.n.n`);
  if (!child(root, "ProviderName")?.text) problems.push("ProviderName is empty");
  if (child(root, "DefaultLocale")?.text !== "en-US") problems.push("DefaultLocale is not en-US");
  if (child(root, "Permissions")?.text !== "ReadWriteDocument") problems.push("Permissions is not ReadWriteDocument");
  return problems;
}

export function checkElementOrder(root: XmlNode): string[] {
  const names = root.children.map((c) => c.name);
  const unknown = names.filter((n) => !OFFICE_APP_ORDER.includes(n));
  if (unknown.length) return [`unknown OfficeApp elements: ${unknown.join(", ")}`];
  const positions = names.map((n) => OFFICE_APP_ORDER.indexOf(n));
  for (let i = 1; i < positions.length; i++) {
    if (positions[i] < positions[i - 1]) return [`${names[i]} must come before ${names[i - 1]}`];
  }
  return [];
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

/** Every URL in the manifest (attribute or text) except XML namespace declarations. */
export function allUrls(root: XmlNode): string[] {
  const urls: string[] = [];
  for (const node of descendants(root)) {
    for (const [key, value] of Object.entries(node.attrs)) {
      if (key === "xmlns" || key.startsWith("xmlns:")) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(value) && value.includes("//")) urls.push(value);
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(node.text)) urls.push(node.text);
  }
  return urls;
}

export function checkUrls(root: XmlNode): string[] {
  const problems = allUrls(root)
    .filter((u) => !isHttpsUrl(u))
    .map((u) => `not an https URL: ${u}`);
  // Fields that must hold a URL, whatever it looks like.
  const required: [string, string | undefined][] = [
    ["IconUrl", child(root, "IconUrl")?.attrs.DefaultValue],
    ["HighResolutionIconUrl", child(root, "HighResolutionIconUrl")?.attrs.DefaultValue],
    ["SupportUrl", child(root, "SupportUrl")?.attrs.DefaultValue],
    ["SourceLocation", path(root, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue],
    ...childrenNamed(child(root, "AppDomains"), "AppDomain").map((d): [string, string] => ["AppDomain", d.text]),
    ...resourceEntries(root)
      .filter((r) => r.kind === "Images" || r.kind === "Urls")
      .map((r): [string, string] => [r.id, r.value]),
  ];
  for (const [what, value] of required) {
    if (!value || !isHttpsUrl(value)) problems.push(`${what} is not an https URL: ${value ?? "(missing)"}`);
  }
  return [...new Set(problems)];
}

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

export interface ResourceEntry {
  kind: ResourceKind;
  id: string;
  value: string;
  overrides: Record<string, string>;
}

export function resourceEntries(root: XmlNode): ResourceEntry[] {
  const resources = path(root, "VersionOverrides", "Resources");
  const entries: ResourceEntry[] = [];
  for (const group of resources?.children ?? []) {
    for (const item of group.children) {
      const overrides: Record<string, string> = {};
      for (const o of childrenNamed(item, "Override")) overrides[o.attrs.Locale] = o.attrs.Value;
      entries.push({ kind: group.name as ResourceKind, id: item.attrs.id, value: item.attrs.DefaultValue ?? "", overrides });
    }
  }
  return entries;
}

/** The resource kind an element's resid must point at. */
function expectedKind(elementName: string): ResourceKind | undefined {
  if (elementName === "Image") return "Images";
  if (elementName === "SourceLocation" || elementName === "LearnMoreUrl") return "Urls";
  if (elementName === "Label" || elementName === "Title") return "ShortStrings";
  if (elementName === "Description") return "LongStrings";
  return undefined;
}

const MAX_LENGTH: Partial<Record<ResourceKind, number>> = { ShortStrings: 125, LongStrings: 250 };

export function checkResources(root: XmlNode): string[] {
  const problems: string[] = [];
  const entries = resourceEntries(root);
  const byId = new Map<string, ResourceEntry>();
  for (const e of entries) {
    if (byId.has(e.id)) problems.push(`duplicate resource id ${e.id}`);
    byId.set(e.id, e);
    const max = MAX_LENGTH[e.kind];
    for (const text of [e.value, ...Object.values(e.overrides)]) {
      if (max && text.length > max) problems.push(`${e.id} is longer than ${max} characters`);
    }
  }
  const overrides = child(root, "VersionOverrides");
  for (const node of overrides ? descendants(overrides) : []) {
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    const entry = byId.get(resid);
    if (!entry) {
      problems.push(`resid "${resid}" on <${node.name}> has no resource`);
      continue;
    }
    const kind = expectedKind(node.name);
    if (kind && entry.kind !== kind) problems.push(`resid "${resid}" on <${node.name}> is ${entry.kind}, expected ${kind}`);
  }
  return problems;
}

export function checkLocales(root: XmlNode, locale = "zh-CN"): string[] {
  const problems: string[] = [];
  for (const name of ["DisplayName", "Description"]) {
    const node = child(root, name);
    if (!node?.attrs.DefaultValue) problems.push(`${name} has no en-US DefaultValue`);
    const override = childrenNamed(node, "Override").find((o) => o.attrs.Locale === locale);
    if (!override?.attrs.Value) problems.push(`${name} has no ${locale} override`);
  }
  for (const e of resourceEntries(root)) {
    if (e.kind !== "ShortStrings" && e.kind !== "LongStrings") continue;
    if (!e.value) problems.push(`${e.id} has no en-US DefaultValue`);
    if (!e.overrides[locale]) problems.push(`${e.id} has no ${locale} override`);
  }
  return problems;
}

export function checkHostAndRequirements(root: XmlNode): string[] {
  const problems: string[] = [];
  const hosts = childrenNamed(child(root, "Hosts"), "Host").map((h) => h.attrs.Name);
  if (hosts.join() !== "Workbook") problems.push(`Hosts are [${hosts.join(", ")}], expected [Workbook]`);
  const sets = childrenNamed(path(root, "Requirements", "Sets"), "Set");
  const excel = sets.find((s) => s.attrs.Name === "ExcelApi");
  if (!excel) problems.push("Requirements do not name ExcelApi");
  else if (excel.attrs.MinVersion !== "1.8") problems.push(`ExcelApi MinVersion is ${excel.attrs.MinVersion}, expected 1.8`);
  const overrideHosts = childrenNamed(path(root, "VersionOverrides", "Hosts"), "Host").map((h) => h.attrs["xsi:type"]);
  if (overrideHosts.join() !== "Workbook") problems.push(`VersionOverrides hosts are [${overrideHosts.join(", ")}]`);
  return problems;
}

/** The controls on the Home tab's custom group, with their resolved icon sizes. */
export function checkRibbon(root: XmlNode): string[] {
  const problems: string[] = [];
  const host = path(root, "VersionOverrides", "Hosts", "Host", "DesktopFormFactor");
  const point = childrenNamed(host, "ExtensionPoint").find((p) => p.attrs["xsi:type"] === "PrimaryCommandSurface");
  const tab = child(point, "OfficeTab");
  if (tab?.attrs.id !== "TabHome") problems.push("no custom group on the Home tab (OfficeTab id TabHome)");
  const group = child(tab, "Group");
  if (!group) return [...problems, "no ribbon group"];
  const controls = childrenNamed(group, "Control");
  const showTaskpane = controls.filter((c) => child(c, "Action")?.attrs["xsi:type"] === "ShowTaskpane");
  if (showTaskpane.length === 0) problems.push("no button whose Action is ShowTaskpane");
  for (const c of showTaskpane) {
    const action = child(c, "Action");
    if (!child(action, "TaskpaneId")?.text) problems.push(`button ${c.attrs.id} has no TaskpaneId`);
    if (!child(action, "SourceLocation")?.attrs.resid) problems.push(`button ${c.attrs.id} has no SourceLocation`);
    if (!child(c, "Label")?.attrs.resid) problems.push(`button ${c.attrs.id} has no Label`);
    if (!path(c, "Supertip", "Description")?.attrs.resid) problems.push(`button ${c.attrs.id} has no tooltip`);
  }
  for (const owner of [group, ...controls]) {
    const sizes = childrenNamed(child(owner, "Icon"), "Image").map((i) => i.attrs.size);
    for (const size of ["16", "32", "80"]) {
      if (!sizes.includes(size)) problems.push(`${owner.attrs.id} has no ${size}px icon`);
    }
  }
  return problems;
}

export interface IconReference {
  url: string;
  size: number;
}

/** Every icon the manifest points at, with the pixel size Office expects it to have. */
export function iconReferences(root: XmlNode): IconReference[] {
  const refs: IconReference[] = [];
  const icon = child(root, "IconUrl")?.attrs.DefaultValue;
  if (icon) refs.push({ url: icon, size: 32 });
  const highRes = child(root, "HighResolutionIconUrl")?.attrs.DefaultValue;
  if (highRes) refs.push({ url: highRes, size: 64 });
  const images = new Map(
    resourceEntries(root)
      .filter((e) => e.kind === "Images")
      .map((e) => [e.id, e.value]),
  );
  const overrides = child(root, "VersionOverrides");
  for (const node of overrides ? descendants(overrides) : []) {
    if (node.name !== "Image" || !node.attrs.size || !node.attrs.resid) continue;
    const url = images.get(node.attrs.resid);
    if (url) refs.push({ url, size: Number(node.attrs.size) });
  }
  return refs;
}

/** The task pane page: the default SourceLocation and every ShowTaskpane button's. */
export function sourceLocations(root: XmlNode): string[] {
  const urls = new Map(
    resourceEntries(root)
      .filter((e) => e.kind === "Urls")
      .map((e) => [e.id, e.value]),
  );
  const found: string[] = [];
  const main = path(root, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue;
  if (main) found.push(main);
  for (const node of descendants(root)) {
    if (node.name === "Action" && node.attrs["xsi:type"] === "ShowTaskpane") {
      const url = urls.get(child(node, "SourceLocation")?.attrs.resid ?? "");
      if (url) found.push(url);
    }
  }
  return found;
}

/** Every offline check at once: what a manifest someone deploys must pass. */
export function offlineProblems(root: XmlNode): string[] {
  return [
    ...checkIdentity(root),
    ...checkElementOrder(root),
    ...checkUrls(root),
    ...checkResources(root),
    ...checkLocales(root),
    ...checkHostAndRequirements(root),
    ...checkRibbon(root),
  ];
}
