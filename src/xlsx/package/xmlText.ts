/**
 * Just enough XML for the few package parts ExcelJS mishandles (defined names, internal
 * links, table headers). These parts are small and regular, so a full parser is not needed.
 */

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return NAMED_ENTITIES[entity] ?? whole;
  });
}

/** Escapes text for an attribute or element; line breaks and tabs survive attribute normalisation. */
export function encodeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

/** Attributes of one start tag's attribute text, decoded; keys keep their prefix ("r:id"). */
export function parseAttributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    out[m[1]] = decodeXml(m[2] ?? m[3] ?? "");
  }
  return out;
}

/** The value of an attribute whatever namespace prefix it carries ("r:id", "id"). */
export function attributeByLocalName(attrs: Record<string, string>, localName: string): string | undefined {
  for (const [key, value] of Object.entries(attrs)) {
    if (key === localName || key.endsWith(`:${localName}`)) return value;
  }
  return undefined;
}

export function renderAttributes(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${encodeXml(v)}"`)
    .join("");
}

/**
 * An element with attributes of its start tag set (or, with undefined, removed), the others and
 * everything after the start tag kept as written. Values go in as given (already encoded).
 */
export function setAttributes(element: string, set: Record<string, string | undefined>): string {
  const tag = /^<[^>]*>/.exec(element)?.[0] ?? element;
  let out = tag;
  for (const [name, value] of Object.entries(set)) {
    const re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
    if (value === undefined) out = out.replace(re, "");
    else if (re.test(out)) out = out.replace(re, ` ${name}="${value}"`);
    else out = out.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
  }
  return out + element.slice(tag.length);
}

export interface XmlElement {
  attrs: Record<string, string>;
  /** Raw (still encoded) content between the tags; "" for a self-closing element. */
  inner: string;
  /** Position of the whole element in the source. */
  start: number;
  end: number;
}

/** Every element with this local name (any prefix), outermost only; not for nested same-name elements. */
export function findElements(xml: string, localName: string): XmlElement[] {
  const re = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?${localName})(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</\\1\\s*>)`, "g");
  const out: XmlElement[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    out.push({ attrs: parseAttributes(m[2]), inner: m[3] ?? "", start: m.index, end: m.index + m[0].length });
  }
  return out;
}
