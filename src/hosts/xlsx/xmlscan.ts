/**
 * A small streaming XML tokenizer for the parts of an .xlsx (issue 14), on decoded text: the result workbook's
 * in-place rewrites of app.xml and styles.xml use it (they need positions in the text); the reader scans bytes
 * with bytescan.ts, which gives the same events (test/hosts/bytescan.test.ts). Text is fed in chunks as it is
 * inflated; complete tokens are reported, an incomplete one waits for the next chunk. Names are resolved by
 * namespace URI, never by prefix (`<x:c>` under xmlns:x="…/spreadsheetml/2006/main" is a cell). It reads CDATA,
 * the predefined and numeric character references, comments and processing instructions; a DTD is refused
 * (no entity of a document can expand, no external entity is fetched).
 *
 * Why our own scanner and not saxes (the maintained SAX parser ExcelJS uses): measured with
 * `npx tsx bench/scan.ts` — the same 100,000-row worksheet (30 M characters) fed in 64 KB chunks, collecting
 * every <v> text: this scanner 460 ms, saxes 5.0.1 1,185 ms (2.6× slower), same text. saxes checks every
 * character against the XML grammar and builds an object per attribute; an .xlsx reader needs element names,
 * a few attributes and the text of <v>/<t>. A first version of this scanner built on sticky regular
 * expressions took 1,401 ms (slower than saxes), so start tags are scanned character by character.
 */

export class XmlError extends Error {}

/** A start tag: its namespace URI, local name and attributes (qualified name and unescaped value, in pairs). */
export class XmlElement {
  uri = '';
  local = '';
  /** qname, value, qname, value … */
  attrs: string[] = [];
  selfClosing = false;
  constructor(private readonly scanner: XmlScanner) {}
  /** An attribute without a prefix (attributes without a prefix are in no namespace). */
  attr(name: string): string | undefined {
    const a = this.attrs;
    for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
    return undefined;
  }
  /** An attribute in a namespace, whatever prefix the document gives it. */
  attrNS(uri: string, local: string): string | undefined {
    const a = this.attrs;
    for (let i = 0; i < a.length; i += 2) {
      const q = a[i];
      const colon = q.indexOf(':');
      if (colon < 0 || q.slice(colon + 1) !== local) continue;
      const px = q.slice(0, colon);
      if (px !== 'xmlns' && this.scanner.resolve(px) === uri) return a[i + 1];
    }
    return undefined;
  }
}

export interface XmlHandler {
  open(el: XmlElement): void;
  close(uri: string, local: string): void;
  /** Text (character references decoded, CDATA included); only called while `wantText` is true. */
  text(s: string): void;
  wantText: boolean;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The prefix, with its colon ('x:'), of the start tag at `tagStart` in `xml` ('' when it has none), so that an
 * element written back beside it (a new list item of a rewritten part) uses the prefix the part already uses.
 */
export function tagPrefix(xml: string, tagStart: number): string {
  const qname = /^<([^\s/>]*)/.exec(xml.slice(tagStart, tagStart + 256))?.[1] ?? '';
  const colon = qname.indexOf(':');
  return colon < 0 ? '' : qname.slice(0, colon + 1);
}

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    const n = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
  });
}

/**
 * XML's end-of-line handling: a literal CR LF or lone CR is read as LF. It comes before character references are
 * decoded (XML 1.0 §2.11), so a `&#13;` that a producer wrote on purpose stays a CR.
 */
export function normaliseEol(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

/** A namespace declaration in force from element depth `depth` down. */
export interface Scope {
  depth: number;
  prefix: string;
  uri: string;
}

/** The namespace URI `prefix` stands for under `scopes` (innermost last); '' for no default namespace. Both scanners use it. */
export function resolveIn(scopes: readonly Scope[], prefix: string): string | undefined {
  if (prefix === 'xml') return 'http://www.w3.org/XML/1998/namespace';
  for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i].prefix === prefix) return scopes[i].uri;
  return prefix === '' ? '' : undefined;
}

export class XmlScanner {
  private buf = '';
  /** Open elements: qualified names, to resolve and check end tags. */
  private stack: string[] = [];
  private uris: string[] = [];
  private locals: string[] = [];
  private scopes: Scope[] = [];
  private readonly el = new XmlElement(this);
  private started = false;
  /** Characters dropped from the front of the buffer so far (positions below are in the whole text fed). */
  private consumed = 0;
  /** Where the last reported tag starts and ends (its '<' and one past its '>'), in the whole text fed. */
  tagStart = 0;
  tagEnd = 0;

  /** `maxPending`: the longest token (text run, tag, CDATA section) held while waiting for its end. */
  constructor(
    private readonly h: XmlHandler,
    private readonly maxPending = 4 * 1024 * 1024,
  ) {}

  /** The namespace URI a prefix stands for here ('' for the default namespace). */
  resolve(prefix: string): string | undefined {
    return resolveIn(this.scopes, prefix);
  }

