/**
 * A damaged or hostile zip (issue 14, item 7): an entry whose CRC-32 disagrees with the zip directory is never
 * read nor copied as if whole (WB-UNREADABLE, damaged, in one plain sentence); an entry named `../x`, `/x` or
 * `C:x` (backslashes counting as separators) is never followed by the reader nor copied into a result workbook.
 * A package written with backslash separators (some Windows zip tools; Excel opens it) is read as the paths it
 * means, and its copy has forward slashes.
 */
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { renderOutputs } from '../../src/core';
import { unreadableZh } from '../../src/core/messages/unreadable';
import { checkBytes, resultWriter } from '../../src/hosts/xlsx/check-file';
import { buildResultWorkbook } from '../../src/hosts/xlsx/copykeep';
import { DEFAULT_LIMITS } from '../../src/hosts/xlsx/guards';
import { readWorkbook } from '../../src/hosts/xlsx/reader';
import { crc32, entryData, listZip, unsafeEntryName, type ZipEntry } from '../../src/hosts/xlsx/zip';
import { fundSheet, pairingSheet } from '../core/grids';
import { xlsxFromGrids } from '../corpus/from-grid';
import { outputs } from '../fixtures/outputs';

/** The parts the reader inflates to check a workbook (what a bad CRC there makes unreadable). */
const READ_PARTS =
  /^(_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

let book: Uint8Array;
let stored: Uint8Array;
beforeAll(async () => {
  book = new Uint8Array(await xlsxFromGrids([pairingSheet(), fundSheet({ years: [2021] })]));
  // The same package with every entry stored (not deflated), so a test can change the data bytes in place.
  stored = zipSync(unzipSync(book) as Zippable, { level: 0 });
});

const entries = (bytes: Uint8Array) => listZip(bytes) as ZipEntry[];

/** Offset of an entry's CRC in the central directory. */
function directoryCrcAt(bytes: Uint8Array, name: string): number {
  const enc = new TextEncoder().encode(name);
  for (let p = bytes.length - 22; p >= 0; p--) {
    if (bytes[p] !== 0x50 || bytes[p + 1] !== 0x4b || bytes[p + 2] !== 0x01 || bytes[p + 3] !== 0x02) continue;
    const len = bytes[p + 28] | (bytes[p + 29] << 8);
    if (len === enc.length && enc.every((b, i) => bytes[p + 46 + i] === b)) return p + 16;
  }
  throw new Error(`no ${name}`);
}

/** The zip with one entry's recorded CRC-32 changed (in the directory and the local header): its data is intact. */
function withWrongCrc(bytes: Uint8Array, name: string): Uint8Array {
  const out = bytes.slice();
  const e = entries(out).find((x) => x.name === name)!;
  const bad = (e.crc ^ 0x5a5a5a5a) >>> 0;
  for (const at of [directoryCrcAt(out, name), e.localOffset + 14]) new DataView(out.buffer).setUint32(at, bad, true);
  return out;
}

const outcome = (bytes: Uint8Array) => {
  const r = readWorkbook(bytes, DEFAULT_LIMITS);
  return r.ok ? 'read' : r.reason;
};

describe('a bad CRC', () => {
  it('in a part the check reads makes the file unreadable (damaged); in any part, the result workbook is not a copy', async () => {
    const names = entries(book).map((e) => e.name);
    expect(names.filter((n) => READ_PARTS.test(n)).length).toBeGreaterThanOrEqual(5);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), async (name) => {
        const bad = withWrongCrc(book, name);
        expect([name, outcome(bad)]).toEqual([name, READ_PARTS.test(name) ? 'damaged' : 'read']);
        const written = await buildResultWorkbook(bad, outputs());
        expect([name, written.mode]).toEqual([name, 'new']);
        expect(written.reason).toContain('CRC-32');
        // Only the product's sheets, every entry whole.
        const result = unzipSync(written.bytes);
        expect(entries(written.bytes).filter((e) => crc32(result[e.name]) !== e.crc)).toEqual([]);
      }),
      { numRuns: names.length * 2 },
    );
  });

  it('catches a changed digit in a stored sheet that would otherwise read as another number', async () => {
    const e = entries(stored).find((x) => x.name === 'xl/worksheets/sheet2.xml')!;
    const data = entryData(stored, e)!;
    const text = new TextDecoder().decode(data);
    const at = text.indexOf('<v>', text.indexOf('<row r="6"')) + 3;
    const out = stored.slice();
    const pos = data.byteOffset - stored.byteOffset + at;
    out[pos] = out[pos] === 0x39 ? 0x38 : out[pos] + 1; // still a digit: the XML stays well-formed
    expect(crc32(entryData(out, e)!)).not.toBe(e.crc);
    const checked = await checkBytes(out, '资金表.xlsx');
    expect(checked.unreadable).toBe(true);
    expect(checked.result.findings.map((f) => [f.code, f.unreadable?.reason])).toEqual([['WB-UNREADABLE', 'damaged']]);
    // One plain sentence saying what to do, no internals (no CRC, no entry name).
    expect(checked.result.findings[0].message).toContain(unreadableZh({ reason: 'damaged' }));
    expect(checked.result.findings[0].message).not.toMatch(/CRC|sheet2|xml/i);
    // The intact file reads, and its result workbook is a copy.
    expect(outcome(stored)).toBe('read');
    expect((await resultWriter(stored, renderOutputs((await checkBytes(stored, 'x.xlsx')).report, 'zh-CN'))).mode).toBe('copy');
  });

  it('crc32 continues across chunks as zip computes it over the whole entry', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (b, k) => {
        const cut = b.length ? k % b.length : 0;
        expect(crc32(b.subarray(cut), crc32(b.subarray(0, cut)))).toBe(crc32(b));
      }),
    );
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926); // the CRC-32 check value
  });
});

