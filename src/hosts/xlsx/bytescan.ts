/**
 * The reader's XML tokenizer (issue 14), working on the inflated UTF-8 bytes of a part, not on decoded text.
 * It reads exactly what xmlscan.ts's XmlScanner reads (names resolved by namespace URI, CDATA, the predefined
 * and numeric character references, comments and processing instructions skipped, a DTD refused, the same
 * limits on held text) and gives the same events; test/hosts/bytescan.test.ts holds the two side by side.
 *
 * Why bytes: measured on the 100,000-row fund sheet (25 MB inflated, CJK text in every row), decoding the
 * part to a JS string alone cost 56 ms (and a two-byte string twice the size of the bytes, because of the
 * CJK text), and the string scanner then sliced a string for every tag name, attribute and text
 * (allocation and garbage collection per cell). On bytes nothing is decoded but what a handler asks for:
 * element names are interned (one string per distinct name, found by a hash of its bytes), attributes are
 * positions until read, and a cell's reference and number are parsed from the bytes (xlsxnum.ts). The
 * reader's read of that workbook, one cold run in a fresh process with node's zlib: 754 ms on the string
 * scanner, 460 ms on this one, ~285 ms with rows read by rowscan.ts through `run`. XmlScanner stays for the
 * parts the result workbook rewrites in place (app.xml, styles.xml), which need positions in their text.
 */
import { LimitError, XmlError, decodeEntities, internUri, normaliseEol, resolveIn, type Scope } from './xmlscan';

/** A start tag as a handler sees it (valid only during the `open` call). */
export interface XmlTag {
  readonly uri: string;
  readonly local: string;
  readonly selfClosing: boolean;
  /** An attribute without a prefix (ASCII name), its value unescaped. */
  attr(name: string): string | undefined;
  /** An attribute in a namespace, whatever prefix the document gives it. */
  attrNS(uri: string, local: string): string | undefined;
}

export interface ByteXmlHandler {
  open(el: ByteElement): void;
  close(uri: string, local: string): void;
  /** Text (character references decoded, CDATA included, CR LF read as LF); only called while `wantText` is true. */
  text(s: string): void;
  /**
   * When present, asked first with the raw bytes of a text piece (`refs`: character references in it are still
   * to be decoded, false for CDATA): returning true takes the piece, and `text` is not called for it.
   */
  rawText?(buf: Uint8Array, start: number, end: number, refs: boolean): boolean;
  wantText: boolean;
  /**
   * Set by a handler to the depth of an element whose children it reads itself where it can (a sheet's
   * <sheetData>, rowscan.ts): before a start tag at that depth the scanner calls `run(buf, p)`, which reads
   * whole elements from p and returns where it stopped — p when it read nothing, and the scanner parses the tag
   * as usual. What `run` reads must be complete elements that declare no namespace.
   */
  runDepth?: number;
  run?(buf: Uint8Array, p: number): number;
}

