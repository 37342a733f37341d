import fc from 'fast-check';
import { inflateSync, strFromU8 } from 'fflate';
import { constants, deflateRawSync, inflateRawSync } from 'zlib';
import { crc32, fflateDeflater, newEntry, useDeflater } from '../../src/hosts/xlsx/zip';
import { zlibDeflater } from '../../src/cli/zlib-deflater';

const utf8 = new TextEncoder();

describe('new zip entries deflated as their text is produced', () => {
  afterAll(() => useDeflater(fflateDeflater));

  it.each([
    ['fflate (the page)', fflateDeflater],
    ['node zlib (the CLI)', zlibDeflater],
  ])('%s: any text in any pieces inflates back to itself, with its CRC and size', (_, make) => {
    useDeflater(make);
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('<row r="1">', '「资金筹集」', '\u{20BB7}', ''));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.boolean(), (pieces, asBytes) => {
        const text = pieces.join('');
        const bytes = utf8.encode(text);
        const e = newEntry('xl/worksheets/sheet9.xml', asBytes ? bytes : pieces);
        expect([e.size, e.crc, e.compressedSize]).toEqual([bytes.length, crc32(bytes), e.data!.length]);
        expect(strFromU8(inflateSync(e.data!))).toBe(text);
        expect(new Uint8Array(inflateRawSync(e.data!))).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('deflates a long sheet in many pieces into one valid stream (node zlib)', () => {
    useDeflater(zlibDeflater);
    const rows = Array.from(
      { length: 30_000 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>测试${r}镇 E${r}</t></is></c></row>`,
    );
    const e = newEntry('s.xml', rows);
    const back = inflateRawSync(e.data!).toString('utf8');
    expect(back).toBe(rows.join(''));
    expect(e.crc).toBe(crc32(utf8.encode(back)));
    // Compressed far below its size: pieces are deflated in batches, not one by one.
    expect(e.compressedSize).toBeLessThan(e.size / 5);
  });

  it('node zlib: a part of up to 1 MB (every part of a typical workbook) is deflated at level 6, as before', () => {
    useDeflater(zlibDeflater);
    const rows = Array.from(
      { length: 5000 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>测试${r}镇</t></is></c></row>`,
    );
    const bytes = utf8.encode(rows.join(''));
    expect(bytes.length).toBeLessThan(1 << 20);
    const e = newEntry('s.xml', rows);
    const level6 = Buffer.concat([
      deflateRawSync(bytes, { level: 6, finishFlush: constants.Z_SYNC_FLUSH }),
      deflateRawSync(new Uint8Array(0), { level: 6 }),
    ]);
    expect(Buffer.from(e.data!).equals(level6)).toBe(true);
  });
});
