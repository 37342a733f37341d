import fc from 'fast-check';
import { compareR, formatRational, parseRational, rational, splitByWeights, sumR, type Rational } from '../../src/core';

const r = (s: string | number) => parseRational(s)!;

describe('parseRational', () => {
  it('reads numbers as Excel shows them, so 0.1 is exactly one tenth', () => {
    expect(r(0.1)).toEqual({ num: 1n, den: 10n });
    expect(r(0.1 + 0.2)).toEqual({ num: 3n, den: 10n });
    expect(r(2000)).toEqual({ num: 2000n, den: 1n });
  });

  it('reads text numbers with separators, full-width digits and percentages', () => {
    expect(r('1,200.5')).toEqual({ num: 2401n, den: 2n });
    expect(r('３０%')).toEqual({ num: 3n, den: 10n });
    expect(r('12.5%')).toEqual({ num: 1n, den: 8n });
    expect(parseRational('待定')).toBeNull();
    expect(parseRational(Number.NaN)).toBeNull();
  });

  it('adds weights exactly: 0.3 + 0.3 + 0.1 + 0.2 + 0.05 + 0.05 is 1', () => {
    expect(compareR(sumR([0.3, 0.3, 0.1, 0.2, 0.05, 0.05].map(r)), rational(1n))).toBe(0);
  });

  it('formats to fixed places, half away from zero, or exactly', () => {
    expect(formatRational(rational(1n, 3n), 6)).toBe('0.333333');
    expect(formatRational(rational(2n, 3n), 6)).toBe('0.666667');
    expect(formatRational(rational(-1n, 8n))).toBe('-0.125');
    expect(formatRational(rational(30n))).toBe('30');
  });
});

describe('splitByWeights', () => {
  it('gives the odd 分 to the largest remainder, ties to the first', () => {
    const third = rational(1n, 3n);
    expect(splitByWeights(100n, [third, third, third])).toEqual([34n, 33n, 33n]);
    expect(splitByWeights(10n, [rational(1n, 6n), rational(1n, 2n), rational(1n, 3n)])).toEqual([2n, 5n, 3n]);
    expect(splitByWeights(5n, [rational(0n), rational(1n)])).toEqual([0n, 5n]);
  });

  const weight: fc.Arbitrary<Rational> = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 9n }))
    .map(([n, d]) => rational(n, d));

  it('always adds up to the total, each part within 1 分 of its exact quotient', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }),
        fc.array(weight, { minLength: 1, maxLength: 20 }).filter((ws) => ws.some((w) => w.num > 0n)),
        (total, ws) => {
          const parts = splitByWeights(total, ws);
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
          const sum = sumR(ws);
          parts.forEach((p, i) => {
            // |p − total·w/W| < 1  ⇔  |p·W − total·w| < W, on a common denominator.
            const exact = rational(total * ws[i].num * sum.den, ws[i].den * sum.num);
            const diff = p * exact.den - exact.num;
            expect(diff < exact.den && -diff < exact.den).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
