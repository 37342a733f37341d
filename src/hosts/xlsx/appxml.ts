/**
 * docProps/app.xml lists the sheet names (TitlesOfParts) with their count (HeadingPairs). When the
 * product's sheets change, the run of titles that equals the old sheet list is replaced by the new list and
 * its count updated. The heading text is localised (Worksheets, 工作表 …), so the run is found by its
 * titles, never by the heading. Anything else leaves the part untouched (it is informational only).
 */
import { escapeXml, unescapeXml } from './xml';

const P = '(?:[\\w.-]+:)?';

export function updateAppXml(xml: string, oldSheets: readonly string[], newSheets: readonly string[]): string | undefined {
  const titles = new RegExp(`(<${P}TitlesOfParts\\b[^>]*>\\s*<(${P})vector\\b)([^>]*)>([\\s\\S]*?)(</\\2vector>)`).exec(xml);
  const heads = new RegExp(`(<${P}HeadingPairs\\b[^>]*>\\s*<${P}vector\\b[^>]*>)([\\s\\S]*?)</${P}vector>`).exec(xml);
  if (!titles || !heads) return undefined;
  const vp = titles[2];
  const items = [...titles[4].matchAll(new RegExp(`<${P}lpstr>([\\s\\S]*?)</${P}lpstr>|<${P}lpstr\\s*/>`, 'g'))].map((m) =>
    unescapeXml(m[1] ?? ''),
  );
  const pairs = [
    ...heads[2].matchAll(
      new RegExp(
        `<${P}variant>\\s*<${P}lpstr>[\\s\\S]*?</${P}lpstr>\\s*</${P}variant>\\s*<${P}variant>\\s*<${P}i4>(\\d+)</${P}i4>\\s*</${P}variant>`,
        'g',
      ),
    ),
  ];
  let at = 0;
  for (const pair of pairs) {
    const count = Number(pair[1]);
    if (count === oldSheets.length && items.slice(at, at + count).every((t, i) => t === oldSheets[i])) {
      const list = [...items.slice(0, at), ...newSheets, ...items.slice(at + count)];
      const vector = `${titles[1]}${titles[3].replace(/\ssize="\d+"/, ` size="${list.length}"`)}>${list.map((t) => `<${vp}lpstr>${escapeXml(t)}</${vp}lpstr>`).join('')}${titles[5]}`;
      const pairXml = pair[0].replace(/(<(?:[\w.-]+:)?i4>)\d+/, `$1${newSheets.length}`);
      const headsXml = heads[0].replace(pair[0], pairXml);
      return xml.replace(heads[0], headsXml).replace(titles[0], vector);
    }
    at += count;
  }
  return undefined;
}
