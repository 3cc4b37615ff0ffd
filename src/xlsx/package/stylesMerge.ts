import { decodeXml, encodeXml, findElements, setAttributes, type XmlElement } from "./xmlText";
import { unsupported } from "./spliceUnsupported";

/**
 * The opened file's styles.xml, growing by the formats the spliced cells need. Cells keep the
 * indices they had: entries are only ever appended (an entry already there, character for
 * character, is used again, so saving the same sheets twice adds nothing the second time).
 */
export interface StylesEdit {
  /** Appends what a package rendered by ExcelJS uses; returns its cellXfs indices in the merged list. */
  mergeRendered(renderedXml: string): number[];
  /** The cellXfs index of a format like `base` (the opened file's index; undefined: the default) with number format `code`. */
  withNumberFormat(base: number | undefined, code: string): number;
  /** Whether anything was appended. */
  changed(): boolean;
  render(): string;
}

type Section = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs";
const CHILD: Record<Section, string> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellXfs: "xf" };
const SECTIONS = Object.keys(CHILD) as Section[];

/** The children of one section as raw XML, in order. */
function children(xml: string, section: Section): string[] | undefined {
  const block = findElements(xml, section)[0];
  if (!block) return undefined;
  return findElements(block.inner, CHILD[section]).map((el) => block.inner.slice(el.start, el.end));
}

function startTag(raw: string): string {
  return /^<[^>]*>/.exec(raw)![0];
}

function attrsOf(raw: string): Record<string, string> {
  return (
    findElements(
      startTag(raw).replace(/\/?>$/, "/>"),
      startTag(raw)
        .slice(1)
        .split(/[\s/>]/)[0],
    )[0]?.attrs ?? {}
  );
}

class List {
  readonly items: string[];
  readonly appended: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(items: string[]) {
    this.items = items;
    items.forEach((raw, i) => {
      if (!this.index.has(raw)) this.index.set(raw, i);
    });
  }
  /** The index of this entry, appended when it is not there yet. */
  add(raw: string): number {
    const known = this.index.get(raw);
    if (known !== undefined) return known;
    const at = this.items.length + this.appended.length;
    this.appended.push(raw);
    this.index.set(raw, at);
    return at;
  }
  at(i: number): string | undefined {
    return i < this.items.length ? this.items[i] : this.appended[i - this.items.length];
  }
}

const FIRST_CUSTOM_FORMAT = 164;

export function editStyles(xml: string): StylesEdit {
  if (!/<styleSheet[\s>]/.test(xml)) unsupported("styles.xml is not in the form the splice reads");
  const lists = {} as Record<Exclude<Section, "numFmts">, List>;
  for (const section of ["fonts", "fills", "borders", "cellXfs"] as const) {
    const items = children(xml, section);
    if (!items) unsupported(`styles.xml has no <${section}>`);
    lists[section] = new List(items);
  }
  // Number formats by code; new ones get ids after every id in use.
  const formats = new Map<string, number>();
  const appendedFormats: string[] = [];
  let lastId = FIRST_CUSTOM_FORMAT - 1;
  for (const raw of children(xml, "numFmts") ?? []) {
    const a = attrsOf(raw);
    const id = Number(a.numFmtId);
    if (!Number.isInteger(id)) continue;
    if (!formats.has(a.formatCode ?? "")) formats.set(a.formatCode ?? "", id);
    lastId = Math.max(lastId, id);
  }
  const formatId = (code: string): number => {
    if (code === "General") return 0;
    const known = formats.get(code);
    if (known !== undefined) return known;
    const id = ++lastId;
    formats.set(code, id);
    appendedFormats.push(`<numFmt numFmtId="${id}" formatCode="${encodeXml(code)}"/>`);
    return id;
  };

  return {
    mergeRendered(renderedXml) {
      const dxfs = findElements(renderedXml, "dxfs")[0];
      if (dxfs && findElements(dxfs.inner, "dxf").length > 0)
        unsupported("the rendered sheets use differential formats (conditional formatting)");
      const ownFormats = new Map<number, string>();
      for (const raw of children(renderedXml, "numFmts") ?? []) {
        const a = attrsOf(raw);
        ownFormats.set(Number(a.numFmtId), a.formatCode ?? "");
      }
      const map = (section: "fonts" | "fills" | "borders") => (children(renderedXml, section) ?? []).map((raw) => lists[section].add(raw));
      const fonts = map("fonts");
      const fills = map("fills");
      const borders = map("borders");
      return (children(renderedXml, "cellXfs") ?? []).map((raw) => {
        const a = attrsOf(raw);
        const own = Number(a.numFmtId ?? 0);
        const code = ownFormats.get(own);
        const set: Record<string, string> = { xfId: "0" };
        if (a.numFmtId !== undefined) set.numFmtId = String(code !== undefined && own >= FIRST_CUSTOM_FORMAT ? formatId(code) : own);
        if (a.fontId !== undefined) set.fontId = String(fonts[Number(a.fontId)] ?? 0);
        if (a.fillId !== undefined) set.fillId = String(fills[Number(a.fillId)] ?? 0);
        if (a.borderId !== undefined) set.borderId = String(borders[Number(a.borderId)] ?? 0);
        return lists.cellXfs.add(setAttributes(raw, set));
      });
    },

    withNumberFormat(base, code) {
      const raw = lists.cellXfs.at(base ?? 0) ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
      const id = formatId(code);
      if (Number(attrsOf(raw).numFmtId ?? 0) === id) return base ?? 0;
      return lists.cellXfs.add(setAttributes(raw, { numFmtId: String(id), applyNumberFormat: "1" }));
    },

    changed() {
      return appendedFormats.length > 0 || Object.values(lists).some((l) => l.appended.length > 0);
    },

    render() {
      let out = xml;
      const appended: Record<Section, string[]> = {
        numFmts: appendedFormats,
        fonts: lists.fonts.appended,
        fills: lists.fills.appended,
        borders: lists.borders.appended,
        cellXfs: lists.cellXfs.appended,
      };
      for (const section of SECTIONS) {
        if (appended[section].length === 0) continue;
        const block: XmlElement | undefined = findElements(out, section)[0];
        if (!block) {
          // Only <numFmts> can be missing (checked above); it comes first in the style sheet.
          const root = /<styleSheet\b[^>]*>/.exec(out)!;
          const at = root.index + root[0].length;
          out = `${out.slice(0, at)}<numFmts count="${appended.numFmts.length}">${appended.numFmts.join("")}</numFmts>${out.slice(at)}`;
          continue;
        }
        const raw = out.slice(block.start, block.end);
        const count = findElements(block.inner, CHILD[section]).length + appended[section].length;
        const open = setAttributes(startTag(raw).replace(/\s*\/>$/, ">"), { count: String(count) });
        out = `${out.slice(0, block.start)}${open}${block.inner}${appended[section].join("")}</${section}>${out.slice(block.end)}`;
      }
      return out;
    },
  };
}

/** The number format code a cellXfs entry of the merged list has (for tests and checks). */
export function formatCodeOf(stylesXml: string, xfIndex: number): string {
  const xf = children(stylesXml, "cellXfs")?.[xfIndex];
  const id = Number(xf ? attrsOf(xf).numFmtId : 0);
  const custom = (children(stylesXml, "numFmts") ?? []).map(attrsOf).find((a) => Number(a.numFmtId) === id);
  return custom ? decodeXml(custom.formatCode ?? "") : String(id);
}
