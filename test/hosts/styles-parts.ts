/**
 * styles.xml made and read in tests: a generated style sheet (custom number formats, fonts, many cell formats,
 * with or without a namespace prefix) for the copy-keeping writer's number-format tests, and what a cell's style
 * index resolves to (format code, font, fill, border) before and after.
 */
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';

export interface StylesSpec {
  /** '' or 'x:' — the main namespace as default or prefixed. */
  px: '' | 'x:';
  /** Custom formats (ids from 164); `redefine4` also writes built-in id 4 with another code. */
  codes: string[];
  redefine4: boolean;
  /** Fonts: bold/italic/size; the first may be written self-closed. */
  fonts: { b: boolean; i: boolean; sz: number }[];
  firstFontEmpty: boolean;
  /** Cell formats: numFmtId (built-in 0–4, 9, 14 or a custom one by index) and fontId by index. */
  xfs: { fmt: number; font: number; align: boolean }[];
  cellStyleXfs: boolean;
  counts: boolean;
}

const BUILTIN_IDS = [0, 1, 2, 3, 4, 9, 14];
/** The built-in codes Excel gives these ids (LibreOffice the same). */
export const BUILTIN: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 14: 'm/d/yyyy' };

export const stylesSpec: fc.Arbitrary<StylesSpec> = fc
  .record({
    px: fc.constantFrom<'' | 'x:'>('', 'x:'),
    codes: fc.uniqueArray(
      fc.constantFrom('0.000', '#,##0.0"元"', '[Red]-0.00', 'yyyy"年"m"月"', '0.00%', '@', '#,##0.00;[Red]-#,##0.00', '0.0000'),
      {
        maxLength: 8,
      },
    ),
    redefine4: fc.boolean(),
    fonts: fc.array(fc.record({ b: fc.boolean(), i: fc.boolean(), sz: fc.integer({ min: 9, max: 16 }) }), { minLength: 1, maxLength: 6 }),
    firstFontEmpty: fc.boolean(),
    xfs: fc.array(fc.record({ fmt: fc.nat(20), font: fc.nat(10), align: fc.boolean() }), { minLength: 1, maxLength: 300 }),
    cellStyleXfs: fc.boolean(),
    counts: fc.boolean(),
  })
  .map((s) => ({ ...s, redefine4: s.redefine4 && s.px === '' }));

/** The styles.xml text of a spec; `fmtOf(xf)` is the numFmtId each xf uses. */
export function stylesXml(s: StylesSpec): string {
  const p = s.px;
  const ns = p
    ? `xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
    : `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
  const count = (n: number) => (s.counts ? ` count="${n}"` : '');
  const fmts = [...(s.redefine4 ? [[4, '0.0']] : []), ...s.codes.map((c, i) => [164 + i, c])] as [number, string][];
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const numFmts = fmts.length
    ? `<${p}numFmts${count(fmts.length)}>${fmts.map(([id, c]) => `<${p}numFmt numFmtId="${id}" formatCode="${esc(c)}"/>`).join('')}</${p}numFmts>`
    : '';
  const fonts = s.fonts
    .map((f, i) =>
      i === 0 && s.firstFontEmpty
        ? `<${p}font/>`
        : `<${p}font>${f.b ? `<${p}b/>` : ''}${f.i ? `<${p}i/>` : ''}<${p}sz val="${f.sz}"/><${p}name val="宋体"/></${p}font>`,
    )
    .join('');
  const xf = (x: StylesSpec['xfs'][number]) => {
    const fmt = fmtOf(s, x);
    const attrs = `numFmtId="${fmt}" fontId="${x.font % s.fonts.length}" fillId="0" borderId="0"${s.cellStyleXfs ? ' xfId="0"' : ''}`;
    return x.align ? `<${p}xf ${attrs} applyAlignment="1"><${p}alignment horizontal="center"/></${p}xf>` : `<${p}xf ${attrs}/>`;
  };
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}styleSheet ${ns}>${numFmts}` +
    `<${p}fonts${count(s.fonts.length)}>${fonts}</${p}fonts>` +
    `<${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>` +
    `<${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders>` +
    (s.cellStyleXfs ? `<${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs>` : '') +
    `<${p}cellXfs${count(s.xfs.length)}>${s.xfs.map(xf).join('')}</${p}cellXfs>` +
    (s.cellStyleXfs ? `<${p}cellStyles count="1"><${p}cellStyle name="常规" xfId="0" builtinId="0"/></${p}cellStyles>` : '') +
    `<${p}dxfs count="0"/></${p}styleSheet>`
  );
}

export function fmtOf(s: StylesSpec, x: StylesSpec['xfs'][number]): number {
  const all = [...BUILTIN_IDS, ...s.codes.map((_, i) => 164 + i)];
  return all[x.fmt % all.length];
}

const items = (xml: string, list: string, item: string): string[] => {
  const block = new RegExp(`<(?:x:)?${list}\\b[^>]*>([\\s\\S]*?)</(?:x:)?${list}>`).exec(xml)?.[1] ?? '';
  return [...block.matchAll(new RegExp(`<(?:x:)?${item}\\b(?:[^>]*/>|[^>]*>[\\s\\S]*?</(?:x:)?${item}>)`, 'g'))].map((m) => m[0]);
};
const attr = (el: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(el)?.[1];

export const cellXfs = (xml: string) => items(xml, 'cellXfs', 'xf');
export const fontsOf = (xml: string) => items(xml, 'fonts', 'font');
export const numFmtsOf = (xml: string) => items(xml, 'numFmts', 'numFmt');

/** What style index `i` means: the format code, the font element, and the rest of its xf. */
export function resolveStyle(xml: string, i: number): { code: string; font: string; xf: string } | undefined {
  const xf = cellXfs(xml)[i];
  if (!xf) return undefined;
  const id = Number(attr(xf, 'numFmtId') ?? 0);
  const own = numFmtsOf(xml).find((f) => Number(attr(f, 'numFmtId')) === id);
  const code = own
    ? attr(own, 'formatCode')!
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
    : (BUILTIN[id] ?? `builtin ${id}`);
  return { code, font: fontsOf(xml)[Number(attr(xf, 'fontId') ?? 0)] ?? '', xf: xf.replace(/\snumFmtId="[^"]*"|\sfontId="[^"]*"/g, '') };
}

/** Every top-level element of the style sheet other than the three lists the writer appends to. */
export function otherLists(xml: string): string[] {
  return ['fills', 'borders', 'cellStyleXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'].map(
    (n) => new RegExp(`<(?:x:)?${n}\\b(?:[^>]*/>|[^>]*>[\\s\\S]*?</(?:x:)?${n}>)`).exec(xml)?.[0] ?? '',
  );
}

/** `base` (a workbook whose first sheet is xl/worksheets/sheet1.xml) with the spec's styles.xml and one number per cell format. */
export function userWorkbook(base: Uint8Array, spec: StylesSpec): Uint8Array {
  const files = unzipSync(base);
  const rows = spec.xfs.map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" s="${i}"><v>${1234.5678 * (i + 1)}</v></c></row>`).join('');
  files['xl/worksheets/sheet1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
  );
  files['xl/styles.xml'] = strToU8(stylesXml(spec));
  return zipSync(files);
}

/** Style indexes of a sheet's cells holding numbers, by cell. */
export function numberStyles(xml: string): Map<string, number> {
  return new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?><v>/g)].map((m) => [m[1], Number(m[2] ?? 0)]));
}
