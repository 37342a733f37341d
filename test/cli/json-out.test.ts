import fc from 'fast-check';
import { closeSync, openSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { writeJson, writeJsonText } from '../../src/cli/json-out';
import { encodeJson, escapeControls, writeWaiting } from '../../src/cli/terminal';

const pieces = (v: unknown): string[] => {
  const out: string[] = [];
  writeJson(v, (s) => out.push(s));
  return out;
};

/** What --json printed before it was written in batches: the whole text, then escaped. */
const expected = (v: unknown): string => escapeControls(JSON.stringify(v, null, 2) ?? ''); // undefined has no JSON: nothing

// Every character terminal.ts escapes, the two it keeps (tab, newline), JSON's own escapes, surrogates paired and alone.
const special = fc.constantFrom(
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '"',
  '\\',
  '\u2028',
  '\u2029',
  '\ud83d\ude00',
  '\ud83d',
  '\ude00',
  '镇',
  '测试',
);
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.array(fc.oneof(special, fc.string({ maxLength: 3 })), { maxLength: 12 }).map((a) => a.join('')),
);
const primitive = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined));
const key = fc.oneof(text, fc.constantFrom('0', '10', '__proto__', 'toJSON', '', 'town', 'cell'));
const record = fc.dictionary(key, primitive);
const nested = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    primitive,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;
const results = fc.array(
  fc.record(
    {
      file: text,
      summary: fc.dictionary(key, fc.oneof(fc.integer(), fc.constant(undefined))),
      findings: fc.array(fc.oneof(record, nested), { maxLength: 40 }),
      shares: fc.array(record, { maxLength: 40 }),
      recognition: nested,
    },
    { requiredKeys: ['file', 'findings', 'shares'] },
  ),
  { maxLength: 3 },
);

describe('--json written in slices', () => {
  it('is the very text escapeControls(JSON.stringify(value, null, 2)) gives, for any JSON-like value', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      nested,
      fc.array(fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.jsonValue())))),
      fc.anything({ withNullPrototype: false, withMap: false, withSet: false, withBigInt: false, withTypedArray: false }),
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(pieces(v).join('')).toBe(expected(v));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes reports (findings, shares, nested records) with every control and bidi character, surrogate pairs and lone surrogates exactly as before', () => {
    fc.assert(
      fc.property(results, (v) => {
        const out = pieces(v).join('');
        expect(out).toBe(expected(v));
        // Nothing that could drive a terminal is left in the text.
        // eslint-disable-next-line no-control-regex
        expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(out)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('writes long arrays of records, stringified a batch at a time, exactly as before', () => {
    const long = fc.array(fc.oneof(record, nested), { minLength: 60, maxLength: 400, size: 'max' });
    fc.assert(
      fc.property(fc.array(fc.record({ file: text, findings: long, shares: long }), { minLength: 1, maxLength: 2 }), (v) => {
        expect(pieces(v).join('')).toBe(expected(v));
      }),
      { numRuns: 60 },
    );
  });

  it('records with toJSON, undefined, functions and holes are written as JSON.stringify writes them', () => {
    const date = new Date(Date.UTC(2024, 0, 2));
    const none = { toJSON: () => undefined };
    // eslint-disable-next-line no-sparse-arrays
    const holes = [1, , 3];
    const v = [
      { file: 'a', when: date, gone: none, fn: () => 1, findings: [date, none, undefined, { a: undefined, b: date }], shares: holes },
      { file: 'b', findings: [{ deep: { deeper: [date, { x: '\u009b31m' }] } }], shares: [] },
    ];
    expect(pieces(v).join('')).toBe(expected(v));
  });

  it('writes a large result in slices of bounded size, never as one string, and escapes controls in any record', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) => ({
      code: 'FUND-SHARE',
      cell: `E${i + 4}`,
      message: `「资金筹集」 E${i + 4}：比例不符${i % 997 === 0 ? '\u202e\u009b' : ''}`,
    }));
    const results = [{ file: 'a.xlsx', summary: { errors: findings.length }, findings, shares: [] }];
    const out = pieces(results);
    expect(out.join('')).toBe(expected(results));
    expect(out.join('')).toContain('比例不符\\u202e\\u009b');
    expect(out.length).toBeGreaterThan(10);
    expect(Math.max(...out.map((s) => s.length))).toBeLessThan(70_000);
  });
});

describe('--json escaped as it is encoded (the CLI)', () => {
  /** The bytes the CLI writes: each piece of writeJsonText encoded by encodeJson (a view of a reused buffer: copied). */
  const bytes = (v: unknown): Buffer => {
    const out: Buffer[] = [];
    writeJsonText(v, (s) => out.push(Buffer.from(encodeJson(s))));
    return Buffer.concat(out);
  };

  it('are the UTF-8 bytes of escapeControls(JSON.stringify(value, null, 2)), for generated reports and any value', () => {
    const value = fc.oneof(results, nested, fc.anything({ withNullPrototype: false, withMap: false, withSet: false, withBigInt: false }));
    fc.assert(
      fc.property(value, (v) => {
        expect(bytes(v).equals(Buffer.from(expected(v), 'utf8'))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('escapes every character escapeControls escapes above U+001F, next to the characters whose UTF-8 shares their first byte', () => {
    // U+0080–U+00BF begin with C2 like the C1 controls; U+2000–U+2FFF (“ ” — …) begin with E2 like the bidi characters.
    const near = fc.oneof(
      fc.integer({ min: 0x7e, max: 0xc0 }),
      fc.integer({ min: 0x2000, max: 0x2100 }),
      fc.integer({ min: 0x3000, max: 0x3010 }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            near.map((c) => String.fromCharCode(c)),
            fc.string({ maxLength: 4 }),
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          const json = JSON.stringify({ t: parts.join('') }, null, 2);
          expect(Buffer.from(encodeJson(json)).toString('utf8')).toBe(escapeControls(json));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('writing to a file descriptor', () => {
  const file = path.join(os.tmpdir(), `bangfu-write-${process.pid}.txt`);
  const written = (s: string, json: boolean): Buffer => {
    const fd = openSync(file, 'w');
    try {
      writeWaiting({ fd, writableLength: 0 } as unknown as NodeJS.WriteStream, s, json);
    } finally {
      closeSync(fd);
    }
    return readFileSync(file);
  };
  const long = fc.string({ unit: 'binary', minLength: 1, maxLength: 50 }).map((s) => s.repeat(25_000));

  it('writes the UTF-8 bytes Buffer.from gives, for any text (surrogate pairs, lone surrogates, long text)', () => {
    fc.assert(
      fc.property(fc.oneof(text, long), (s) => {
        expect(written(s, false).equals(Buffer.from(s, 'utf8'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('writes JSON text escaped, short or longer than the reused buffer holds', () => {
    fc.assert(
      fc.property(fc.oneof(text, long), (s) => {
        const json = JSON.stringify([s]);
        expect(written(json, true).equals(Buffer.from(escapeControls(json), 'utf8'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
