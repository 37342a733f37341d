/** Small XML helpers for reading and writing parts by hand: escaping, attributes, illegal characters. */

const ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops the characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/FFFF). */
export function stripIllegalXml(s: string): string {
  return s.replace(ILLEGAL, '');
}

/** Text without these characters is escaped as itself. */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const AS_IS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F&<>"\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes text for element content or a double-quoted attribute, dropping characters XML 1.0 does not allow. */
export function escapeXml(s: string): string {
  if (!AS_IS.test(s)) return s;
  return stripIllegalXml(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The attributes of a start tag (`<x a="1" b='2'>`), values unescaped; keys as written (with prefixes). */
export function parseAttrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const head = /^<[^\s/>]+/.exec(tag);
  const body = head ? tag.slice(head[0].length) : tag;
  for (const m of body.matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], unescapeXml(m[2] ?? m[3] ?? ''));
  return out;
}

/** Reads an attribute of a start tag (single or double quotes; no namespaces resolved). */
export function attr(element: string, name: string): string | undefined {
  return parseAttrs(element).get(name);
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** Escapes a string for use inside a RegExp. */
export function reEscape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
