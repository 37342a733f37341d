/**
 * `--json` written in pieces (issue 14): the same text as `JSON.stringify(value, null, 2)`, but produced and
 * written a slice at a time, so that 100,000 findings never make one 90 MB string (and its escaped and
 * UTF-8-encoded copies) in memory at once.
 */

const SLICE = 1 << 16;

/** Writes `value` as JSON.stringify(value, null, 2) would, in slices of about 64 K characters. */
export function writeJson(value: unknown, write: (s: string) => void): void {
  const pending: string[] = [];
  let size = 0;
  const put = (s: string) => {
    pending.push(s);
    size += s.length;
    if (size >= SLICE) {
      write(pending.join(''));
      pending.length = 0;
      size = 0;
    }
  };
  piece(value, '', 0, put);
  if (pending.length) write(pending.join(''));
}

/** Arrays and objects down to this depth are walked; deeper values are stringified whole (they are small). */
const WALK_DEPTH = 3;

/**
 * Puts the JSON of `v` at indentation `indent`; false when `v` has no JSON (undefined, a function, a symbol),
 * which an object then leaves out and an array writes as null — exactly as JSON.stringify does.
 */
function piece(v: unknown, indent: string, depth: number, put: (s: string) => void): boolean {
  if (isLeaf(v, depth)) {
    const s = leaf(v, indent);
    if (s === undefined) return false;
    put(s);
    return true;
  }
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) {
      put('[]');
      return true;
    }
    put('[');
    for (let i = 0; i < v.length; i++) {
      put(i ? `,\n${inner}` : `\n${inner}`);
      if (!piece(v[i], inner, depth + 1, put)) put('null');
    }
    put(`\n${indent}]`);
    return true;
  }
  let first = true;
  for (const k of Object.keys(v as object)) {
    const x = (v as Record<string, unknown>)[k];
    const key = `${first ? '{' : ','}\n${inner}${JSON.stringify(k)}: `;
    if (isLeaf(x, depth + 1)) {
      const s = leaf(x, inner);
      if (s === undefined) continue;
      put(key + s);
    } else {
      put(key);
      piece(x, inner, depth + 1, put);
    }
    first = false;
  }
  put(first ? '{}' : `\n${indent}}`);
  return true;
}

function isLeaf(v: unknown, depth: number): boolean {
  return depth >= WALK_DEPTH || v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function';
}

/** A value stringified whole and indented to its place; undefined when it has no JSON. */
function leaf(v: unknown, indent: string): string | undefined {
  const s = JSON.stringify(v, null, 2) as string | undefined;
  if (s === undefined) return undefined;
  return indent && s.indexOf('\n') >= 0 ? s.replace(/\n/g, `\n${indent}`) : s;
}
