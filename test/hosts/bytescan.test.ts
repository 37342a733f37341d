/**
 * The byte tokenizer (src/hosts/xlsx/bytescan.ts) gives the events the string tokenizer (xmlscan.ts) gives, on
 * generated XML — prefixes declared and redeclared, attributes with entities and either quote, CDATA, comments,
 * processing instructions, CR LF, CJK and astral text, whitespace inside tags — cut into chunks anywhere (a
 * multi-byte character too), and fails alike (same error class and message) on damaged XML.
 */
import fc from 'fast-check';
import { ByteXmlScanner, type ByteElement } from '../../src/hosts/xlsx/bytescan';
import { XmlScanner, type XmlElement } from '../../src/hosts/xlsx/xmlscan';

const NS = ['urn:a', 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'urn:b&amp;c'];

const textPiece = fc.constantFrom(
  'a',
  ' ',
  '测试',
  '&amp;',
  '&lt;',
  '&#x4E2D;',
  '&#20013;',
  '&#128512;',
  '\r\n',
  '\r',
  '\n',
  '\t',
  '😀',
  'é',
  '>',
  ']]',
  '&bogus;',
  '&#0;',
);

const node: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fc.oneof(
        fc.array(textPiece, { maxLength: 4 }).map((xs) => xs.join('')),
        fc.array(textPiece, { maxLength: 3 }).map((xs) => `<![CDATA[${xs.join('').replace(/]]>/g, '')}<x>]]>`),
        fc.constantFrom('<!-- c -->', '<?pi x?>', '<e/>', '<p:e p:a="1"/>'),
      )
    : fc
        .tuple(
          fc.constantFrom('', 'p:', 'q:', 'x:'),
          fc.constantFrom('c', 'v', 'row', 'is', 't', 'é名', 'a-b.c_d'),
          fc.array(
            fc.tuple(
              fc.constantFrom('r', 't', 's', 'xmlns', 'xmlns:p', 'xmlns:q', 'p:id', 'xml:space', 'x:y'),
              fc.constantFrom(...NS, 'A1', '&quot;x&apos;', '测试', ''),
              fc.constantFrom('"', "'"),
              fc.constantFrom(' ', '\t', '\n', '\r\n'),
            ),
            { maxLength: 3 },
          ),
          fc.array(node(depth - 1), { maxLength: 3 }),
          fc.boolean(),
          fc.constantFrom('', ' ', '\n'),
        )
        .map(([px, name, attrs, kids, self, ws]) => {
          const seen = new Set<string>();
          const as = attrs
            .filter(([n]) => !seen.has(n) && seen.add(n))
            .map(
              ([n, v, q, w]) => `${w}${n}=${q}${v.replace(/"/g, q === '"' ? '&quot;' : '"').replace(/'/g, q === "'" ? '&apos;' : "'")}${q}`,
            )
            .join('');
          return self && kids.length === 0 ? `<${px}${name}${as}${ws}/>` : `<${px}${name}${as}>${kids.join('')}</${px}${name}${ws}>`;
        }),
);

const doc = fc
  .tuple(fc.constantFrom('', '<?xml version="1.0" encoding="UTF-8"?>\n', '\uFEFF'), fc.array(node(3), { minLength: 1, maxLength: 3 }))
  .map(([head, kids]) => `${head}<root xmlns:p="urn:a" xmlns:q="urn:q" xmlns:x="${NS[1]}" xmlns="urn:d">${kids.join('')}</root>\n`);

type Ev = string;

function stringEvents(xml: string, cuts: number[], max?: number): Ev[] {
  const out: Ev[] = [];
  const h = {
    wantText: true,
    open: (el: XmlElement) =>
      out.push(`<${el.uri}|${el.local}|${el.selfClosing} r=${el.attr('r')} t=${el.attr('t')} id=${el.attrNS('urn:a', 'id')}`),
    close: (uri: string, local: string) => out.push(`</${uri}|${local}`),
    text: (s: string) => out.push(`"${s}`),
  };
  try {
    const sc = new XmlScanner(h, max);
    let at = 0;
    for (const c of [...cuts, xml.length]) {
      sc.feed(xml.slice(at, c));
      at = c;
    }
    sc.end();
  } catch (err) {
    out.push(`! ${(err as Error).constructor.name} ${(err as Error).message}`);
  }
  return joinText(out);
}

