/**
 * The CLI inflates the parts it reads with node's zlib (src/cli/zlib-inflater.ts), the page's worker with
 * fflate: whatever a file holds or claims, both must give the same answer — the same snapshot, or the same
 * failure with the same reason. Lying sizes in the zip directory, damaged deflate data and byte budgets are
 * generated here.
 */
import fc from 'fast-check';
import { readWorkbook } from '../../src/hosts/xlsx/reader';
import { DEFAULT_LIMITS, type ReadLimits } from '../../src/hosts/xlsx/guards';
import { useInflater } from '../../src/hosts/xlsx/part-stream';
import { listZip } from '../../src/hosts/xlsx/zip';
import { useZlibInflater, zlibInflate } from '../../src/cli/zlib-inflater';
import { rawXlsx, sheetXml } from '../hosts/xlsx-parts';

afterEach(() => useInflater(undefined));

function both(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS) {
  useInflater(undefined);
  const fflate = readWorkbook(bytes, limits);
  useZlibInflater();
  const zlib = readWorkbook(bytes, limits);
  useInflater(undefined);
  return { fflate, zlib };
}

/** The central directory record of the entry named `name` (its offset), to make it lie. */
function directoryRecord(b: Uint8Array, name: string): number {
  const enc = new TextEncoder().encode(name);
  for (let p = b.length - 46; p >= 0; p--) {
    if (b[p] !== 0x50 || b[p + 1] !== 0x4b || b[p + 2] !== 0x01 || b[p + 3] !== 0x02) continue;
    const len = b[p + 28] | (b[p + 29] << 8);
    if (len === enc.length && enc.every((c, i) => b[p + 46 + i] === c)) return p;
  }
  throw new Error(`no ${name}`);
}

const setU32 = (b: Uint8Array, o: number, v: number) => new DataView(b.buffer, b.byteOffset).setUint32(o, v >>> 0, true);

function book(rows: number, text: string): Uint8Array {
  const data = Array.from(
    { length: rows },
    (_, i) =>
      `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${text}${i}</t></is></c><c r="B${i + 1}"><v>${i * 1.25}</v></c></row>`,
  ).join('');
  return rawXlsx({ sheets: [{ name: 'S', xml: sheetXml(data) }] });
}

describe("node's zlib and fflate read every file alike", () => {
  it('gives the same snapshot or failure, whatever size the directory claims and however the data is damaged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.string({ maxLength: 6 }).map((s) => s.replace(/[<&\]]/g, '')),
        fc.oneof(fc.constant(0), fc.integer({ min: -40, max: 40 })),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })), { maxLength: 3 }),
        fc.option(fc.integer({ min: 1_000, max: 60_000 })),
        (rows, text, delta, flips, budget) => {
          const b = book(rows, text);
          const rec = directoryRecord(b, 'xl/worksheets/sheet1.xml');
          const size = new DataView(b.buffer, b.byteOffset).getUint32(rec + 24, true);
          setU32(b, rec + 24, Math.max(0, size + delta));
          // Damage inside the sheet's compressed data (the local header is 30 bytes + the name before it).
          const local = new DataView(b.buffer, b.byteOffset).getUint32(rec + 42, true);
          const start = local + 30 + 'xl/worksheets/sheet1.xml'.length;
          const compressed = new DataView(b.buffer, b.byteOffset).getUint32(rec + 20, true);
          for (const [at, xor] of flips) b[start + Math.floor(at * compressed)] ^= xor;
          const limits = budget === null ? DEFAULT_LIMITS : { ...DEFAULT_LIMITS, maxUncompressedBytes: budget };
          const { fflate, zlib } = both(b, limits);
          expect(zlib).toEqual(fflate);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads an honest file whole, and never holds more than the size the directory gives', () => {
    const b = book(2_000, '测试');
    const e = listZip(b);
    if (typeof e === 'string') throw new Error(e);
    const { fflate, zlib } = both(b);
    expect(fflate.ok).toBe(true);
    expect(zlib).toEqual(fflate);
    const sheet = e.find((x) => x.name === 'xl/worksheets/sheet1.xml')!;
    const data = b.subarray(sheet.localOffset + 30 + sheet.name.length, sheet.localOffset + 30 + sheet.name.length + sheet.compressedSize);
    expect(zlibInflate(data, sheet.size)?.length).toBe(sheet.size);
    // Longer or shorter than it says: not given (the streaming reader decides).
    expect(zlibInflate(data, sheet.size - 1)).toBeUndefined();
    expect(zlibInflate(data, sheet.size + 1)).toBeUndefined();
  });

  it('refuses a part beyond the byte budget as too large, and a lying size as damaged', () => {
    const b = book(3_000, 'x');
    const { zlib } = both(b, { ...DEFAULT_LIMITS, maxUncompressedBytes: 50_000 });
    expect(zlib).toMatchObject({ ok: false, reason: 'too-large', limit: 'unzipped' });
    const rec = directoryRecord(b, 'xl/worksheets/sheet1.xml');
    setU32(b, rec + 24, 1000);
    expect(both(b).zlib).toMatchObject({ ok: false, reason: 'damaged' });
  });
});
