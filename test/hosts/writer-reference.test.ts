/**
 * The streaming result-workbook writer (issue 14: sheet XML a row at a time, links a piece each, text encoded into
 * one reused buffer) writes exactly what the writer before it wrote: test/helpers/writer-reference.ts keeps that
 * writer verbatim. On generated grids every sheet part is the same text, and on generated workbooks every entry of
 * the result has the same name, order and inflated bytes, and every part carried over keeps its stored bytes.
 */
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { renderOutputs, type CellStyle, type OutCell, type OutputSheet } from '../../src/core';
import { checkBytes } from '../../src/hosts/xlsx/check-file';
import { buildResultWorkbook } from '../../src/hosts/xlsx/copykeep';
import { sheetXmlPieces, type SheetXmlOptions } from '../../src/hosts/xlsx/sheetxml';
import { writeNewWorkbook } from '../../src/hosts/xlsx/write-new';
import { entryData, fflateDeflater, listZip, useDeflater, type EntryDeflater } from '../../src/hosts/xlsx/zip';
import { zlibDeflater } from '../../src/cli/zlib-deflater';
import { referenceBuildResultWorkbook, referenceSheetXmlPieces, useReferenceDeflater } from '../helpers/writer-reference';
import { FIXTURES } from '../fixtures/package';
import { outputs } from '../fixtures/outputs';
import { rawXlsx, sheetXml } from './xlsx-parts';

const STYLES: CellStyle[] = [
  'title',
  'note',
  'header',
  'text',
  'money',
  'integer',
  'total',
  'totalMoney',
  'error',
  'warning',
  'info',
  'link',
];

/** Text of every kind a cell or a sheet name may hold: controls, CR, `_x0041_`, markup, lone surrogates, long runs. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom(
      'a',
      '镇',
      '_',
      'x',
      '0',
      '4',
      '1',
      '&',
      '<',
      '>',
      '"',
      "'",
      '\r',
      '\n',
      '\t',
      ' ',
      '\u0001',
      '\uFFFE',
      '\uD83D',
      '\uDE00',
    ),
    maxLength: 40,
  }),
  fc.constantFrom('', ' 前后空格 ', '_x0041_', '=SUM(A1)', 'a'.repeat(33_000), '第一行\n第二行'.repeat(20)),
);

const area = fc.record({
  top: fc.integer({ min: 1, max: 9 }),
  left: fc.integer({ min: 1, max: 30 }),
  bottom: fc.integer({ min: 1, max: 99 }),
  right: fc.integer({ min: 1, max: 30 }),
});

const cell: fc.Arbitrary<OutCell> = fc.oneof(
  fc.constant({ v: null }),
  fc.record(
    { v: fc.oneof(text, fc.double(), fc.integer(), fc.constant(null)), style: fc.option(fc.constantFrom(...STYLES), { nil: undefined }) },
    { requiredKeys: ['v'] },
  ),
  fc.record({ v: text, style: fc.constant('link' as const), link: fc.record({ sheet: text, cell: fc.constantFrom('A1', 'D7', 'B2:C3') }) }),
  fc.record({
    v: fc.constant(null),
    formula: fc.record({ sum: fc.array(area, { minLength: 1, maxLength: 3 }) }),
  }),
);

const sheet: fc.Arbitrary<Omit<OutputSheet, 'key'>> = fc.record(
  {
    name: text,
    rows: fc.array(fc.oneof(fc.array(cell, { maxLength: 12 }), fc.constant([])), { maxLength: 40 }),
    widths: fc.array(fc.integer({ min: 1, max: 80 }), { maxLength: 12 }),
    wrapCols: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 4 }),
    freezeRows: fc.integer({ min: 0, max: 4 }),
    merges: fc.array(area, { maxLength: 3 }),
    validations: fc.array(fc.record({ range: area, list: fc.array(text, { minLength: 1, maxLength: 3 }) }), { maxLength: 2 }),
    rowBreaks: fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 3 }),
    hidden: fc.boolean(),
  },
  { requiredKeys: ['name', 'rows', 'widths'] },
) as fc.Arbitrary<Omit<OutputSheet, 'key'>>;

const options: fc.Arbitrary<SheetXmlOptions> = fc.record(
  {
    drawingRelId: fc.constant('rId1'),
    selected: fc.boolean(),
    styles: fc.constant({ money: 7, totalMoney: 8, wrap: 9 }),
    book: fc.constant((style: CellStyle | undefined, wrap: boolean) => (style ? STYLES.indexOf(style) + 1 : 0) + (wrap ? 20 : 0)),
  },
  { requiredKeys: [] },
);

it('every generated grid is written as the same worksheet XML as before', () => {
  fc.assert(
    fc.property(sheet, options, (s, o) => {
      expect([...sheetXmlPieces(s, o)].join('')).toBe([...referenceSheetXmlPieces(s, o)].join(''));
    }),
    { numRuns: 400 },
  );
});

/** Every entry in order: name and inflated bytes; and the stored bytes of the entries carried over from `input`. */
function entries(bytes: Uint8Array, input: Uint8Array) {
  const listed = listZip(bytes);
  const carried = listZip(input);
  if (typeof listed === 'string' || typeof carried === 'string') throw new Error('not a zip');
  const files = unzipSync(bytes);
  const kept = new Map(carried.map((e) => [e.name, Buffer.from(entryData(input, e)!)]));
  return listed.map((e) => {
    const raw = Buffer.from(entryData(bytes, e)!);
    const { name, method, flags, crc, size, dosTime, dosDate } = e;
    return {
      name,
      method,
      flags,
      crc,
      size,
      dosTime,
      dosDate,
      content: Buffer.from(files[name]).toString('base64'),
      same: kept.get(name)?.equals(raw) ?? null,
    };
  });
}