  feed(chunk: string): void {
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buf = this.buf.length ? this.buf + chunk : chunk;
    const used = this.scan(false);
    this.consumed += used;
    this.buf = used < this.buf.length ? this.buf.slice(used) : '';
    if (this.buf.length > this.maxPending) throw new LimitError('text', this.buf.length);
  }

  end(): void {
    this.scan(true);
    if (this.stack.length) throw new XmlError(`unclosed element ${this.stack[this.stack.length - 1]}`);
  }

  /** Reports every complete token in `buf`; returns how much of it was used. */
  private scan(final: boolean): number {
    const s = this.buf;
    const n = s.length;
    const h = this.h;
    let p = 0;
    while (p < n) {
      // Tags mostly follow one another: look at the next character before searching.
      const lt = s.charCodeAt(p) === 0x3c ? p : s.indexOf('<', p);
      if (lt !== p) {
        // Text up to the next tag (or, with no tag in sight, wait for one unless the input has ended).
        if (lt < 0 && !final) return p;
        const end = lt < 0 ? n : lt;
        if (h.wantText) this.text(s.slice(p, end), true);
        else if (this.stack.length === 0 && s.slice(p, end).trim()) throw new XmlError('text outside the root element');
        if (lt < 0) return n;
        p = lt;
      }
      const c = s.charCodeAt(p + 1);
      if (c === 0x2f /* / */) {
        const top = this.stack[this.stack.length - 1];
        const gt = top !== undefined && s.charCodeAt(p + 2 + top.length) === 0x3e ? p + 2 + top.length : s.indexOf('>', p);
        if (gt < 0) return final ? this.fail('unfinished end tag') : p;
        const open = this.stack.pop();
        // The end tag names the open element, perhaps with spaces before '>' (compared in place, no slice).
        if (open === undefined || !s.startsWith(open, p + 2) || !blank(s, p + 2 + open.length, gt))
          throw new XmlError(`end tag </${s.slice(p + 2, gt).trim()}> does not match <${open ?? ''}>`);
        const uri = this.uris.pop()!;
        const local = this.locals.pop()!;
        const depth = this.stack.length + 1;
        const scopes = this.scopes;
        while (scopes.length && scopes[scopes.length - 1].depth === depth) scopes.pop();
        this.tags++;
        this.tagStart = this.consumed + p;
        this.tagEnd = this.consumed + gt + 1;
        h.close(uri, local);
        p = gt + 1;
      } else if (c === 0x21 /* ! */) {
        if (s.startsWith('<!--', p)) {
          const e = s.indexOf('-->', p + 4);
          if (e < 0) return final ? this.fail('unfinished comment') : p;
          p = e + 3;
        } else if (s.startsWith('<![CDATA[', p)) {
          const e = s.indexOf(']]>', p + 9);
          if (e < 0) return final ? this.fail('unfinished CDATA section') : p;
          if (h.wantText) this.text(s.slice(p + 9, e), false);
          p = e + 3;
        } else if (n - p < 9 && !final) {
          return p;
        } else {
          throw new XmlError('a DTD or declaration is not allowed in a workbook part');
        }
      } else if (c === 0x3f /* ? */) {
        const e = s.indexOf('?>', p + 2);
        if (e < 0) return final ? this.fail('unfinished processing instruction') : p;
        p = e + 2;
      } else if (p + 1 >= n) {
        return final ? this.fail('unfinished tag') : p;
      } else {
        const e = this.startTag(s, p);
        if (e < 0) return final ? this.fail('unfinished tag') : p;
        p = e;
      }
    }
    return p;
  }

  /** Text between two tags may come in pieces (CDATA, chunks): their total is held to the limit too. */
  private run = 0;
  private runAt = -1;
  private text(raw: string, entities: boolean): void {
    if (this.runAt !== this.tags) {
      this.runAt = this.tags;
      this.run = 0;
    }
    this.run += raw.length;
    if (this.run > this.maxPending) throw new LimitError('text', this.run);
    this.h.text(entities ? decodeEntities(normaliseEol(raw)) : normaliseEol(raw));
  }
  private tags = 0;

  private fail(why: string): never {
    throw new XmlError(why);
  }

