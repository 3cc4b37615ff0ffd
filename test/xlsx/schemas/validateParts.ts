import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { memoryPages, validateXML } from "xmllint-wasm";

/**
 * Validates the XML parts of .xlsx packages against the ECMA-376 Transitional schemas in
 * ./ooxml, the way a strict consumer (Excel) reads them: after Markup Compatibility processing.
 */

const SCHEMA_DIR = join(__dirname, "ooxml");
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/**
 * One schema that imports every namespace a spreadsheet package's parts have as their root.
 * xml.xsd and the Dublin Core schemas come first: opc-coreProperties.xsd names them by web
 * address, and libxml2 skips an import of a namespace it already has instead of fetching it.
 */
const IMPORTS: [namespace: string, file: string][] = [
  ["http://www.w3.org/XML/1998/namespace", "xml.xsd"],
  ["http://purl.org/dc/elements/1.1/", "dc.xsd"],
  ["http://purl.org/dc/terms/", "dcterms.xsd"],
  ["http://purl.org/dc/dcmitype/", "dcmitype.xsd"],
  ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "sml.xsd"],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "dml-main.xsd"],
  ["http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing", "dml-spreadsheetDrawing.xsd"],
  ["http://schemas.openxmlformats.org/package/2006/content-types", "opc-contentTypes.xsd"],
  ["http://schemas.openxmlformats.org/package/2006/relationships", "opc-relationships.xsd"],
  ["http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "opc-coreProperties.xsd"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "shared-documentPropertiesExtended.xsd"],
  // LibreOffice writes docProps/custom.xml; a splice keeps it.
  ["http://schemas.openxmlformats.org/officeDocument/2006/custom-properties", "shared-documentPropertiesCustom.xsd"],
];

const DRIVER = `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
${IMPORTS.map(([ns, file]) => `  <xsd:import namespace="${ns}" schemaLocation="${file}"/>`).join("\n")}
</xsd:schema>`;

let schemaFiles: { fileName: string; contents: string }[] | undefined;
function schemas(): { fileName: string; contents: string }[] {
  schemaFiles ??= readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith(".xsd"))
    .map((fileName) => ({ fileName, contents: readFileSync(join(SCHEMA_DIR, fileName), "utf8") }));
  return schemaFiles;
}

type Scope = { ns: Map<string, string>; ignorable: Set<string>; dropped: boolean };

const TAG = /<(\/?)([\w.:-]+)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g;
const ATTR = /([\w.:-]+)\s*=\s*("[^"]*"|'[^']*')/g;

/**
 * Markup Compatibility as a consumer that understands none of the extensions: elements and
 * attributes in an `mc:Ignorable` namespace go, `mc:*` attributes go, an `mc:AlternateContent`
 * becomes its `mc:Fallback`. Microsoft's extension namespaces have no public schemas.
 */
export function withoutExtensions(xml: string): string {
  const out: string[] = [];
  const stack: Scope[] = [{ ns: new Map([["xml", "http://www.w3.org/XML/1998/namespace"]]), ignorable: new Set(), dropped: false }];
  let last = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const top = stack[stack.length - 1];
    if (!top.dropped) out.push(xml.slice(last, m.index));
    last = m.index + m[0].length;
    if (!m[2]) {
      if (!top.dropped && m[0].startsWith("<?xml ")) out.push(m[0]);
      continue;
    }
    const [, closing, name, attrText = "", selfClosing] = m;
    if (closing) {
      const scope = stack.pop()!;
      if (!scope.dropped && !isTransparent(name, scope.ns)) out.push(m[0]);
      continue;
    }
    const attrs = [...attrText.matchAll(ATTR)].map((a) => ({ name: a[1], value: a[2].slice(1, -1), raw: a[0] }));
    const ns = new Map(top.ns);
    for (const a of attrs) {
      if (a.name === "xmlns") ns.set("", a.value);
      else if (a.name.startsWith("xmlns:")) ns.set(a.name.slice(6), a.value);
    }
    const ignorable = new Set(top.ignorable);
    for (const a of attrs) {
      if (namespaceOf(a.name, ns, false) === MC && localName(a.name) === "Ignorable")
        for (const prefix of a.value.split(/\s+/).filter(Boolean)) if (ns.has(prefix)) ignorable.add(ns.get(prefix)!);
    }
    const elementNs = namespaceOf(name, ns, true);
    const dropped = top.dropped || ignorable.has(elementNs ?? "") || (elementNs === MC && localName(name) === "Choice");
    const scope: Scope = { ns, ignorable, dropped };
    if (!dropped && !isTransparent(name, ns)) {
      const kept = attrs.filter((a) => {
        if (a.name === "xmlns" || a.name.startsWith("xmlns:")) return true;
        const attrNs = namespaceOf(a.name, ns, false);
        return attrNs !== MC && !ignorable.has(attrNs ?? "");
      });
      out.push(`<${name}${kept.map((a) => ` ${a.raw}`).join("")}${selfClosing}>`);
    }
    if (!selfClosing) stack.push(scope);
  }
  out.push(xml.slice(last));
  return out.join("");
}

