/**
 * The byte reader (reader.ts on bytescan.ts and xlsxnum.ts) against the reader it replaced
 * (test/helpers/reader-reference.ts: the string tokenizer and TextDecoder): on generated worksheets — every cell
 * type, numbers with signs, points and exponents, entities, CDATA, comments inside values, rich and phonetic
 * text, Excel's _xHHHH_ escapes, whitespace inside tags, references with $ and lower case, rows without
 * numbers, x: prefixes, byte-order marks and UTF-16 parts, merges, shared strings — and on damaged variants of
 * them, both give exactly the same snapshot or the same failure.
 */
import fc from 'fast-check';
import { DEFAULT_LIMITS, type ReadLimits } from '../../src/hosts/xlsx/guards';
import { readWorkbook } from '../../src/hosts/xlsx/reader';
import { useInflater } from '../../src/hosts/xlsx/part-stream';
import { useZlibInflater } from '../../src/cli/zlib-inflater';
import { RowScan } from '../../src/hosts/xlsx/rowscan';
import { readWorkbook as referenceRead } from '../helpers/reader-reference';
import { rawXlsx, sheetXml, utf16 } from './xlsx-parts';

afterEach(() => useInflater(undefined));

const colName = (c: number): string => (c > 26 ? colName(Math.floor((c - 1) / 26)) : '') + String.fromCharCode(65 + ((c - 1) % 26));

/** A decimal as producers write it (and some they do not): sign, digits, point, exponent. */
const decimal = fc
  .tuple(
    fc.constantFrom('', '', '', '-', '+'),
    fc.oneof(fc.stringMatching(/^[0-9]{1,4}$/), fc.stringMatching(/^[0-9]{0,20}$/)),
    fc.option(fc.stringMatching(/^[0-9]{0,18}$/)),
    fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '-', '+'), fc.stringMatching(/^[0-9]{0,3}$/))),
  )
  .map(([s, i, f, e]) => `${s}${i}${f === null ? '' : `.${f}`}${e === null ? '' : e.join('')}`);

/** Text as it may stand in a value: entities, CJK, an _x000D_ escape, CR LF, spaces. */
const text = fc
  .array(
    fc.constantFrom(
      'a',
      ' ',
      '测试',
      '镇',
      '&amp;',
      '&lt;',
      '&#x4E2D;',
      '&#20013;',
      '&quot;',
      '_x000D_',
      '\r\n',
      '\r',
      '\t',
      '1',
      '.',
      '-',
      'é',
      '😀',
    ),
    { maxLength: 6 },
  )
  .map((xs) => xs.join(''));

/** What goes inside <v>: a number, text, or pieces split by a comment or CDATA. */
const vBody = fc.oneof(
  { weight: 6, arbitrary: decimal },
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: decimal.map((d) => ` ${d} `) },
  { weight: 1, arbitrary: fc.tuple(decimal, decimal).map(([a, b]) => `${a}<!--x-->${b}`) },
  { weight: 1, arbitrary: decimal.map((d) => `<![CDATA[${d}]]>`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '0',
      '1',
      'true',
      'TRUE',
      '#N/A',
      '#DIV/0!',
      '2024-03-05',
      '2024-03-05T10:20:30.5',
      '0x1F',
      'Infinity',
      '1e400',
      '-0',
      '',
    ),
  },
);

const inlineBody = fc.oneof(
  text.map((t) => `<is><t>${t}</t></is>`),
  fc
    .tuple(text, text, text)
    .map(
      ([a, b, p]) =>
        `<is><r><rPr><b/></rPr><t>${a}</t></r><r><t xml:space="preserve">${b}</t></r><rPh sb="0" eb="1"><t>${p}</t></rPh></is>`,
    ),
  text.map((t) => `<is><t><![CDATA[${t}]]></t></is>`),
  fc.constant('<is/>'),
);

const sp = fc.constantFrom(' ', ' ', '\t', '\n', '\r\n', '  ');

interface CellSpec {
  ref: 'plain' | 'dollar' | 'lower' | 'none';
  type: string | null;
  v: string | null;
  f: boolean;
  formula: string;
  tagWs: string;
  twice: boolean;
  inline: string | null;
  ws: string;
  gap: number;
}

