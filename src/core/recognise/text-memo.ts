/**
 * Remembering what a text rule said about a string (issue 14): a fund sheet names each town once a year and repeats
 * the same labels row after row, so the normalisers run once per distinct text, not once per row. Caches are
 * bounded (cleared when full), so a sheet of 100,000 distinct texts never holds them all: 50,000 short strings are a few MB.
 */

const LIMIT = 50_000;

/** `fn` remembered for the last last tens of thousands of distinct strings; `fn` must depend on its argument only. */
export function memoText<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      v = fn(s);
      if (cache.size >= LIMIT) cache.clear();
      cache.set(s, v);
    }
    return v as T;
  };
}

/** `fn(s, key)` remembered per `key` object (a profile) and string; `fn` must depend on its arguments only. */
export function memoTextBy<K extends object, T>(fn: (s: string, key: K) => T): (s: string, key: K) => T {
  const byKey = new WeakMap<K, (s: string) => T>();
  return (s, key) => {
    let f = byKey.get(key);
    if (!f) {
      f = memoText((t) => fn(t, key));
      byKey.set(key, f);
    }
    return f(s);
  };
}