function localName(qname: string): string {
  return qname.slice(qname.indexOf(":") + 1);
}

function namespaceOf(qname: string, ns: Map<string, string>, isElement: boolean): string | undefined {
  const colon = qname.indexOf(":");
  if (colon < 0) return isElement ? ns.get("") : undefined;
  return ns.get(qname.slice(0, colon));
}

function isTransparent(name: string, ns: Map<string, string>): boolean {
  return namespaceOf(name, ns, true) === MC && ["AlternateContent", "Fallback"].includes(localName(name));
}

/**
 * Excel writes `xml:space="preserve"` on every text (<t>) with spaces at either end, and reads
 * it; the published schemas declare <t> as plain text that takes no attributes. Only that
 * attribute, on that element, is set aside.
 */
function withoutSpacePreserve(xml: string): string {
  return xml.replace(/(<(?:[\w.-]+:)?t(?=[\s/>])[^>]*?)\s+xml:space="preserve"/g, "$1");
}

export interface SchemaReport {
  /** Every XML part checked, as "label:part". */
  validated: string[];
  /** Parts no schema here covers (VML drawings), as "label:part". */
  skipped: string[];
  /** Validation errors, as "label:part:line: message". */
  errors: string[];
}

/** Validates every XML part of each package (label → .xlsx bytes) in one xmllint run. */
export async function validatePackages(packages: Record<string, Uint8Array>): Promise<SchemaReport> {
  const files: { fileName: string; contents: string }[] = [];
  const partOf = new Map<string, string>();
  const skipped: string[] = [];
  const validated: string[] = [];
  const queued = new Set<string>();
  for (const [label, data] of Object.entries(packages)) {
    const zip = await JSZip.loadAsync(data);
    for (const part of Object.keys(zip.files).sort()) {
      if (zip.files[part].dir) continue;
      if (part.endsWith(".vml")) skipped.push(`${label}:${part}`);
      if (!/\.(xml|rels)$/.test(part)) continue;
      const contents = withoutSpacePreserve(withoutExtensions(await zip.files[part].async("string")));
      validated.push(`${label}:${part}`);
      // A part several packages share (the planner's own sheets, copied through) is checked once.
      if (queued.has(contents)) continue;
      queued.add(contents);
      const fileName = `${files.length}_${part.replace(/[^\w.]/g, "_")}`;
      partOf.set(fileName, `${label}:${part}`);
      files.push({ fileName, contents });
    }
  }
  const result = await validateXML({
    xml: files,
    schema: [{ fileName: "ooxml-package.xsd", contents: DRIVER }],
    preload: schemas(),
    maxMemoryPages: memoryPages.GiB,
  });
  const errors = result.errors
    .filter((e) => !/ validates$| fails to validate$|Schemas parser warning/.test(e.rawMessage))
    .map((e) => (e.loc ? `${partOf.get(e.loc.fileName) ?? e.loc.fileName}:${e.loc.lineNumber}: ${e.message}` : e.rawMessage));
  if (!result.valid && errors.length === 0) errors.push(result.rawOutput);
  return { validated, skipped, errors };
}
