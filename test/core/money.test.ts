import fc from 'fast-check';
import {
  decimalToFen,
  formatFen,
  formatFenBigint,
  numberToFen,
  parseTextAmount,
  roundExcel,
  splitByRatio,
  splitShares,
  splitSharesBigint,
  sharesOfNumber,
  DEFAULT_PROFILE,
} from '../../src/core';

describe('roundExcel', () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-0.5, 0, -1],
    [0.5, 0, 1],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [0.125, 2, 0.13],
    [-0.125, 2, -0.13],
    [1.045, 2, 1.05],
    [8.345, 2, 8.35],
    [0.285, 2, 0.29],
    [1234.5678, -2, 1200],
    [0.1 + 0.2, 1, 0.3],
    [-0.004, 2, 0],
  ])('ROUND(%p, %p) is %p as in Excel', (x, d, want) => {
    expect(roundExcel(x, d)).toBe(want);
  });
});

describe('numberToFen', () => {
  it('reads 万元 into 分 exactly', () => {
    expect(numberToFen(2000, '万元')).toBe(2_000_000_000n);
    expect(numberToFen(0.01, '万元')).toBe(10_000n);
    expect(numberToFen(1.005, '元')).toBe(101n);
    expect(numberToFen(1, '亿元')).toBe(10_000_000_000n);
  });
  it('takes the number as Excel shows it (15 significant digits)', () => {
    expect(numberToFen(0.1 + 0.2, '元')).toBe(30n);
    expect(numberToFen(1200.0000000000002, '万元')).toBe(1_200_000_000n);
  });
  it('refuses NaN and infinities instead of inventing an amount', () => {
    expect(numberToFen(NaN, '元')).toBeNull();
    expect(numberToFen(Infinity, '元')).toBeNull();
  });
  it('keeps negative zero as zero', () => {
    expect(numberToFen(-0, '万元')).toBe(0n);
    expect(formatFen(numberToFen(-0, '万元')!, '万元')).toBe('0.00');
  });
});

