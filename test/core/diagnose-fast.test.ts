/**
 * The diagnosis's fast paths (issue 14): exact pools counted on doubles, and the last rows' answers compared value by
 * value. Each is compared with the plain rule over generated pools, ratios and rows.
 */
import fc from 'fast-check';
import { diagnoseRow, diagnoseRowFresh, exactPoolsBigint, exactPoolsNumber } from '../../src/core/checks/diagnose';
import { DEFAULT_PROFILE, splitShares, type AmountKey, type Profile } from '../../src/core';

const SHARE_KEYS: AmountKey[] = ['province', 'shenzhen', 'heyuan', 'heyuanCity', 'county'];

describe('diagnosis fast paths (issue 14)', () => {
  it('finds the same exact pools on doubles as on bigints, for any window, ratios and kept cells', () => {
    const ratios = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }));
    const local = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }));
    fc.assert(
      fc.property(
        ratios,
        local,
        fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 2n ** 53n - 200n, max: 2n ** 53n - 1n })),
        fc.integer({ min: 0, max: 120 }),
        fc.subarray(SHARE_KEYS, { minLength: 1 }),
        fc.integer({ min: -3, max: 3 }),
        ([p, s, h], [c, k], center, width, kept, nudge) => {
          const profile = {
            ...DEFAULT_PROFILE,
            sources: DEFAULT_PROFILE.sources.map((x, i) => ({ ...x, ratio: [p, s, h][i] })),
            localSplit: DEFAULT_PROFILE.localSplit.map((x, i) => ({ ...x, ratio: [c, k][i] })),
          } as Profile;
          // The kept cells as a pool near the window's middle gives them, one of them nudged (often no pool fits).
          const sh = splitShares(center, profile);
          const v: Partial<Record<AmountKey, bigint>> = {};
          for (const key of kept) v[key] = sh[key];
          v[kept[0]] = v[kept[0]]! + BigInt(nudge);
          const lo = center - BigInt(width) < 0n ? 0n : center - BigInt(width);
          let hi = center + BigInt(width);
          if (hi > 2n ** 53n - 1n) hi = 2n ** 53n - 1n;
          const big: bigint[] = [];
          exactPoolsBigint(lo, hi, kept, v, profile, big);
          const num: bigint[] = [];
          exactPoolsNumber(Number(lo), Number(hi), kept, v, profile, num);
          expect(num).toEqual(big);
          if (nudge === 0) expect(big).toContain(center);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers a row as afresh when rows repeat in cycles, also when the caller changes its row afterwards', () => {
    const keys: AmountKey[] = ['total', 'province', 'shenzhen', 'heyuan', 'heyuanCity', 'county'];
    const row = fc
      .record({
        pool: fc.bigInt({ min: 0n, max: 10n ** 11n }),
        wrong: fc.constantFrom(...keys),
        by: fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }),
        heyuanColumn: fc.boolean(),
      })
      .map(({ pool, wrong, by, heyuanColumn }) => {
        const s = splitShares(pool, DEFAULT_PROFILE);
        const values: Partial<Record<AmountKey, bigint>> = {};
        for (const k of keys) if (heyuanColumn || k !== 'heyuan') values[k] = s[k];
        if (values[wrong] !== undefined) values[wrong] = values[wrong]! + by;
        return { values, others: 0n, heyuanColumn };
      });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 4 }), (rows, times) => {
        for (let t = 0; t < times; t++)
          rows.forEach((r, i) => {
            const mine = { ...r, values: { ...r.values } };
            const d = diagnoseRow(mine, DEFAULT_PROFILE, 0n);
            expect(d).toEqual(diagnoseRowFresh(r, DEFAULT_PROFILE, 0n));
            // The caller's object is its own: changed after the call (here into the next row), no later answer changes.
            const next = rows[(i + 1) % rows.length].values;
            for (const k of keys) mine.values[k] = next[k];
          });
      }),
      { numRuns: 150 },
    );
  });
});