function byteEvents(bytes: Uint8Array, cuts: number[], max?: number): Ev[] {
  const out: Ev[] = [];
  const h = {
    wantText: true,
    open: (el: ByteElement) =>
      out.push(`<${el.uri}|${el.local}|${el.selfClosing} r=${el.attr('r')} t=${el.attr('t')} id=${el.attrNS('urn:a', 'id')}`),
    close: (uri: string, local: string) => out.push(`</${uri}|${local}`),
    text: (s: string) => out.push(`"${s}`),
  };
  try {
    const sc = new ByteXmlScanner(h, max);
    let at = 0;
    for (const c of [...cuts, bytes.length]) {
      // Copies, so that no two pieces are one memory (joined without copying otherwise).
      sc.feed(bytes.slice(at, c));
      at = c;
    }
    sc.end();
  } catch (err) {
    out.push(`! ${(err as Error).constructor.name} ${(err as Error).message}`);
  }
  return joinText(out);
}

/** Adjacent text events join (a cut may split one text run in two). */
function joinText(events: Ev[]): Ev[] {
  return events.reduce<Ev[]>((acc, e) => {
    if (e.startsWith('"') && acc.length && acc[acc.length - 1].startsWith('"')) acc[acc.length - 1] += e.slice(1);
    else acc.push(e);
    return acc;
  }, []);
}

const cutsOf = (n: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: Math.max(1, n - 1) }), { maxLength: 6 })
    .map((c) => c.filter((x) => x < n).sort((a, b) => a - b));

/** The string a UTF-8 decoder reads from `bytes`, a byte-order mark kept (each tokenizer drops one at the start). */
const decoded = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('the byte tokenizer gives the string tokenizer’s events', () => {
  it('on generated XML cut into chunks anywhere', () => {
    fc.assert(
      fc.property(
        doc.chain((xml) => {
          const b = new TextEncoder().encode(xml);
          return fc.tuple(fc.constant(b), cutsOf(b.length));
        }),
        ([b, cuts]) => {
          const whole = stringEvents(decoded(b), []);
          expect(whole.some((e) => e.startsWith('!'))).toBe(false);
          expect(byteEvents(b, cuts)).toEqual(whole);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('fails alike on damaged XML: a byte replaced, removed or inserted anywhere', () => {
    const damaged = fc
      .tuple(
        doc,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('<', '>', '/', '"', "'", '&', ' ', '=', '', '<!', ']]>', '<!DOCTYPE x>', ':', '\u00e9', '\uFEFF', '\r'),
        fc.boolean(),
      )
      .map(([xml, at, ch, insert]) => {
        const i = Math.floor(at * xml.length);
        return xml.slice(0, i) + ch + xml.slice(insert ? i : i + 1);
      });
    fc.assert(
      fc.property(damaged, (xml) => {
        const b = new TextEncoder().encode(xml);
        expect(byteEvents(b, [])).toEqual(stringEvents(decoded(b), []));
      }),
      { numRuns: 1000 },
    );
  });

  it('holds text to the same limit, counted in characters (CJK and astral too)', () => {
    fc.assert(
      fc.property(doc, fc.integer({ min: 1, max: 40 }), (xml, max) => {
        const b = new TextEncoder().encode(xml);
        expect(byteEvents(b, [], max)).toEqual(stringEvents(decoded(b), [], max));
      }),
      { numRuns: 300 },
    );
  });

  it('reads malformed UTF-8 as the decoder does (U+FFFD), wherever it stands', () => {
    fc.assert(
      fc.property(
        doc,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom([0xff], [0xc3], [0xe6, 0xb5], [0xf0, 0x9f], [0x80], [0xed, 0xa0, 0x80]),
        (xml, at, junk) => {
          const b = new TextEncoder().encode(xml);
          const i = Math.floor(at * b.length);
          const bad = new Uint8Array([...b.subarray(0, i), ...junk, ...b.subarray(i)]);
          expect(byteEvents(bad, [])).toEqual(stringEvents(decoded(bad), []));
        },
      ),
      { numRuns: 500 },
    );
  });
});
