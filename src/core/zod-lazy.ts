/**
 * zod, loaded on first use (issue 14). Its module start-up and the schemas built on it cost ~20 ms of every run's
 * ~100 ms start; only a profile file, a 规则参数 sheet or an ignore list needs them, so a plain check never pays.
 */
type Zod = typeof import('./zod-lib');

let lib: Zod | undefined;

export function zod(): Zod {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (lib ??= require('./zod-lib') as Zod);
}

/** A value built on first use and kept (a schema). */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
