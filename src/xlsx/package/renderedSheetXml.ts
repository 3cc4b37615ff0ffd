import { unsupported } from "./spliceUnsupported";

/**
 * A sheet part ExcelJS rendered in a workbook of its own (renderSheets.ts), made to fit into the
 * opened file: its style indices become those of the merged styles.xml (stylesMerge.ts) and its
 * shared strings are written into the cells as inline strings, so the file's sharedStrings.xml
 * (a large part for a large roster) is copied as it is.
 */

/** The <si> entries of a sharedStrings.xml ExcelJS wrote, as the XML inside each. */
export function sharedStringItems(sstXml: string | undefined): string[] {
  if (!sstXml) return [];
  return [...sstXml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? "");
}

function mapStyle(xfMap: readonly number[], s: string): string {
  const mapped = xfMap[Number(s)];
  if (mapped === undefined) unsupported(`a rendered cell uses style ${s}, which its styles.xml does not have`);
  return String(mapped);
}

export function fitRenderedSheet(xml: string, xfMap: readonly number[], strings: readonly string[]): string {
  return xml
    .replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (whole, attrs: string, _end: string, inner: string | undefined) => {
      let a = attrs.replace(/\ss="(\d+)"/, (_m, s: string) => ` s="${mapStyle(xfMap, s)}"`);
      if (inner === undefined || !/\st="s"/.test(a)) return a === attrs ? whole : `<c${a}${whole.slice(2 + attrs.length)}`;
      const index = /^<v>(\d+)<\/v>$/.exec(inner)?.[1];
      const item = index === undefined ? undefined : strings[Number(index)];
      if (item === undefined) unsupported("a rendered cell points at a shared string that is not there");
      a = a.replace(/\st="s"/, ' t="inlineStr"');
      return `<c${a}><is>${item}</is></c>`;
    })
    .replace(/<row\b([^>]*?)\ss="(\d+)"/g, (_m, before: string, s: string) => `<row${before} s="${mapStyle(xfMap, s)}"`)
    .replace(/<col\b([^>]*?)\sstyle="(\d+)"/g, (_m, before: string, s: string) => `<col${before} style="${mapStyle(xfMap, s)}"`);
}
