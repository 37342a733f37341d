/**
 * A value built on first use and kept (issue 14: zod and the schemas built on it cost ~20 ms of every run's
 * ~100 ms start; only a profile file, a 规则参数 sheet or an ignore list needs them, so their modules are
 * required inside such a builder and a plain check never starts them).
 */
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
