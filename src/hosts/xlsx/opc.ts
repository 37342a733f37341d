/**
 * The package (OPC) side of an .xlsx, read from its zip: parts by name, relationships, content types.
 * Only what the copy-keeping result workbook needs: find parts through relationships, know which parts
 * belong to a sheet alone, and add or remove Override entries in [Content_Types].xml.
 */
import { parseAttrs, reEscape } from './xml';
import { entryContent, packagePath, type ZipEntry } from './zip';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const STRICT_REL_NS = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
export const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** SpreadsheetML's main namespace (transitional), for the parts the product writes and reads. */
export const SML_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** The XML declaration every part the product writes starts with. */
export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const RELS_HEAD = `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">`;

/** Thrown where the zip cannot be edited safely; the message says why (shown to the user as the reason). */
export class Unsafe extends Error {}

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The element as written, so that it can be removed from the .rels text. */
  xml: string;
}

export function parseRels(xml: string): Rel[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => {
    const a = parseAttrs(m[0]);
    return {
      id: a.get('Id') ?? '',
      type: a.get('Type') ?? '',
      target: a.get('Target') ?? '',
      external: a.get('TargetMode') === 'External',
      xml: m[0],
    };
  });
}

/** The part a relationship target names, resolved against the part that holds the relationship ('' for the package). */
export function resolveTarget(source: string, target: string): string {
  let t = target.split('#')[0];
  try {
    t = decodeURIComponent(t);
  } catch {
    // not percent-encoded: keep as written
  }
  t = packagePath(t);
  if (t.startsWith('/')) return t.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The .rels part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels; '' (the package) → _rels/.rels. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? `_rels/${part}.rels` : `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

/** The zip's entries by part name; OPC part names compare case-insensitively. */
export class Parts {
  private readonly byLower = new Map<string, ZipEntry>();
  private readonly dec = new TextDecoder('utf-8', { fatal: false });
  constructor(entries: readonly ZipEntry[]) {
    for (const e of entries) {
      const k = e.name.toLowerCase();
      if (this.byLower.has(k)) throw new Unsafe(`the zip holds ${e.name} twice`);
      this.byLower.set(k, e);
    }
  }
  get(name: string): ZipEntry | undefined {
    return this.byLower.get(name.toLowerCase());
  }
  has(name: string): boolean {
    return this.byLower.has(name.toLowerCase());
  }
  names(): string[] {
    return [...this.byLower.values()].map((e) => e.name);
  }
  text(name: string): string {
    const e = this.get(name);
    if (!e) throw new Unsafe(`the part ${name} is missing`);
    let bytes: Uint8Array;
    try {
      bytes = entryContent(e);
    } catch (err) {
      throw new Unsafe(`the part ${name} cannot be read (${(err as Error).message})`);
    }
    if (bytes[0] === 0xfe || bytes[0] === 0xff) throw new Unsafe(`the part ${name} is not UTF-8`);
    return this.dec.decode(bytes).replace(/^\uFEFF/, '');
  }
  /** The internal relationships of a part (none when it has no .rels). */
  rels(part: string): Rel[] {
    const p = relsPathOf(part);
    return this.has(p) ? parseRels(this.text(p)).filter((r) => !r.external) : [];
  }
}

/**
 * Every part reachable through internal relationships from `starts`, except through the relationships
 * `skip` says to leave out. Parts are returned lower-cased.
 */
export function reachable(parts: Parts, starts: readonly string[], skip: (source: string, rel: Rel) => boolean = () => false): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length) {
    const part = queue.pop()!;
    const key = part.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    for (const r of parts.rels(part)) if (!skip(part, r)) queue.push(resolveTarget(part, r.target));
  }
  return seen;
}

/** [Content_Types].xml, edited as text so that everything else in it stays as written. */
export class ContentTypes {
  constructor(public xml: string) {
    if (!/<(?:[\w.-]+:)?Types\b/.test(xml) || !/<\/(?:[\w.-]+:)?Types>\s*$/.test(xml))
      throw new Unsafe('[Content_Types].xml has no Types element');
  }
  /** The content type of a part (its Override, or the Default of its extension). */
  typeOf(part: string): string | undefined {
    const lower = `/${part}`.toLowerCase();
    for (const m of this.xml.matchAll(/<(?:[\w.-]+:)?Override\b[^>]*>/g)) {
      const a = parseAttrs(m[0]);
      if ((a.get('PartName') ?? '').toLowerCase() === lower) return a.get('ContentType');
    }
    const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    for (const m of this.xml.matchAll(/<(?:[\w.-]+:)?Default\b[^>]*>/g)) {
      const a = parseAttrs(m[0]);
      if ((a.get('Extension') ?? '').toLowerCase() === ext) return a.get('ContentType');
    }
    return undefined;
  }
  private get px(): string {
    return /<([\w.-]+:)?Types\b/.exec(this.xml)?.[1] ?? '';
  }
  add(part: string, contentType: string): void {
    this.xml = this.xml.replace(/(<\/(?:[\w.-]+:)?Types>\s*)$/, `<${this.px}Override PartName="/${part}" ContentType="${contentType}"/>$1`);
  }
  ensureDefault(ext: string, contentType: string): void {
    const has = [...this.xml.matchAll(/<(?:[\w.-]+:)?Default\b[^>]*>/g)].some(
      (m) => (parseAttrs(m[0]).get('Extension') ?? '').toLowerCase() === ext,
    );
    if (!has)
      this.xml = this.xml.replace(/(<\/(?:[\w.-]+:)?Types>\s*)$/, `<${this.px}Default Extension="${ext}" ContentType="${contentType}"/>$1`);
  }
  remove(part: string): void {
    const lower = `/${part}`.toLowerCase();
    this.xml = this.xml.replace(/<(?:[\w.-]+:)?Override\b[^>]*>(?:\s*<\/(?:[\w.-]+:)?Override>)?/g, (m) =>
      (parseAttrs(m).get('PartName') ?? '').toLowerCase() === lower ? '' : m,
    );
  }
}

/** Removes one relationship element from a .rels text. */
export function removeRel(relsXml: string, rel: Rel): string {
  return relsXml.replace(new RegExp(`${reEscape(rel.xml)}(?:\\s*</(?:[\\w.-]+:)?Relationship>)?`), '');
}

/** Adds a relationship element to a .rels text. */
export function addRel(relsXml: string, id: string, type: string, target: string): string {
  if (!/<\/(?:[\w.-]+:)?Relationships>\s*$/.test(relsXml)) throw new Unsafe('a .rels part has no Relationships element');
  const px = /<([\w.-]+:)?Relationships\b/.exec(relsXml)?.[1] ?? '';
  return relsXml.replace(/(<\/(?:[\w.-]+:)?Relationships>\s*)$/, `<${px}Relationship Id="${id}" Type="${type}" Target="${target}"/>$1`);
}
