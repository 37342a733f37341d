import fc from 'fast-check';
import { writeJson } from '../../src/cli/json-out';

const pieces = (v: unknown): string[] => {
  const out: string[] = [];
  writeJson(v, (s) => out.push(s));
  return out;
};

describe('--json written in slices', () => {
  it('is the very text JSON.stringify(value, null, 2) gives, for any JSON-like value', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.array(fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.jsonValue())))),
      fc.anything({ withNullPrototype: false, withMap: false, withSet: false, withBigInt: false, withTypedArray: false }),
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(pieces(v).join('')).toBe(JSON.stringify(v, null, 2) ?? ''); // undefined has no JSON: nothing is written
      }),
      { numRuns: 1000 },
    );
  });

  it('writes flat records (findings, shares: strings, numbers, booleans, null) as JSON.stringify does, whatever their keys', () => {
    const primitive = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
    );
    const record = fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('0', '10', '__proto__', 'toJSON', '')), primitive);
    const results = fc.array(fc.record({ file: fc.string(), findings: fc.array(record), shares: fc.array(record) }), { maxLength: 3 });
    fc.assert(
      fc.property(results, (v) => {
        expect(pieces(v).join('')).toBe(JSON.stringify(v, null, 2));
      }),
      { numRuns: 500 },
    );
  });

  it('writes a large result in slices of bounded size, never as one string', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) => ({
      code: 'FUND-SHARE',
      cell: `E${i + 4}`,
      message: `「资金筹集」 E${i + 4}：比例不符`,
    }));
    const results = [{ file: 'a.xlsx', summary: { errors: findings.length }, findings, shares: [] }];
    const out = pieces(results);
    expect(out.join('')).toBe(JSON.stringify(results, null, 2));
    expect(out.length).toBeGreaterThan(10);
    expect(Math.max(...out.map((s) => s.length))).toBeLessThan(70_000);
  });
});