/** An element name seen in the part: its bytes and what they mean, decoded once. */
interface Name {
  bytes: Uint8Array;
  qname: string;
  /** The prefix ('' when the name has none) and local part. */
  prefix: string;
  local: string;
  hasPrefix: boolean;
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text of UTF-8 bytes (malformed bytes read as U+FFFD, as TextDecoder reads a whole part). */
export function decodeUtf8(b: Uint8Array, start: number, end: number): string {
  if (end - start <= 16) {
    // Short ASCII (a number, a type, a reference) without TextDecoder's call.
    let s = '';
    for (let i = start; i < end; i++) {
      const c = b[i];
      if (c >= 0x80) return utf8.decode(b.subarray(start, end));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return utf8.decode(b.subarray(start, end));
}

/** The text of UTF-8 bytes holding line ends (CR LF read as LF) and then character references (`&#13;` stays CR). */
export function textOf(b: Uint8Array, start: number, end: number): string {
  return decodeEntities(normaliseEol(decodeUtf8(b, start, end)));
}

/** How many UTF-16 code units the UTF-8 bytes decode to (a held text's length, counted as XmlScanner counts it). */
function utf16Length(b: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = b[i];
    if ((c & 0xc0) !== 0x80) n += c >= 0xf0 ? 2 : 1;
  }
  return n;
}

const EMPTY = new Uint8Array(0);
const NAME_SLOTS = 512;

export class ByteElement implements XmlTag {
  uri = '';
  local = '';
  /** The name as written (with its prefix), and how deep the element is (the root is 1). */
  qname = '';
  depth = 0;
  selfClosing = false;
  /** The buffer the tag is in, and its attributes as positions: name start, name end, value start, value end. */
  buf: Uint8Array = EMPTY;
  pos = new Int32Array(64);
  count = 0;
  constructor(private readonly scanner: ByteXmlScanner) {}

  /** The index of an attribute without a prefix (ASCII name), or -1. */
  index(name: string): number {
    const b = this.buf;
    const pos = this.pos;
    const len = name.length;
    for (let i = 0, k = 0; i < this.count; i++, k += 4) {
      const a = pos[k];
      if (pos[k + 1] - a !== len) continue;
      let j = 0;
      while (j < len && b[a + j] === name.charCodeAt(j)) j++;
      if (j === len) return i;
    }
    return -1;
  }

  /** The unescaped value of attribute `i`. */
  value(i: number): string {
    const k = i * 4;
    return decodeEntities(decodeUtf8(this.buf, this.pos[k + 2], this.pos[k + 3]));
  }

  /** Whether attribute `i` is written exactly as `literal` (ASCII, no character reference). */
  valueIs(i: number, literal: string): boolean {
    const k = i * 4;
    const from = this.pos[k + 2];
    if (this.pos[k + 3] - from !== literal.length) return false;
    for (let j = 0; j < literal.length; j++) if (this.buf[from + j] !== literal.charCodeAt(j)) return false;
    return true;
  }

  attr(name: string): string | undefined {
    const i = this.index(name);
    return i < 0 ? undefined : this.value(i);
  }

  attrNS(uri: string, local: string): string | undefined {
    const b = this.buf;
    for (let i = 0, k = 0; i < this.count; i++, k += 4) {
      const qname = decodeUtf8(b, this.pos[k], this.pos[k + 1]);
      const colon = qname.indexOf(':');
      if (colon < 0 || qname.slice(colon + 1) !== local) continue;
      const px = qname.slice(0, colon);
      if (px !== 'xmlns' && this.scanner.resolve(px) === uri) return this.value(i);
    }
    return undefined;
  }
}

export class ByteXmlScanner {
  private buf: Uint8Array = EMPTY;
  /** Open elements: their names and namespace URIs. */
  private stack: Name[] = [];
  private uris: string[] = [];
  private scopes: Scope[] = [];
  /** The default namespace here (kept as scopes change: asked for nearly every element). */
  private defaultUri = '';
  private readonly el = new ByteElement(this);
  private readonly names: (Name | undefined)[] = new Array<Name | undefined>(NAME_SLOTS);
  private started = false;
  private tags = 0;
  /** Text between two tags may come in pieces (CDATA, comments): their total is held to the limit too. */
  private run = 0;
  private runAt = -1;

  /** `maxPending`: the longest token (text run, tag, CDATA section) held while waiting for its end, in characters. */
  constructor(
    private readonly h: ByteXmlHandler,
    private readonly maxPending = 4 * 1024 * 1024,
  ) {}

  /** The namespace URI a prefix stands for here ('' for the default namespace). */
  resolve(prefix: string): string | undefined {
    return resolveIn(this.scopes, prefix);
  }

  /**
   * Feeds the next bytes. A chunk that continues the previous one in the same memory (the pieces of one
   * inflated part) is joined without copying.
   */
  feed(chunk: Uint8Array): void {
    this.buf = join(this.buf, chunk);
    if (!this.started) {
      // A byte-order mark may be cut: wait for three bytes (or the end).
      if (this.buf.length < 3) return;
      this.started = true;
      const b = this.buf;
      if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) this.buf = b.subarray(3);
    }
    const used = this.scan(false);
    this.buf = used < this.buf.length ? this.buf.subarray(used) : EMPTY;
    const held = this.buf.length;
    if (held > this.maxPending) {
      const chars = utf16Length(this.buf, 0, held);
      if (chars > this.maxPending) throw new LimitError('text', chars);
    }
  }

  end(): void {
    // (Fewer than three bytes in all hold no byte-order mark.)
    this.started = true;
    this.scan(true);
    if (this.stack.length) throw new XmlError(`unclosed element ${this.stack[this.stack.length - 1].qname}`);
  }

  /** Reports every complete token in `buf`; returns how much of it was used. */
  private scan(final: boolean): number {
    const s = this.buf;
    const n = s.length;
    const h = this.h;
    let p = 0;
    while (p < n) {
      let lt = p;
      if (s[p] !== 0x3c) {
        lt = p + 1;
        while (lt < n && s[lt] !== 0x3c) lt++;
        // Text up to the next tag (or, with no tag in sight, wait for one unless the input has ended).
        if (lt >= n && !final) return p;
        if (h.wantText) this.text(s, p, lt, true);
        else if (this.stack.length === 0) this.outside(s, p, lt);
        if (lt >= n) return n;
        p = lt;
      }
      if (p + 1 >= n) return final ? this.fail('unfinished tag') : p;
      const c = s[p + 1];
      if (c === 0x2f /* / */) {
        const e = this.endTag(s, p, final);
        if (e < 0) return p;
        p = e;
      } else if (c === 0x21 /* ! */) {
        if (bytesAt(s, p, COMMENT)) {
          const e = find(s, p + 4, DASHES);
          if (e < 0) return final ? this.fail('unfinished comment') : p;
          p = e + 3;
        } else if (bytesAt(s, p, CDATA)) {
          const e = find(s, p + 9, CDATA_END);
          if (e < 0) return final ? this.fail('unfinished CDATA section') : p;
          if (h.wantText) this.text(s, p + 9, e, false);
          p = e + 3;
        } else if (n - p < 9 && !final) {
          return p;
        } else {
          throw new XmlError('a DTD or declaration is not allowed in a workbook part');
        }
      } else if (c === 0x3f /* ? */) {
        const e = find(s, p + 2, PI_END);
        if (e < 0) return final ? this.fail('unfinished processing instruction') : p;
        p = e + 2;
      } else {
        if (this.stack.length === h.runDepth) {
          const e = h.run!(s, p);
          if (e !== p) {
            this.tags++;
            p = e;
            continue;
          }
        }
        const e = this.startTag(s, p);
        if (e < 0) return final ? this.fail('unfinished tag') : p;
        p = e;
      }
    }
    return p;
  }

  /** Text outside the root element may only be whitespace (as String.prototype.trim sees it). */
  private outside(s: Uint8Array, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = s[i];
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) {
        if (decodeUtf8(s, from, to).trim()) throw new XmlError('text outside the root element');
        return;
      }
    }
  }

  private text(s: Uint8Array, start: number, end: number, refs: boolean): void {
    if (this.runAt !== this.tags) {
      this.runAt = this.tags;
      this.run = 0;
    }
    this.run += utf16Length(s, start, end);
    if (this.run > this.maxPending) throw new LimitError('text', this.run);
    const h = this.h;
    if (h.rawText !== undefined && h.rawText(s, start, end, refs)) return;
    h.text(refs ? textOf(s, start, end) : normaliseEol(decodeUtf8(s, start, end)));
  }

  private fail(why: string): never {
    throw new XmlError(why);
  }

  /** An end tag at p; returns the index after it, or -1 when the buffer ends inside it. */
  private endTag(s: Uint8Array, p: number, final: boolean): number {
    const n = s.length;
    const stack = this.stack;
    const open = stack[stack.length - 1];
    let gt = -1;
    if (open !== undefined) {
      const after = p + 2 + open.bytes.length;
      if (after < n && s[after] === 0x3e && same(s, p + 2, open.bytes)) gt = after;
    }
    if (gt < 0) {
      gt = p + 2;
      while (gt < n && s[gt] !== 0x3e) gt++;
      if (gt >= n) return final ? this.fail('unfinished end tag') : -1;
      // The end tag names the open element, perhaps with spaces before '>'.
      if (open === undefined || !same(s, p + 2, open.bytes) || !blank(s, p + 2 + open.bytes.length, gt))
        throw new XmlError(`end tag </${decodeUtf8(s, p + 2, gt).trim()}> does not match <${open?.qname ?? ''}>`);
    }
    stack.pop();
    const uri = this.uris.pop()!;
    this.popScopes(stack.length + 1);
    this.tags++;
    this.h.close(uri, open!.local);
    return gt + 1;
  }

  /** Parses a start tag at p; returns the index after it, or -1 when the buffer ends inside it. */
  private startTag(s: Uint8Array, p: number): number {
    const n = s.length;
    let q = p + 1;
    let hash = 0;
    let c = 0;
    while (q < n) {
      c = s[q];
      if (c === 0x20 || c === 0x2f || c === 0x3e || c === 0x3d || c === 0x09 || c === 0x0a || c === 0x0d) break;
      hash = (hash * 31 + c) | 0;
      q++;
    }
    if (q >= n) return -1;
    if (q === p + 1) throw new XmlError('a tag without a name');
    const name = this.name(s, p + 1, q, hash);
    const depth = this.stack.length + 1;
    const el = this.el;
    let pos = el.pos;
    let count = 0;
    let declared = false;
    let selfClosing = false;
    for (;;) {
      c = s[q];
      while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = s[++q];
      if (q >= n) return this.unwind(declared, depth);
      if (c === 0x3e /* > */) {
        q++;
        break;
      }
      if (c === 0x2f /* / */) {
        if (q + 1 >= n) return this.unwind(declared, depth);
        if (s[q + 1] !== 0x3e) throw new XmlError(`malformed tag <${name.qname}`);
        selfClosing = true;
        q += 2;
        break;
      }
      const a = q;
      while (q < n) {
        c = s[q];
        if (c === 0x20 || c === 0x2f || c === 0x3e || c === 0x3d || c === 0x09 || c === 0x0a || c === 0x0d) break;
        q++;
      }
      const nameEnd = q;
      while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = s[++q];
      if (q >= n) return this.unwind(declared, depth);
      if (c !== 0x3d /* = */ || nameEnd === a) throw new XmlError(`malformed attribute in <${name.qname}`);
      c = s[++q];
      while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = s[++q];
      if (q >= n) return this.unwind(declared, depth);
      if (c !== 0x22 && c !== 0x27) throw new XmlError(`unquoted attribute in <${name.qname}`);
      const v = q + 1;
      let close = v;
      let lt = false;
      while (close < n) {
        const d = s[close];
        if (d === c) break;
        if (d === 0x3c) lt = true;
        close++;
      }
      if (close >= n) return this.unwind(declared, depth);
      if (lt) throw new XmlError(`'<' in an attribute of <${name.qname}`);
      q = close + 1;
      if (nameEnd - a >= 5 && s[a] === 0x78 && s[a + 1] === 0x6d && s[a + 2] === 0x6c && s[a + 3] === 0x6e && s[a + 4] === 0x73) {
        // xmlns="…" or xmlns:p="…": a namespace declared for this element and its content.
        const prefix = nameEnd - a === 5 ? '' : s[a + 5] === 0x3a ? decodeUtf8(s, a + 6, nameEnd) : undefined;
        if (prefix !== undefined) {
          const uri = internUri(decodeEntities(decodeUtf8(s, v, close)));
          this.scopes.push({ depth, prefix, uri });
          if (prefix === '') this.defaultUri = uri;
          declared = true;
        }
      }
      if ((count + 1) * 4 > pos.length) {
        const more = new Int32Array(pos.length * 2);
        more.set(pos);
        pos = el.pos = more;
      }
      const k = count * 4;
      pos[k] = a;
      pos[k + 1] = nameEnd;
      pos[k + 2] = v;
      pos[k + 3] = close;
      count++;
    }
    const uri = name.hasPrefix ? this.resolve(name.prefix) : this.defaultUri;
    if (uri === undefined) {
      if (declared) this.popScopes(depth);
      throw new XmlError(`undeclared prefix in <${name.qname}>`);
    }
    el.uri = uri;
    el.local = name.local;
    el.qname = name.qname;
    el.depth = depth;
    el.selfClosing = selfClosing;
    el.buf = s;
    el.count = count;
    this.stack.push(name);
    this.uris.push(uri);
    this.tags++;
    this.h.open(el);
    if (selfClosing) {
      this.stack.pop();
      this.uris.pop();
      if (declared) this.popScopes(depth);
      this.h.close(uri, name.local);
    }
    return q;
  }

  /** The interned name of the bytes s[from, to) whose hash is `hash`. */
  private name(s: Uint8Array, from: number, to: number, hash: number): Name {
    const slot = (hash ^ (hash >>> 9)) & (NAME_SLOTS - 1);
    const known = this.names[slot];
    if (known !== undefined && known.bytes.length === to - from && same(s, from, known.bytes)) return known;
    const qname = decodeUtf8(s, from, to);
    const colon = qname.indexOf(':');
    const name: Name = {
      bytes: s.slice(from, to),
      qname,
      prefix: colon < 0 ? '' : qname.slice(0, colon),
      local: internLocal(colon < 0 ? qname : qname.slice(colon + 1)),
      hasPrefix: colon >= 0,
    };
    this.names[slot] = name;
    return name;
  }

  private popScopes(depth: number): void {
    const scopes = this.scopes;
    if (scopes.length === 0 || scopes[scopes.length - 1].depth !== depth) return;
    while (scopes.length && scopes[scopes.length - 1].depth === depth) scopes.pop();
    this.defaultUri = this.resolve('') ?? '';
  }

  /** The buffer ended inside a start tag: forget its declarations, it will be read again with more bytes. */
  private unwind(declared: boolean, depth: number): number {
    if (declared) this.popScopes(depth);
    return -1;
  }
}

