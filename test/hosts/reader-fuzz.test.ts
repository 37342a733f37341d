/**
 * Fuzzing the whole read-and-check path with mutated valid workbooks (issue 14): byte flips, truncation,
 * entries reordered or dropped, oversized numbers and far references written into the sheet XML. Whatever the
 * mutation, checkBytes never throws, answers within a time budget, and the heap stays within a budget.
 */
import fc from 'fast-check';
import { promises as fs } from 'fs';
import path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { checkBytes } from '../../src/hosts/xlsx/check-file';

const samples = path.join(__dirname, '..', '..', 'assets', 'samples');
let bases: Uint8Array[] = [];

beforeAll(async () => {
  bases = await Promise.all(
    ['紫金县帮扶资金-示例.xlsx', '紫金县帮扶资金-错误示例.xlsx'].map(async (f) => new Uint8Array(await fs.readFile(path.join(samples, f)))),
  );
});

type Mutation =
  | { kind: 'flip'; at: number[]; xor: number }
  | { kind: 'truncate'; keep: number }
  | { kind: 'reorder'; seed: number; drop: boolean }
  | { kind: 'xml'; edit: 'bigNumber' | 'farRef' | 'farRow' | 'hugeMerge' | 'badEntity' | 'cut'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc
      .array(
        fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x),
        { minLength: 1, maxLength: 8 },
      )
      .map((xs) => xs.map((x) => Math.floor(x * 1e9))),
    xor: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({
    kind: fc.constant('truncate' as const),
    keep: fc.double({ min: 0, max: 0.999, noNaN: true }).map((x) => Math.floor(x * 1e9)),
  }),
  fc.record({ kind: fc.constant('reorder' as const), seed: fc.integer(), drop: fc.boolean() }),
  fc.record({
    kind: fc.constant('xml' as const),
    edit: fc.constantFrom(
      'bigNumber' as const,
      'farRef' as const,
      'farRow' as const,
      'hugeMerge' as const,
      'badEntity' as const,
      'cut' as const,
    ),
    at: fc.nat(),
  }),
);

function mutate(base: Uint8Array, m: Mutation): Uint8Array {
  const b = base.slice();
  switch (m.kind) {
    case 'flip':
      for (const a of m.at) b[a % b.length] ^= m.xor;
      return b;
    case 'truncate':
      return b.subarray(0, m.keep % b.length);
    case 'reorder': {
      const files = unzipSync(base);
      let keys = Object.keys(files);
      keys = keys
        .map((k, i) => [k, (i * 2654435761 + m.seed) >>> 0] as const)
        .sort((x, y) => x[1] - y[1])
        .map((x) => x[0]);
      if (m.drop) keys.splice(m.seed >>> (0 % keys.length), 1);
      const out: Zippable = {};
      for (const k of keys) out[k] = files[k];
      return zipSync(out);
    }
    case 'xml': {
      const files = unzipSync(base);
      const sheets = Object.keys(files).filter((k) => /^xl\/worksheets\/[^/]+\.xml$/.test(k));
      const k = sheets[m.at % sheets.length];
      let x = strFromU8(files[k]);
      const edits = {
        bigNumber: () => x.replace(/<v>[^<]*<\/v>/, '<v>1e308</v>').replace(/<v>\d+<\/v>/, `<v>${'9'.repeat(400)}</v>`),
        farRef: () => x.replace(/<c r="[A-Z]+(\d+)"/, '<c r="XFD$1"'),
        farRow: () => x.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'),
        hugeMerge: () => x.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
        badEntity: () => x.replace(/<v>/, '<v>&bogus;&#0;&#x110000;'),
        cut: () => x.slice(0, (m.at * 7919) % x.length),
      };
      x = edits[m.edit]();
      files[k] = strToU8(x);
      return zipSync(files as Zippable);
    }
  }
}

describe('mutated workbooks', () => {
  it('never throw, answer within the time budget, and stay within the memory budget', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 1 }), mutation, async (which, m) => {
        const bytes = mutate(bases[which], m);
        const heap = process.memoryUsage().heapUsed;
        const t = performance.now();
        const checked = await checkBytes(bytes, 'fuzz.xlsx');
        const ms = performance.now() - t;
        // Every answer is a result for this file: findings (WB-UNREADABLE when it cannot be read), never an exception.
        expect(checked.result.file).toBe('fuzz.xlsx');
        expect(checked.unreadable).toBe(checked.result.findings.some((f) => f.code === 'WB-UNREADABLE'));
        // A sample is read and checked in tens of milliseconds; even a mutated one stays within seconds.
        expect(ms).toBeLessThan(10_000);
        expect(process.memoryUsage().heapUsed - heap).toBeLessThan(512 * 1024 * 1024);
      }),
      { numRuns: 150 },
    );
  }, 600_000);
});
