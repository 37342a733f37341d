/**
 * docProps/app.xml rewritten with the tokenizer (issue 14): a sheet name with `$&` or `$1` is written as
 * itself, any namespace prefix is kept, a part with thousands of titles is rewritten in one pass, and a
 * part that does not list the old sheets is left alone.
 */
import { updateAppXml } from '../../src/hosts/xlsx/appxml';

const EP = 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties';
const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';

function app(titles: string[], heading = '工作表', px = 'vt:'): string {
  const ns = px ? `xmlns:${px.slice(0, -1)}="${VT}"` : '';
  const e = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return (
    `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="${EP}" ${ns}><Application>Microsoft Excel</Application>` +
    `<HeadingPairs><${px}vector size="2" baseType="variant"><${px}variant><${px}lpstr>${heading}</${px}lpstr></${px}variant><${px}variant><${px}i4>${titles.length}</${px}i4></${px}variant></${px}vector></HeadingPairs>` +
    `<TitlesOfParts><${px}vector size="${titles.length}" baseType="lpstr">${titles.map((t) => `<${px}lpstr>${e(t)}</${px}lpstr>`).join('')}</${px}vector></TitlesOfParts></Properties>`
  );
}

/** The titles and the count as a reader of the new part sees them. */
function read(xml: string): { titles: string[]; count: number; size: string } {
  const titles = [...xml.matchAll(/<(?:\w+:)?lpstr>([^<]*)<\/(?:\w+:)?lpstr>/g)]
    .map((m) => m[1].replace(/&lt;/g, '<').replace(/&amp;/g, '&'))
    .slice(1);
  const count = Number(/<(?:\w+:)?i4>(\d+)</.exec(xml)?.[1]);
  const size = /TitlesOfParts><(?:\w+:)?vector size="(\d+)"/.exec(xml)?.[1] ?? '';
  return { titles, count, size };
}

describe('app.xml', () => {
  it.each(['预算$&决算', "$1$'$`", 'a<b&c'])('writes the sheet name %s as itself', (name) => {
    const out = updateAppXml(app(['资金筹集']), ['资金筹集'], ['资金筹集', name])!;
    expect(read(out)).toEqual({ titles: ['资金筹集', name], count: 2, size: '2' });
  });

  it('finds the vectors by namespace, whatever their prefix, and keeps it', () => {
    for (const px of ['vt:', 'x:', 'ep:']) {
      const out = updateAppXml(app(['A'], 'Worksheets', px), ['A'], ['A', '测算结果'])!;
      expect(read(out).titles).toEqual(['A', '测算结果']);
      expect(out).toContain(`<${px}lpstr>测算结果</${px}lpstr>`);
    }
  });

  // The regular expression this replaced was quadratic: a 39 KB part never finished. Here 50,000 titles must come
  // back complete and in order; the test's timeout only guards against a hang (speed is measured in npm run bench).
  it('rewrites a part with 50,000 titles completely and in order', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `表${i}`);
    const out = updateAppXml(app(many), many, [...many, '校验问题'])!;
    const got = read(out);
    expect(got.count).toBe(50_001);
    expect(got.titles.slice(-2)).toEqual(['表49999', '校验问题']);
  }, 120_000);

  it('leaves a part alone when its titles are not the old sheets', () => {
    expect(updateAppXml(app(['X']), ['Y'], ['Y', 'Z'])).toBeUndefined();
    expect(updateAppXml('<Properties/>', ['Y'], ['Y', 'Z'])).toBeUndefined();
  });
});