const cellSpec: fc.Arbitrary<CellSpec> = fc.record({
  ref: fc.constantFrom('plain', 'plain', 'plain', 'dollar', 'lower', 'none'),
  type: fc.option(fc.constantFrom('n', 's', 's', 'str', 'inlineStr', 'b', 'e', 'd', 'x', '&#115;', ' s')),
  v: fc.option(vBody),
  f: fc.boolean(),
  formula: fc.constantFrom('<f>A1*2</f>', '<f t="shared" ref="A1:A9" si="0"/>', '<f>A1&amp;"x"</f>', '<f><![CDATA[1]]></f>', '<f\n/>'),
  inline: fc.option(inlineBody, { freq: 4 }),
  ws: sp,
  tagWs: fc.constantFrom('', '', '', ' ', '\n'),
  // A second <v> (no producer writes one; both readers join the texts).
  twice: fc.integer({ min: 0, max: 7 }).map((x) => x === 0),
  gap: fc.integer({ min: 0, max: 3 }),
});

interface RowSpec {
  numbered: boolean;
  skip: number;
  cells: CellSpec[];
}

const rowSpec: fc.Arbitrary<RowSpec> = fc.record({
  numbered: fc.oneof(fc.constant(true), fc.boolean()),
  skip: fc.integer({ min: 0, max: 2 }),
  cells: fc.array(cellSpec, { maxLength: 6 }),
});

function sheetData(rows: RowSpec[], px: string): string {
  let r = 0;
  return rows
    .map((row) => {
      r += 1 + row.skip;
      let c = 0;
      const cells = row.cells
        .map((cell) => {
          c += 1 + cell.gap;
          const a = colName(c);
          const ref =
            cell.ref === 'none'
              ? ''
              : `${cell.ws}r="${cell.ref === 'dollar' ? `$${a}$${r}` : cell.ref === 'lower' ? `${a.toLowerCase()}${r}` : `${a}${r}`}"`;
          const type = cell.type === null ? '' : `${cell.ws}t="${cell.type}"`;
          const f = cell.f ? cell.formula.replace(/<(\/?)f\b/g, `<$1${px}f`) : '';
          const vEl = cell.v === null ? '' : `<${px}v${cell.tagWs}>${cell.v}</${px}v${cell.tagWs}>`;
          const inner = `${f}${cell.twice ? vEl + vEl : vEl}${
            cell.inline === null ? '' : cell.inline.replace(/<(\/?)(is|r|t|rPr|b|rPh)\b/g, `<$1${px}$2`)
          }`;
          return inner ? `<${px}c${ref}${type} s="1">${inner}</${px}c>` : `<${px}c${ref}${type}/>`;
        })
        .join('');
      return `<${px}row${row.numbered ? ` r="${r}"` : ''} spans="1:9">${cells}</${px}row>`;
    })
    .join('');
}

const sst = fc.array(
  fc.oneof(
    text.map((t) => `<si><t>${t}</t></si>`),
    fc.tuple(text, text).map(([a, b]) => `<si><r><t>${a}</t></r><r><t>${b}</t></r><rPh><t>x</t></rPh></si>`),
  ),
  {
    maxLength: 5,
  },
);

interface BookSpec {
  rows: RowSpec[];
  px: '' | 'x:';
  encoding: 'utf-8' | 'bom' | 'utf-16le' | 'utf-16be';
  strings: string[] | null;
  merges: string[];
  level: 0 | 6;
}

const bookSpec: fc.Arbitrary<BookSpec> = fc.record({
  rows: fc.array(rowSpec, { maxLength: 8 }),
  px: fc.constantFrom('' as const, '' as const, 'x:' as const),
  encoding: fc.constantFrom('utf-8' as const, 'utf-8' as const, 'bom' as const, 'utf-16le' as const, 'utf-16be' as const),
  strings: fc.option(sst),
  merges: fc.array(fc.constantFrom('A1:B2', 'B2:B3', 'a1:c1', 'C3', 'A2:A1'), { maxLength: 2 }),
  level: fc.constantFrom(0 as const, 6 as const),
});

