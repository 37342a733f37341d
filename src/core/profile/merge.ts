/** Paths into plain objects and the deep merge a profile override uses: objects merge key by key, arrays and scalars replace. */
export function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => p === path[i]);
}

export function getPath(obj: unknown, path: readonly string[]): unknown {
  let v: unknown = obj;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

export function setPath(obj: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const out = { ...obj };
  const [head, ...rest] = path;
  out[head] = rest.length === 0 ? value : setPath(isPlain(out[head]) ? (out[head] as Record<string, unknown>) : {}, rest, value);
  return out;
}

/** Objects merge key by key; arrays and scalars replace (as parseProfile merges). */
export function mergeDeep(base: unknown, over: unknown): unknown {
  if (isPlain(base) && isPlain(over)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = k in base ? mergeDeep(base[k], v) : v;
    return out;
  }
  return over === undefined ? base : over;
}

export function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