describe('formatFen', () => {
  it('prints two decimals, and more only when the amount has them', () => {
    expect(formatFen(2_000_000_000n, '万元')).toBe('2000.00');
    expect(formatFen(12_000_060n, '万元')).toBe('12.00006');
    expect(formatFen(-150n, '元')).toBe('-1.50');
    expect(formatFen(5n, '元')).toBe('0.05');
  });
  it('round-trips with decimalToFen', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.constantFrom('元', '万元', '亿元' as const), (fen, unit) => {
        expect(decimalToFen(formatFen(fen, unit), unit)).toBe(fen);
      }),
    );
  });
  it('prints the same digits on doubles (below 2^53 分) as on bigints, at any number of decimals', () => {
    const safe = BigInt(Number.MAX_SAFE_INTEGER);
    const fen = fc.oneof(
      fc.bigInt({ min: -safe, max: safe }),
      fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map((k) => k * 10n ** 4n),
      fc.bigInt({ min: -1000n, max: 1000n }),
      fc.constantFrom(safe, -safe, safe + 1n, -safe - 1n, 2n ** 64n, 0n),
    );
    fc.assert(
      fc.property(fen, fc.constantFrom('元', '万元', '亿元' as const), fc.integer({ min: 0, max: 12 }), (f, unit, min) => {
        expect(formatFen(f, unit, min)).toBe(formatFenBigint(f, unit, min));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formatFen remembered', () => {
  it('writes each amount as the bigint path does, when amounts repeat and past the cache bound, in every unit', () => {
    const units = ['元', '万元', '亿元'] as const;
    for (let i = 0; i < 20_000; i++) {
      const fen = BigInt((i * 7919) % 9000) * 10_000n - 3n * BigInt(i % 5);
      const unit = units[i % 3];
      expect(formatFen(fen, unit)).toBe(formatFenBigint(fen, unit, 2));
      expect(formatFen(fen, unit, 0)).toBe(formatFenBigint(fen, unit, 0));
    }
  });
});

describe('parseTextAmount', () => {
  it.each([
    ['1,200', '1200', undefined],
    ['１２００', '1200', undefined],
    ['１,２００.５', '1200.5', undefined],
    ['1200万', '1200', '万元'],
    ['20万元', '20', '万元'],
    ['5000元', '5000', '元'],
    [' 1200 ', '1200', undefined],
    ['(1,200)', '-1200', undefined],
    ['1200\u200B', '1200', undefined],
  ])('reads %p', (text, decimal, unit) => {
    const r = parseTextAmount(text);
    expect(r?.decimal).toBe(decimal);
    expect(r?.unit).toBe(unit);
  });
  it.each(['待定', '', '1,2,3', '12a', 'NaN', 'Infinity', '--1', '1.2.3'])('does not read %p as a number', (text) => {
    expect(parseTextAmount(text)).toBeNull();
  });
});

describe('splitByRatio', () => {
  it('gives the odd 分 to the largest remainder', () => {
    expect(splitByRatio(10n, [6, 3, 1])).toEqual([6n, 3n, 1n]);
    expect(splitByRatio(7n, [6, 3, 1])).toEqual([4n, 2n, 1n]);
    expect(splitByRatio(1n, [2, 8])).toEqual([0n, 1n]);
  });
  it('gives equal remainders to the part listed first', () => {
    expect(splitByRatio(1n, [1, 1])).toEqual([1n, 0n]);
    expect(splitByRatio(5n, [3, 3, 3, 1])).toEqual([2n, 2n, 1n, 0n]);
  });
  it('always adds up to the whole', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 8 }),
        (total, ratios) => {
          const parts = splitByRatio(total, ratios);
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
          // Each part is within one 分 of its exact share.
          const sum = BigInt(ratios.reduce((a, b) => a + b, 0));
          parts.forEach((p, i) => {
            const exact = total * BigInt(ratios[i]);
            const diff = p * sum - exact;
            expect(diff < 0n ? -diff : diff).toBeLessThan(sum);
          });
        },
      ),
    );
  });
  it('matches the largest-remainder rule on small and huge amounts alike (the double fast path and bigint)', () => {
    // The rule written plainly: floors, then the largest remainders (ties: listed first) get 1 分 each.
    const reference = (total: bigint, ratios: number[]): bigint[] => {
      const w = ratios.map(BigInt);
      const sum = w.reduce((a, b) => a + b, 0n);
      const mag = total < 0n ? -total : total;
      const parts = w.map((x) => (mag * x) / sum);
      let left = mag - parts.reduce((a, b) => a + b, 0n);
      const order = w.map((x, i) => ({ i, rem: (mag * x) % sum })).sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
      for (const { i } of order) {
        if (left === 0n) break;
        parts[i] += 1n;
        left--;
      }
      return total < 0n ? parts.map((p) => -p) : parts;
    };
    const amount = fc.oneof(
      fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
      fc.bigInt({ min: 2n ** 50n, max: 2n ** 56n }),
      fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
    );
    fc.assert(
      fc.property(amount, fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 6 }), (total, ratios) => {
        fc.pre(ratios.some((r) => r > 0));
        expect(splitByRatio(total, ratios)).toEqual(reference(total, ratios));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splitShares', () => {
  it('splits the standard amount into 1200 / 600 / 200 (40 + 160) 万元', () => {
    const s = splitShares(numberToFen(DEFAULT_PROFILE.standard, '万元')!, DEFAULT_PROFILE);
    expect([s.province, s.shenzhen, s.heyuan, s.heyuanCity, s.county].map((f) => formatFen(f, '万元'))).toEqual([
      '1200.00',
      '600.00',
      '200.00',
      '40.00',
      '160.00',
    ]);
  });
  it('has parts that add up at both steps for any amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }), (total) => {
        const s = splitShares(total, DEFAULT_PROFILE);
        expect(s.province + s.shenzhen + s.heyuan).toBe(total);
        expect(s.heyuanCity + s.county).toBe(s.heyuan);
      }),
    );
  });
});

