import fc from 'fast-check';
import { townYearMap } from '../../src/core/checks/town-years';

describe('town-years as keys (fund checks, shares)', () => {
  it('remember exactly what a Map keyed by town and year remembers, laid out flat or not', () => {
    const op = fc.record({
      town: fc.oneof(fc.nat({ max: 8 }), fc.constantFrom(-1, 1.5, 1e6)),
      /** Near the plan's years: just inside and just outside them. */
      year: fc.oneof(fc.integer({ min: -2, max: 10 }), fc.constantFrom(0.5, -4042)),
      set: fc.boolean(),
      value: fc.string({ maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 2018, max: 2024 }),
        fc.integer({ min: -1, max: 8 }),
        fc.boolean(),
        fc.array(op, { maxLength: 200 }),
        (towns, first, span, huge, ops) => {
          // `huge`: a plan too large to lay out flat (the Map path).
          const m = townYearMap<string>(huge ? towns + 5_000_000 : towns, first, first + span - 1);
          const want = new Map<string, string>();
          for (const o of ops) {
            const year = first + o.year;
            const k = `${o.town}|${year}`;
            if (o.set) {
              m.set(o.town, year, o.value);
              want.set(k, o.value);
            }
            expect(m.get(o.town, year)).toBe(want.get(k));
          }
          // Nothing set lands on another town-year.
          for (let t = -1; t <= towns + 1; t++)
            for (let y = first - 2; y <= first + span + 2; y++) expect(m.get(t, y)).toBe(want.get(`${t}|${y}`));
        },
      ),
      { numRuns: 300 },
    );
  });
});
