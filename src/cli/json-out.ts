/**
 * `--json` written in pieces (issue 14): the same text as `JSON.stringify(value, null, 2)`, but produced and
 * written a slice at a time, so that 100,000 findings never make one 90 MB string (and its escaped and
 * UTF-8-encoded copies) in memory at once.
 */

const SLICE = 1 << 16;

/** Writes `value` as JSON.stringify(value, null, 2) would, in slices of about 64 K characters. */
export function writeJson(value: unknown, write: (s: string) => void): void {
  // One growing string (V8 concatenates in ropes, flattened once at write) rather than an array joined per slice.
  let pending = '';
  const put = (s: string) => {
    pending += s;
    if (pending.length >= SLICE) {
      write(pending);
      pending = '';
    }
  };
  piece(value, '', 0, put);
  if (pending.length) write(pending);
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
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const s = flatRecord(v as Record<string, unknown>, indent);
    if (s !== null) return s;
  }
  const s = JSON.stringify(v, null, 2) as string | undefined;
  if (s === undefined) return undefined;
  return indent && s.indexOf('\n') >= 0 ? s.replace(/\n/g, `\n${indent}`) : s;
}

const KEYS = new Map<string, string>();

/** A key as JSON.stringify writes it, remembered: records repeat the same few keys (findings, shares). */
function keyJson(k: string): string {
  let s = KEYS.get(k);
  if (s === undefined) {
    s = JSON.stringify(k);
    if (KEYS.size < 1024) KEYS.set(k, s);
  }
  return s;
}

/**
 * A record whose values are all strings, numbers, booleans, null or undefined (a finding, a share), written
 * directly as JSON.stringify(v, null, 2) indents it — 100,000 of them are most of a large --json; null when a
 * value is anything else (an object, a bigint …), which the general path then writes exactly as JSON.stringify does.
 */
function flatRecord(v: Record<string, unknown>, indent: string): string | null {
  const inner = `\n${indent}  `;
  let out = '';
  for (const k in v) {
    if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
    const x = v[k];
    let s: string;
    switch (typeof x) {
      case 'string':
        s = JSON.stringify(x);
        break;
      case 'number':
        s = Number.isFinite(x) ? String(x) : 'null';
        break;
      case 'boolean':
        s = x ? 'true' : 'false';
        break;
      case 'undefined':
      case 'function':
      case 'symbol':
        continue;
      default:
        if (x !== null) return null;
        s = 'null';
    }
    out += `${out ? ',' : '{'}${inner}${keyJson(k)}: ${s}`;
  }
  return out ? `${out}\n${indent}}` : '{}';
}