  /** Parses a start tag at p; returns the index after it, or -1 when the buffer ends inside it. */
  private startTag(s: string, p: number): number {
    // Plain character scanning (no regular expressions): this is the reader's hottest loop.
    const n = s.length;
    let q = p + 1;
    while (q < n && !isNameEnd(s.charCodeAt(q))) q++;
    if (q >= n) return -1;
    if (q === p + 1) throw new XmlError('a tag without a name');
    const qname = s.slice(p + 1, q);
    const depth = this.stack.length + 1;
    // Most tags of a sheet have no attributes or a few: a list is made only when there is one.
    let attrs = NO_ATTRS;
    let declared = false;
    let selfClosing = false;
    for (;;) {
      let c = s.charCodeAt(q);
      while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = s.charCodeAt(++q);
      if (q >= n) return this.unwind(declared, depth);
      if (c === 0x3e /* > */) {
        q++;
        break;
      }
      if (c === 0x2f /* / */) {
        if (q + 1 >= n) return this.unwind(declared, depth);
        if (s.charCodeAt(q + 1) !== 0x3e) throw new XmlError(`malformed tag <${qname}`);
        selfClosing = true;
        q += 2;
        break;
      }
      const a = q;
      while (q < n && !isNameEnd(s.charCodeAt(q))) q++;
      const name = s.slice(a, q);
      c = s.charCodeAt(q);
      while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = s.charCodeAt(++q);
      if (q >= n) return this.unwind(declared, depth);
      if (c !== 0x3d /* = */ || name === '') throw new XmlError(`malformed attribute in <${qname}`);
      c = s.charCodeAt(++q);
      while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = s.charCodeAt(++q);
      if (q >= n) return this.unwind(declared, depth);
      if (c !== 0x22 && c !== 0x27) throw new XmlError(`unquoted attribute in <${qname}`);
      const close = s.indexOf(c === 0x22 ? '"' : "'", q + 1);
      if (close < 0) return this.unwind(declared, depth);
      const raw = s.slice(q + 1, close);
      if (raw.indexOf('<') >= 0) throw new XmlError(`'<' in an attribute of <${qname}`);
      const value = decodeEntities(raw);
      q = close + 1;
      if (name.charCodeAt(0) === 0x78 /* x */ && name.startsWith('xmlns')) {
        if (name.length === 5) {
          this.scopes.push({ depth, prefix: '', uri: internUri(value) });
          declared = true;
        } else if (name.charCodeAt(5) === 0x3a) {
          this.scopes.push({ depth, prefix: name.slice(6), uri: internUri(value) });
          declared = true;
        }
      }
      if (attrs === NO_ATTRS) attrs = [];
      attrs.push(name, value);
    }
    const el = this.el;
    el.selfClosing = selfClosing;
    const colon = qname.indexOf(':');
    const uri = colon < 0 ? this.resolveDefault() : this.resolve(qname.slice(0, colon));
    if (uri === undefined) throw new XmlError(`undeclared prefix in <${qname}>`);
    el.uri = uri;
    el.local = colon < 0 ? qname : qname.slice(colon + 1);
    el.attrs = attrs;
    this.stack.push(qname);
    this.uris.push(uri);
    this.locals.push(el.local);
    this.tags++;
    this.tagStart = this.consumed + p;
    this.tagEnd = this.consumed + q;
    this.h.open(el);
    if (selfClosing) {
      this.stack.pop();
      this.uris.pop();
      this.locals.pop();
      if (declared) this.popScopes(depth);
      this.h.close(uri, el.local);
    }
    return q;
  }

  private resolveDefault(): string {
    for (let i = this.scopes.length - 1; i >= 0; i--) if (this.scopes[i].prefix === '') return this.scopes[i].uri;
    return '';
  }

  private popScopes(depth: number): void {
    while (this.scopes.length && this.scopes[this.scopes.length - 1].depth === depth) this.scopes.pop();
  }

  /** The buffer ended inside a start tag: forget its declarations, it will be read again with more text. */
  private unwind(declared: boolean, depth: number): number {
    if (declared) this.popScopes(depth);
    return -1;
  }
}

/** Whitespace, '/', '>', '=' end a name. */
function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x2f || c === 0x3e || c === 0x3d || c === 0x09 || c === 0x0a || c === 0x0d;
}

const NO_ATTRS: string[] = [];

/** Only whitespace in s[from, to). */
function blank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}

/**
 * The namespaces of an .xlsx as the same string objects as the literals the readers compare with, so that
 * `el.uri === MAIN` (asked for every element of a 100,000-row sheet) is decided by identity, not by
 * comparing 50 characters.
 */
const KNOWN_URIS = new Map(
  [
    'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
    'http://purl.oclc.org/ooxml/spreadsheetml/main',
    'http://schemas.openxmlformats.org/package/2006/relationships',
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'http://purl.oclc.org/ooxml/officeDocument/relationships',
    'http://schemas.openxmlformats.org/markup-compatibility/2006',
    'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
    'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
  ].map((u) => [u, u]),
);

export function internUri(u: string): string {
  return KNOWN_URIS.get(u) ?? u;
}

/** A limit passed while reading (what, and how much was seen). */
export class LimitError extends Error {
  constructor(
    readonly what: 'text' | 'inflated' | 'cells' | 'entries' | 'file' | 'merges' | 'strings',
    readonly seen: number,
    readonly limit?: number,
  ) {
    super(`${what} ${seen}${limit !== undefined ? ` > ${limit}` : ''}`);
  }
}