/**
 * The element names the readers ask for, as the same string objects as their literals: `el.local === 'c'`,
 * asked for every element of a sheet, is then decided by identity.
 */
const KNOWN_LOCALS = new Map(
  [
    'worksheet',
    'sheetData',
    'row',
    'c',
    'v',
    'f',
    'is',
    't',
    'r',
    'rPh',
    'si',
    'sst',
    'mergeCells',
    'mergeCell',
    'workbook',
    'workbookPr',
    'sheets',
    'sheet',
    'definedNames',
    'definedName',
    'Relationships',
    'Relationship',
  ].map((n) => [n, n]),
);

function internLocal(n: string): string {
  return KNOWN_LOCALS.get(n) ?? n;
}

/** `a` then `b`: a view when `b` follows `a` in the same memory, else a copy. */
function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  if (a.buffer === b.buffer && a.byteOffset + a.length === b.byteOffset) return new Uint8Array(a.buffer, a.byteOffset, a.length + b.length);
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The bytes of an ASCII string. */
export const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const COMMENT = ascii('<!--');
const DASHES = ascii('-->');
const CDATA = ascii('<![CDATA[');
const CDATA_END = ascii(']]>');
const PI_END = ascii('?>');

/** Whether s holds `what` at p (all of it). */
export function bytesAt(s: Uint8Array, p: number, what: Uint8Array): boolean {
  if (p + what.length > s.length) return false;
  for (let i = 0; i < what.length; i++) if (s[p + i] !== what[i]) return false;
  return true;
}

/** Whether s holds `what` at p (the bytes there, as far as s goes, equal it and s goes far enough). */
function same(s: Uint8Array, p: number, what: Uint8Array): boolean {
  return bytesAt(s, p, what);
}

/** The first index ≥ from where s holds `what`, or -1. */
function find(s: Uint8Array, from: number, what: Uint8Array): number {
  const first = what[0];
  const last = s.length - what.length;
  for (let i = from; i <= last; i++) if (s[i] === first && bytesAt(s, i, what)) return i;
  return -1;
}

/** Only whitespace in s[from, to). */
function blank(s: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}