function encode(xml: string, encoding: BookSpec['encoding']): string | Uint8Array {
  if (encoding === 'utf-8') return xml;
  if (encoding === 'bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(xml)]);
  return utf16(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'), encoding === 'utf-16be');
}

function build(b: BookSpec): Uint8Array {
  const px = b.px;
  const merges = b.merges.length
    ? `<${px}mergeCells>${b.merges.map((m) => `<${px}mergeCell ref="${m}"/>`).join('')}</${px}mergeCells>`
    : '';
  const xml = sheetXml(sheetData(b.rows, px), merges, px);
  return rawXlsx({
    sheets: [{ name: '资金', xml: encode(xml, b.encoding) }],
    sharedStrings:
      b.strings === null
        ? undefined
        : `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${b.strings.join('')}</sst>`,
    level: b.level,
  });
}

function expectSame(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): void {
  expect(readWorkbook(bytes, limits)).toEqual(referenceRead(bytes, limits));
}

describe('the byte reader reads what the string reader read', () => {
  it('on generated worksheets of every cell type and spelling, rows read from the bytes or by the tokenizer', () => {
    // Both ways of reading a row are exercised: rows rowscan.ts reads whole, and rows it leaves to the tokenizer.
    const row = jest.spyOn(RowScan.prototype, 'row');
    const si = jest.spyOn(RowScan.prototype, 'si');
    fc.assert(
      fc.property(bookSpec, (b) => expectSame(build(b))),
      { numRuns: 400 },
    );
    const results = row.mock.results.map((r) => r.value as number);
    const items = si.mock.results.map((r) => r.value as number);
    row.mockRestore();
    si.mockRestore();
    expect(results.filter((e) => e >= 0).length).toBeGreaterThan(200);
    expect(results.filter((e) => e < 0).length).toBeGreaterThan(200);
    expect(items.filter((e) => e >= 0).length).toBeGreaterThan(100);
    expect(items.filter((e) => e < 0).length).toBeGreaterThan(50);
  });

  it("with node's zlib inflating, as the CLI reads", () => {
    useZlibInflater();
    fc.assert(
      fc.property(bookSpec, (b) => expectSame(build(b))),
      { numRuns: 100 },
    );
  });

  it('on long sheets, whose rows are cut by chunk boundaries (fflate streams pieces; node zlib hands on 1 MB views)', () => {
    fc.assert(
      fc.property(
        fc.array(rowSpec, { minLength: 50, maxLength: 100 }),
        fc.constantFrom('' as const, 'x:' as const),
        fc.boolean(),
        (rows, px, zlib) => {
          // ~25,000 rows: several MB of XML, so both inflaters cut rows across pieces.
          const many = Array.from({ length: 250 }, () => rows).flat();
          const bytes = rawXlsx({ sheets: [{ name: 'S', xml: sheetXml(sheetData(many, px), '', px) }] });
          if (zlib) useZlibInflater();
          expectSame(bytes);
          useInflater(undefined);
        },
      ),
      { numRuns: 6 },
    );
  });

  it('on damaged worksheet text: a character replaced, removed or doubled anywhere', () => {
    const damage = fc.tuple(
      bookSpec,
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom('<', '>', '/', '"', '&', ' ', 'x', '=', '', '<<', ':', '\u00e9', '\uFEFF'),
    );
    fc.assert(
      fc.property(damage, ([b, at, ch]) => {
        const px = b.px;
        const xml = sheetXml(sheetData(b.rows, px), '', px);
        const i = Math.floor(at * xml.length);
        const bad = xml.slice(0, i) + ch + xml.slice(i + 1);
        expectSame(rawXlsx({ sheets: [{ name: 'S', xml: encode(bad, b.encoding) }] }));
      }),
      { numRuns: 400 },
    );
  });

  it('at the limits: cells, text held, bytes inflated', () => {
    fc.assert(
      fc.property(
        bookSpec,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 300, max: 5000 }),
        (b, maxCells, maxTextChars, maxUncompressedBytes) => {
          const bytes = build(b);
          expectSame(bytes, { ...DEFAULT_LIMITS, maxCells });
          expectSame(bytes, { ...DEFAULT_LIMITS, maxTextChars });
          expectSame(bytes, { ...DEFAULT_LIMITS, maxUncompressedBytes });
        },
      ),
      { numRuns: 150 },
    );
  });
});
