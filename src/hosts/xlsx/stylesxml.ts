/**
 * Number formats for the product's sheets in a copy-kept result workbook (issue 12: amounts as 2,000.00, not
 * 2000; long text wrapped in its column). A cell's style is an index into styles.xml's <cellXfs>, so #,##0.00 needs an <xf> there. The decision:
 * styles.xml is the one original part besides those that list sheets that the copy rewrites, and only by
 * APPENDING — <xf>s at the end of <cellXfs> (#,##0.00, bold #,##0.00, wrapped text) (and, for bold totals, a <font> at the end of <fonts>; a <numFmt>
 * only when the file redefines built-in format 4). Every index already in the file keeps its meaning, so every
 * user cell renders exactly as before; tests compare each old entry and every other part byte for byte.
 * The text is read with the XML tokenizer and assembled by slicing at its positions. Anything unexpected (no
 * <cellXfs>, a self-closed list, unreadable XML) returns undefined, and the amounts stay General.
 */
import { SML_NS as MAIN } from './opc';
import { XmlScanner, tagPrefix } from './xmlscan';

/** Excel's built-in number format 4 is #,##0.00 in every locale. */
const BUILTIN_MONEY = 4;
const MONEY_CODE = '#,##0.00';

/** Style indexes of the product's number cells, and of text that wraps in its column. */
export interface MoneyStyles {
  money: number;
  totalMoney: number;
  wrap: number;
}

interface List {
  /** The list's start tag span, where its end tag starts, and its direct children's spans. */
  openStart: number;
  openEnd: number;
  closeStart: number;
  px: string;
  items: [number, number][];
}

interface Scan {
  numFmts?: List;
  fonts?: List;
  cellXfs?: List;
  /** numFmtId → formatCode of the file's own formats. */
  codes: Map<number, string>;
  hasStyleXf: boolean;
}

function scan(xml: string): Scan {
  const out: Scan = { codes: new Map(), hasStyleXf: false };
  const stack: string[] = [];
  let list: List | undefined;
  let item = -1;
  const sc: XmlScanner = new XmlScanner({
    wantText: false,
    open(el) {
      const depth = stack.length;
      stack.push(el.uri === MAIN ? el.local : '');
      if (el.uri !== MAIN) return;
      if (depth === 1 && (el.local === 'numFmts' || el.local === 'fonts' || el.local === 'cellXfs')) {
        // A self-closed list has nowhere to append to: left out (cellXfs then means no number styles).
        if (el.selfClosing) return;
        list = {
          openStart: sc.tagStart,
          openEnd: sc.tagEnd,
          closeStart: -1,
          px: tagPrefix(xml, sc.tagStart),
          items: [],
        };
        out[el.local] ??= list;
      } else if (depth === 2 && list) {
        item = sc.tagStart;
        if (el.local === 'numFmt') {
          const id = Number(el.attr('numFmtId'));
          if (Number.isInteger(id)) out.codes.set(id, el.attr('formatCode') ?? '');
        }
      } else if (depth === 2 && stack[1] === 'cellStyleXfs' && el.local === 'xf') out.hasStyleXf = true;
    },
    close() {
      stack.pop();
      if (list && stack.length === 2) list.items.push([item, sc.tagEnd]);
      else if (list && stack.length === 1) {
        list.closeStart = sc.tagStart;
        list = undefined;
      }
    },
    text() {},
  });
  sc.feed(xml);
  sc.end();
  return out;
}

/** The list's start tag with count="n" (added when absent). */
function counted(xml: string, l: List, n: number): string {
  const open = xml.slice(l.openStart, l.openEnd);
  return /\scount\s*=\s*("[^"]*"|'[^']*')/.test(open)
    ? open.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, (_m, a: string) => `${a}"${n}"`)
    : open.replace(/\s*>$/, () => ` count="${n}">`);
}

/**
 * styles.xml with the product's two number styles appended, and their indexes; the same text and the existing
 * indexes when the file already has them (a re-run of a result workbook adds nothing).
 */
export function appendMoneyStyles(xml: string): { xml: string; styles: MoneyStyles } | undefined {
  let s: Scan;
  try {
    s = scan(xml);
  } catch {
    return undefined;
  }
  const xfs = s.cellXfs;
  if (!xfs || xfs.closeStart < 0) return undefined;
  const edits: [number, number, string][] = [];

  // The number format: built-in 4, unless the file gives id 4 another code; then a format of its own.
  let fmt = BUILTIN_MONEY;
  if (s.codes.has(BUILTIN_MONEY) && s.codes.get(BUILTIN_MONEY) !== MONEY_CODE) {
    const own = [...s.codes].find(([id, code]) => id >= 164 && code === MONEY_CODE);
    if (own) fmt = own[0];
    else {
      fmt = Math.max(163, ...s.codes.keys()) + 1;
      const nf = s.numFmts!;
      const el = `<${nf.px}numFmt numFmtId="${fmt}" formatCode="${MONEY_CODE}"/>`;
      edits.push([nf.openStart, nf.openEnd, counted(xml, nf, nf.items.length + 1)], [nf.closeStart, nf.closeStart, el]);
    }
  }

  // A bold copy of the default font (font 0) for the 合计 rows.
  let bold = 0;
  const fonts = s.fonts;
  if (fonts && fonts.closeStart >= 0 && fonts.items.length) {
    const [a, b] = fonts.items[0];
    const first = xml.slice(a, b);
    const px = fonts.px;
    const made = first.endsWith('/>')
      ? first.replace(/\s*\/>$/, `><${px}b/></${px}font>`)
      : first.replace(/^(<[^>]*>)/, (open) => `${open}<${px}b/>`);
    const at = fonts.items.findIndex(([x, y]) => xml.slice(x, y) === made);
    if (at >= 0) bold = at;
    else {
      bold = fonts.items.length;
      edits.push([fonts.openStart, fonts.openEnd, counted(xml, fonts, fonts.items.length + 1)], [fonts.closeStart, fonts.closeStart, made]);
    }
  }

  const xf = (font: number) =>
    `<${xfs.px}xf numFmtId="${fmt}" fontId="${font}" fillId="0" borderId="0"${s.hasStyleXf ? ' xfId="0"' : ''} applyNumberFormat="1"${font ? ' applyFont="1"' : ''}/>`;
  const existing = xfs.items.map(([x, y]) => xml.slice(x, y));
  const wrapXf = `<${xfs.px}xf numFmtId="0" fontId="0" fillId="0" borderId="0"${s.hasStyleXf ? ' xfId="0"' : ''} applyAlignment="1"><${xfs.px}alignment wrapText="1"/></${xfs.px}xf>`;
  const wanted = [xf(0), xf(bold), wrapXf];
  const indexes = wanted.map((w) => existing.indexOf(w));
  let n = existing.length;
  const appended: string[] = [];
  indexes.forEach((at, k) => {
    if (at >= 0) return;
    const again = wanted.indexOf(wanted[k]);
    if (again < k) indexes[k] = indexes[again];
    else {
      indexes[k] = n++;
      appended.push(wanted[k]);
    }
  });
  if (appended.length) edits.push([xfs.openStart, xfs.openEnd, counted(xml, xfs, n)], [xfs.closeStart, xfs.closeStart, appended.join('')]);

  edits.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  let text = '';
  let at = 0;
  for (const [from, to, put] of edits) {
    text += xml.slice(at, from) + put;
    at = to;
  }
  text += xml.slice(at);
  return { xml: text, styles: { money: indexes[0], totalMoney: indexes[1], wrap: indexes[2] } };
}
