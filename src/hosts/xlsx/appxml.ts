/**
 * docProps/app.xml lists the sheet names (TitlesOfParts) with their count (HeadingPairs). When the
 * product's sheets change, the run of titles that equals the old sheet list is replaced by the new list and
 * its count updated. The heading text is localised (Worksheets, 工作表 …), so the run is found by its
 * titles, never by the heading. Anything else leaves the part untouched (it is informational only).
 *
 * Read with the XML tokenizer (issue 14), in one linear pass, namespaces by URI; the new text is assembled by
 * slicing at the tokenizer's positions, so no sheet name is ever used as a pattern or a replacement string.
 */
import { escapeXml } from './xml';
import { XmlScanner, tagPrefix } from './xmlscan';

const EP = 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties';
const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';

interface Vector {
  /** The <vector> start tag's span, and where its end tag starts. */
  openStart: number;
  openEnd: number;
  closeStart: number;
  /** The prefix (with colon) the vector's elements are written with. */
  px: string;
  /** The values in order: lpstr text, or i4 numbers. */
  values: (string | number)[];
}

function readVectors(xml: string): { heads?: Vector; titles?: Vector } {
  const out: { heads?: Vector; titles?: Vector } = {};
  let owner: 'heads' | 'titles' | undefined;
  let vec: Vector | undefined;
  let value: 'lpstr' | 'i4' | undefined;
  let text = '';
  const sc: XmlScanner = new XmlScanner({
    wantText: false,
    open(el) {
      if (el.uri === EP && (el.local === 'HeadingPairs' || el.local === 'TitlesOfParts'))
        owner = el.local === 'HeadingPairs' ? 'heads' : 'titles';
      else if (owner && el.uri === VT && el.local === 'vector' && !vec) {
        vec = {
          openStart: sc.tagStart,
          openEnd: sc.tagEnd,
          closeStart: -1,
          px: tagPrefix(xml, sc.tagStart),
          values: [],
        };
        if (el.selfClosing) vec.closeStart = sc.tagEnd;
      } else if (vec && el.uri === VT && (el.local === 'lpstr' || el.local === 'i4')) {
        value = el.local;
        text = '';
        this.wantText = true;
      }
    },
    close(uri, local) {
      if (vec && value && uri === VT && local === value) {
        vec.values.push(value === 'i4' ? Number(text.trim()) : text);
        value = undefined;
        this.wantText = false;
      } else if (vec && uri === VT && local === 'vector') {
        if (vec.closeStart < 0) vec.closeStart = sc.tagStart;
        if (owner) out[owner] ??= vec;
        vec = undefined;
      } else if (uri === EP && (local === 'HeadingPairs' || local === 'TitlesOfParts')) owner = undefined;
    },
    text(s) {
      text += s;
    },
  });
  sc.feed(xml);
  sc.end();
  return out;
}

/** The <vector> with new content, its size attribute set to `size`. */
function rewriteVector(xml: string, v: Vector, size: number, body: string): [number, number, string] {
  const open = xml.slice(v.openStart, v.openEnd).replace(/\/>$/, '>');
  const sized = /\ssize\s*=\s*("[^"]*"|'[^']*')/.test(open)
    ? open.replace(/(\ssize\s*=\s*)("[^"]*"|'[^']*')/, (_m, a: string) => `${a}"${size}"`)
    : open.replace(/>$/, () => ` size="${size}">`);
  const selfClosed = v.closeStart === v.openEnd && xml.slice(v.openStart, v.openEnd).endsWith('/>');
  const end = selfClosed ? v.openEnd : xml.indexOf('>', v.closeStart) + 1;
  return [v.openStart, end, `${sized}${body}</${v.px}vector>`];
}

export function updateAppXml(xml: string, oldSheets: readonly string[], newSheets: readonly string[]): string | undefined {
  let vectors;
  try {
    vectors = readVectors(xml);
  } catch {
    return undefined;
  }
  const { heads, titles } = vectors;
  if (!heads || !titles || titles.values.some((t) => typeof t !== 'string')) return undefined;
  const items = titles.values as string[];
  // HeadingPairs: (label, count) pairs, in the order of the titles they count.
  const pairs: { label: string; count: number }[] = [];
  for (let i = 0; i + 1 < heads.values.length; i += 2) {
    const [label, count] = [heads.values[i], heads.values[i + 1]];
    if (typeof label !== 'string' || typeof count !== 'number' || !Number.isInteger(count)) return undefined;
    pairs.push({ label, count });
  }
  let at = 0;
  for (const pair of pairs) {
    if (pair.count === oldSheets.length && items.slice(at, at + pair.count).every((t, i) => t === oldSheets[i])) {
      const list = [...items.slice(0, at), ...newSheets, ...items.slice(at + pair.count)];
      pair.count = newSheets.length;
      const hp = heads.px;
      const tp = titles.px;
      const edits = [
        rewriteVector(
          xml,
          heads,
          pairs.length * 2,
          pairs
            .map(
              (p) =>
                `<${hp}variant><${hp}lpstr>${escapeXml(p.label)}</${hp}lpstr></${hp}variant><${hp}variant><${hp}i4>${p.count}</${hp}i4></${hp}variant>`,
            )
            .join(''),
        ),
        rewriteVector(xml, titles, list.length, list.map((t) => `<${tp}lpstr>${escapeXml(t)}</${tp}lpstr>`).join('')),
      ].sort((a, b) => a[0] - b[0]);
      if (edits[0][1] > edits[1][0]) return undefined;
      return xml.slice(0, edits[0][0]) + edits[0][2] + xml.slice(edits[0][1], edits[1][0]) + edits[1][2] + xml.slice(edits[1][1]);
    }
    at += pair.count;
  }
  return undefined;
}