/** A profile's parts with other ratios (the same keys, in the same order). */
function withRatios<P extends { ratio: number }>(parts: readonly P[], ratios: number[]): P[] {
  return parts.map((p, i) => ({ ...p, ratio: ratios[i] }));
}

describe('splitShares on doubles', () => {
  it('gives exactly the bigint split, for any amount (negative, beyond 2^53) and any ratios', () => {
    const ratio = fc.integer({ min: 0, max: 50 });
    const safe = BigInt(Number.MAX_SAFE_INTEGER);
    const total = fc.oneof(
      fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
      fc.bigInt({ min: -safe, max: safe }),
      fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
      fc.constantFrom(0n, 1n, -1n, safe, -safe, safe + 1n, -safe - 1n, safe / 50n, safe / 50n + 1n),
    );
    fc.assert(
      fc.property(total, fc.tuple(ratio, ratio, ratio), fc.tuple(ratio, ratio), (t, [a, b, c], [d, e]) => {
        fc.pre(a + b + c > 0 && d + e > 0);
        const profile = {
          ...DEFAULT_PROFILE,
          sources: withRatios(DEFAULT_PROFILE.sources, [a, b, c]),
          localSplit: withRatios(DEFAULT_PROFILE.localSplit, [d, e]),
        };
        expect(splitShares(t, profile)).toEqual(splitSharesBigint(t, profile));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('sharesOfNumber', () => {
  it('gives the figures splitShares gives, for any ratios, or declines', () => {
    const ratio = fc.integer({ min: 0, max: 50 });
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
        fc.tuple(ratio, ratio, ratio),
        fc.tuple(ratio, ratio),
        (total, [a, b, c], [d, e]) => {
          fc.pre(a + b + c > 0 && d + e > 0);
          const profile = {
            sources: [
              { key: 'province' as const, ratio: a },
              { key: 'shenzhen' as const, ratio: b },
              { key: 'heyuan' as const, ratio: c },
            ],
            localSplit: [
              { key: 'heyuanCity' as const, ratio: d },
              { key: 'county' as const, ratio: e },
            ],
          };
          const out: number[] = [];
          const s = splitShares(BigInt(total), profile);
          if (sharesOfNumber(total, profile, out))
            expect(out.map(BigInt)).toEqual([s.province, s.shenzhen, s.heyuan, s.heyuanCity, s.county]);
          else expect(total * Math.max(a + b + c, d + e)).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('splitShares bounds', () => {
  it('puts every share within 2 分 of its exact fraction of the pool (what lets the diagnosis try only nearby pools)', () => {
    const ratio = fc.integer({ min: 0, max: 50 });
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.tuple(ratio, ratio, ratio),
        fc.tuple(ratio, ratio),
        (t, [a, b, c], [d, e]) => {
          fc.pre(a + b + c > 0 && d + e > 0);
          const [sumS, sumL] = [BigInt(a + b + c), BigInt(d + e)];
          const den = sumS * sumL;
          const s = splitShares(t, {
            sources: [
              { key: 'province', ratio: a },
              { key: 'shenzhen', ratio: b },
              { key: 'heyuan', ratio: c },
            ],
            localSplit: [
              { key: 'heyuanCity', ratio: d },
              { key: 'county', ratio: e },
            ],
          });
          const num = [BigInt(a) * sumL, BigInt(b) * sumL, BigInt(c) * sumL, BigInt(c * d), BigInt(c * e)];
          [s.province, s.shenzhen, s.heyuan, s.heyuanCity, s.county].forEach((share, i) => {
            const off = share * den - t * num[i];
            expect(off < 0n ? -off : off).toBeLessThan(2n * den);
          });
        },
      ),
      { numRuns: 3000 },
    );
  });
});
