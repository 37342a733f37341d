/**
 * Town-years (a plan town by its index in the profile, and a year) as keys, for the fund checks and the shares (issue
 * 14): a flat table when the plan's towns × years are few enough (a what-if plan of 20,000 towns × 5 years is 100,000
 * slots), a Map otherwise. 100,000 rows then pay no hashing and no Map growth.
 */

/** At most this many slots are laid out flat (a few MB); a larger plan uses a Map. */
const FLAT_LIMIT = 1 << 21;

export interface TownYearMap<T> {
  get(town: number, year: number): T | undefined;
  set(town: number, year: number, value: T): void;
}

/** An empty map for the towns `0 … towns - 1` and any year; years `first … last` are laid out flat when they fit. */
export function townYearMap<T>(towns: number, first: number, last: number): TownYearMap<T> {
  const span = last - first + 1;
  const byKey = new Map<number, T>();
  const key = (town: number, year: number) => town * 10000 + year;
  if (!(span > 0) || towns * span > FLAT_LIMIT || !Number.isInteger(first) || !Number.isInteger(last)) {
    return { get: (t, y) => byKey.get(key(t, y)), set: (t, y, v) => void byKey.set(key(t, y), v) };
  }
  const slots: (T | undefined)[] = new Array(towns * span).fill(undefined);
  const flat = (t: number, y: number) => Number.isInteger(y) && y >= first && y <= last && Number.isInteger(t) && t >= 0 && t < towns;
  return {
    get: (t, y) => (flat(t, y) ? slots[t * span + (y - first)] : byKey.get(key(t, y))),
    set: (t, y, v) => {
      if (flat(t, y)) slots[t * span + (y - first)] = v;
      else byKey.set(key(t, y), v);
    },
  };
}
