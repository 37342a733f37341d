/**
 * `--json` written in pieces (issue 14): the same text as `escapeControls(JSON.stringify(value, null, 2))`, but
 * produced and written a slice at a time, so that 100,000 findings never make one 90 MB string (and its escaped
 * and UTF-8-encoded copies) in memory at once.
 *
 * The records of a long array (findings, shares) are stringified by V8's own JSON.stringify, a batch of ~60 K
 * characters at a time, wrapped in as many arrays as their depth so that the native indentation is already the
 * right one: 100,000 shares (33 MB) took 412 ms CPU written record by record in JS and escaped afterwards with a
 * regular-expression replace over every slice; batched, 209 ms. The CLI escapes while encoding the text to UTF-8
 * (writeJsonText, then terminal.ts encodeJson); writeJson hands out text escaped already.
 */
import { escapeControls } from './terminal';

/** About this many characters are handed to `write` at a time. */
const SLICE = 1 << 16;
/** A long array's records are stringified in batches of about this many characters. */
const BATCH_CHARS = 60_000;

/**
 * Writes `value` as escapeControls(JSON.stringify(value, null, 2)) would, in slices of about 64 K characters:
 * control characters (terminal.ts) are already escaped, so the text may go to a terminal as it is.
 */
export function writeJson(value: unknown, write: (s: string) => void): void {
  writeJsonText(value, (s) => write(escapeControls(s)));
}

/**
 * Writes `value` as JSON.stringify(value, null, 2) would, in slices of about 64 K characters, not escaped: for a
 * writer that escapes as it encodes (terminal.ts encodeJson).
 */
export function writeJsonText(value: unknown, write: (s: string) => void): void {
  let pending = '';
  const put = (s: string) => {
    if (s.length >= SLICE / 4) {
      // A batch of records goes out as it is, not copied into the pending slice first.
      if (pending.length) write(pending);
      pending = '';
      write(s);
      return;
    }
    pending += s;
    if (pending.length >= SLICE) {
      write(pending);
      pending = '';
    }
  };
  node(value, 0, put);
  if (pending.length) write(pending);
}

/** Arrays and objects down to this depth are walked; deeper values are stringified whole (they are small). */
const WALK_DEPTH = 3;

const INDENTS: string[] = [];
const indent = (level: number): string => (INDENTS[level] ??= '  '.repeat(level));

/** The text JSON.stringify puts before and after a value nested in `level` arrays (one per level of depth). */
const WRAPS: { before: number; after: number }[] = [];
function wrapAround(level: number): { before: number; after: number } {
  let w = WRAPS[level];
  if (!w) {
    const s = JSON.stringify(nest(0, level), null, 2);
    const at = s.indexOf('0');
    w = WRAPS[level] = { before: at, after: s.length - at - 1 };
  }
  return w;
}

function nest(v: unknown, level: number): unknown {
  for (let i = 0; i < level; i++) v = [v];
  return v;
}

/**
 * JSON.stringify(v, null, 2) as it reads when `v` stands at nesting level `level` of a larger value (its inner
 * lines indented by level + 1 steps); undefined when `v` has no JSON. Not escaped.
 */
function stringifyAt(v: unknown, level: number): string | undefined {
  if (level === 0 || v === null || typeof v !== 'object') return JSON.stringify(v, null, 2) as string | undefined;
  if (hasToJson(v)) {
    // Stringified on its own (toJSON is called with the key ''), then indented to its place.
    const s = JSON.stringify(v, null, 2) as string | undefined;
    return s === undefined ? s : s.replace(/\n/g, `\n${indent(level)}`);
  }
  const s = JSON.stringify(nest(v, level), null, 2) as string;
  const w = wrapAround(level);
  return s.slice(w.before, s.length - w.after);
}

const hasToJson = (v: object): boolean => typeof (v as { toJSON?: unknown }).toJSON === 'function';

/** Stringified whole rather than walked: below WALK_DEPTH, a primitive, or an object with its own toJSON. */
const isLeaf = (v: unknown, level: number): boolean => level >= WALK_DEPTH || v === null || typeof v !== 'object' || hasToJson(v);

/**
 * Puts the JSON of `v` at nesting level `level`; false when `v` has no JSON (undefined, a function, a symbol),
 * which an object then leaves out and an array writes as null — exactly as JSON.stringify does.
 */
function node(v: unknown, level: number, put: (s: string) => void): boolean {
  if (isLeaf(v, level)) {
    const s = stringifyAt(v, level);
    if (s === undefined) return false;
    put(s);
    return true;
  }
  const inner = indent(level + 1);
  if (Array.isArray(v)) {
    if (v.length === 0) put('[]');
    else if (level + 1 >= WALK_DEPTH) records(v, level, put);
    else {
      put('[');
      for (let i = 0; i < v.length; i++) {
        put(i ? `,\n${inner}` : `\n${inner}`);
        if (!node(v[i], level + 1, put)) put('null');
      }
      put(`\n${indent(level)}]`);
    }
    return true;
  }
  let first = true;
  for (const k of Object.keys(v as object)) {
    const x = (v as Record<string, unknown>)[k];
    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
    const key = `${first ? '{' : ','}\n${inner}${JSON.stringify(k)}: `;
    if (isLeaf(x, level + 1)) {
      // A leaf without JSON (a toJSON that returns undefined) leaves its key out too.
      const s = stringifyAt(x, level + 1);
      if (s === undefined) continue;
      put(key + s);
    } else {
      put(key);
      node(x, level + 1, put);
    }
    first = false;
  }
  put(first ? '{}' : `\n${indent(level)}}`);
  return true;
}

/**
 * A non-empty array whose elements stand at the last walked level: its elements are stringified natively, a
 * batch at a time (a slice of the array, itself nested to `level`), and each batch's text without its brackets
 * is one piece. The batch grows or shrinks to about BATCH_CHARS characters. (An element's toJSON, which no
 * report has, would be called with its index in the batch.)
 */
function records(v: unknown[], level: number, put: (s: string) => void): void {
  const inner = indent(level + 1);
  const open = 2 + inner.length; // "[\n" and the first element's indentation
  const close = 2 + indent(level).length; // "\n", the indentation and "]"
  put(`[\n${inner}`);
  let batch = 64;
  for (let i = 0, n = 0; i < v.length; i += n) {
    n = Math.min(batch, v.length - i);
    const s = stringifyAt(v.slice(i, i + n), level) as string;
    const body = s.slice(open, s.length - close);
    if (i) put(`,\n${inner}`);
    put(body);
    batch = Math.max(1, Math.min(4096, Math.floor((n * BATCH_CHARS) / (body.length + 1))));
  }
  put(`\n${indent(level)}]`);
}