const UNSAFE = [
  '../evil.txt',
  'xl/../../evil.txt',
  '/etc/evil.txt',
  'C:/evil.txt',
  'c:evil.txt',
  '..\\evil.txt',
  'xl\\..\\..\\evil.txt',
  '\\\\host\\share\\x',
];

describe('unsafe entry names', () => {
  it('are told apart from every name a package uses', () => {
    for (const n of UNSAFE) expect([n, unsafeEntryName(n) !== undefined]).toEqual([n, true]);
    for (const n of entries(book).map((e) => e.name)) expect([n, unsafeEntryName(n)]).toEqual([n, undefined]);
    for (const n of ['xl/media/image..1.png', 'docProps/app.xml', 'xl\\worksheets\\sheet1.xml', '[Content_Types].xml'])
      expect([n, unsafeEntryName(n)]).toEqual([n, undefined]);
  });

  it('are never followed by the reader nor copied into a result workbook, wherever they stand in the zip', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...UNSAFE), fc.boolean(), async (name, first) => {
        const files = unzipSync(book) as Zippable;
        const evil: Zippable = { [name]: strToU8('<x>evil</x>') };
        const bytes = zipSync(first ? { ...evil, ...files } : { ...files, ...evil });
        const read = readWorkbook(bytes, DEFAULT_LIMITS);
        expect(read.ok ? 'read' : [read.reason, read.detail?.startsWith('unsafe entry name')]).toEqual(['damaged', true]);
        const checked = await checkBytes(bytes, 'x.xlsx');
        expect(checked.result.findings.map((f) => f.code)).toEqual(['WB-UNREADABLE']);
        const written = await buildResultWorkbook(bytes, outputs());
        expect(written.mode).toBe('new');
        expect(written.reason).toContain('unsafe name');
        expect(
          entries(written.bytes)
            .map((e) => e.name)
            .filter((n) => unsafeEntryName(n)),
        ).toEqual([]);
      }),
      { numRuns: UNSAFE.length * 2 },
    );
  });

  it('backslash separators (as some Windows zip tools write them) are read as the paths they mean; the copy has slashes', async () => {
    const files = unzipSync(book);
    const windows: Zippable = {};
    for (const [n, data] of Object.entries(files)) windows[n.replace(/\//g, '\\')] = data;
    // The workbook's relationship to a sheet written with a backslash too.
    const rels = 'xl\\_rels\\workbook.xml.rels';
    windows[rels] = strToU8(
      new TextDecoder().decode(windows[rels] as Uint8Array).replace('worksheets/sheet2.xml', 'worksheets\\sheet2.xml'),
    );
    const bytes = zipSync(windows);
    expect(entries(bytes).filter((e) => e.name.includes('/'))).toEqual([]);
    expect(readWorkbook(bytes, DEFAULT_LIMITS)).toEqual(readWorkbook(book, DEFAULT_LIMITS));
    const checked = await checkBytes(bytes, 'x.xlsx');
    expect(checked.unreadable).toBe(false);
    const written = await resultWriter(bytes, renderOutputs(checked.report, 'zh-CN'));
    expect(written.mode).toBe('copy');
    const names = entries(written.bytes).map((e) => e.name);
    expect(names.filter((n) => n.includes('\\'))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(Object.keys(files)));
  });
});
