/** A small ordered XML tree over xml2js (the parser office-addin-manifest itself uses). */

// xml2js ships no types; only parseStringPromise is used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const xml2js: { parseStringPromise(xml: string, options: object): Promise<Record<string, RawNode>> } = require("xml2js");

interface RawNode {
  "#name": string;
  $?: Record<string, string>;
  _?: string;
  $$?: RawNode[];
}

export interface XmlNode {
  /** Name without namespace prefix: "bt:Image" → "Image". */
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
}

function convert(raw: RawNode): XmlNode {
  const qualified = raw["#name"];
  return {
    name: qualified.includes(":") ? qualified.slice(qualified.indexOf(":") + 1) : qualified,
    attrs: raw.$ ?? {},
    text: (raw._ ?? "").trim(),
    children: (raw.$$ ?? []).map(convert),
  };
}

export async function parseXml(xml: string): Promise<XmlNode> {
  const parsed = await xml2js.parseStringPromise(xml, { explicitChildren: true, preserveChildrenOrder: true });
  const rootName = Object.keys(parsed)[0];
  return convert({ ...parsed[rootName], "#name": rootName });
}

/** Direct children with this name. */
export function childrenNamed(node: XmlNode | undefined, name: string): XmlNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return childrenNamed(node, name)[0];
}

/** Follows a path of child names: path(root, "DefaultSettings", "SourceLocation"). */
export function path(node: XmlNode | undefined, ...names: string[]): XmlNode | undefined {
  return names.reduce<XmlNode | undefined>((n, name) => child(n, name), node);
}

/** Every node below (and including) this one, depth first. */
export function descendants(node: XmlNode): XmlNode[] {
  return [node, ...node.children.flatMap(descendants)];
}