/** A fund sheet of `rows` town-years with amounts drawn per row, so the outputs hold many findings and links. */
function fundBook(amounts: number[][], name = '资金筹集'): Uint8Array {
  const col = (c: number) => String.fromCharCode(64 + c);
  const t = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const head = ['镇', '年度', '合计', '省级', '深圳市', '市级', '县级'].map((h, i) => t(`${col(i + 1)}3`, h));
  const rows = amounts.map((a, i) => {
    const r = i + 4;
    return `<row r="${r}">${t(`A${r}`, `测试${i % 7}镇`)}<c r="B${r}"><v>${2021 + (i % 5)}</v></c>${a
      .map((v, j) => `<c r="${col(j + 3)}${r}"><v>${v}</v></c>`)
      .join('')}</row>`;
  });
  const xml = `<row r="1">${t('A1', '资金筹集表')}</row><row r="2">${t('A2', '单位：万元')}</row><row r="3">${head.join('')}</row>${rows.join('')}`;
  return rawXlsx({ sheets: [{ name, xml: sheetXml(xml) }], level: 6 });
}

describe.each<[string, () => EntryDeflater]>([
  ['fflate (the page)', fflateDeflater],
  ['node zlib (the CLI)', zlibDeflater],
])('the result workbook, deflated by %s, is the one written before', (_, make) => {
  beforeAll(() => {
    useDeflater(make);
    useReferenceDeflater(make);
  });
  afterAll(() => useDeflater(fflateDeflater));

  const same = async (input: Uint8Array, outs: OutputSheet[]) => {
    const now = await buildResultWorkbook(input, outs, { fallback: writeNewWorkbook });
    const before = await referenceBuildResultWorkbook(input, outs, { fallback: writeNewWorkbook });
    expect([now.mode, now.reason, now.names]).toEqual([before.mode, before.reason, before.names]);
    expect(entries(now.bytes, input)).toEqual(entries(before.bytes, input));
  };

  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s', async (_n, fx) => {
    await same(await fx.load(), outputs());
  });

  it('generated fund sheets: findings with links, the 测算结果 rows, the chart', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(fc.oneof(fc.constantFrom(2000, 1200, 600, 40, 160, 0), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
            minLength: 5,
            maxLength: 5,
          }),
          {
            minLength: 1,
            maxLength: 300,
          },
        ),
        async (amounts) => {
          const input = fundBook(amounts);
          const checked = await checkBytes(input, 'x.xlsx');
          await same(input, renderOutputs(checked.report, 'zh-CN'));
        },
      ),
      { numRuns: 20 },
    );
  }, 120_000);

  it('a sheet of 3,000 rows, each with findings (the rows are written in many pieces)', async () => {
    const input = fundBook(
      Array.from({ length: 3000 }, (_, i) => [2000 + i, 1000, 700, 150, 150]),
      "资金'筹集 表",
    );
    const checked = await checkBytes(input, 'x.xlsx');
    expect(checked.report.findings.length).toBeGreaterThan(3000);
    for (const lang of ['zh-CN', 'en-US'] as const) await same(input, renderOutputs(checked.report, lang));
  }, 120_000);
});
