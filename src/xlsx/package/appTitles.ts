import { decodeXml, encodeXml } from "./xmlText";

/**
 * docProps/app.xml lists the sheets' names (TitlesOfParts, counted in HeadingPairs), for file
 * browsers. When it lists the worksheets first, as Excel and ExcelJS write it, the list follows
 * the saved sheets; a list in any other shape is left as it is (nothing reads it to open the file).
 */
export function withSheetTitles(appXml: string, before: readonly string[], after: readonly string[]): string {
  const titles = /(<(?:\w+:)?TitlesOfParts>\s*<((?:\w+:)?)vector\b)([^>]*)>([\s\S]*?)(<\/\2vector>)/.exec(appXml);
  const pairs =
    /<(?:\w+:)?HeadingPairs>\s*<(?:\w+:)?vector\b[^>]*>\s*<(?:\w+:)?variant>[\s\S]*?<\/(?:\w+:)?variant>\s*<(?:\w+:)?variant>\s*<((?:\w+:)?)i4>(\d+)<\/\1i4>/.exec(
      appXml,
    );
  if (!titles || !pairs || pairs.index > titles.index || Number(pairs[2]) !== before.length) return appXml;
  const vt = titles[2];
  const items = [...titles[4].matchAll(new RegExp(`<${vt}lpstr>([\\s\\S]*?)</${vt}lpstr>|<${vt}lpstr/>`, "g"))].map((m) =>
    decodeXml(m[1] ?? ""),
  );
  if (before.some((name, i) => items[i] !== name)) return appXml;
  const list = [...after, ...items.slice(before.length)];
  const vector = `${titles[1]}${titles[3].replace(/\bsize="\d+"/, `size="${list.length}"`)}>${list.map((t) => `<${vt}lpstr>${encodeXml(t)}</${vt}lpstr>`).join("")}${titles[5]}`;
  const count = pairs[0].replace(/(<(?:\w+:)?i4>)\d+(<\/(?:\w+:)?i4>)$/, `$1${after.length}$2`);
  // The count comes first in the file: replace the titles (later) before it, so its position still holds.
  const withTitles = appXml.slice(0, titles.index) + vector + appXml.slice(titles.index + titles[0].length);
  return withTitles.slice(0, pairs.index) + count + withTitles.slice(pairs.index + pairs[0].length);
}
