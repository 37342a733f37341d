/**
 * Amounts typed as text (RULES.md: 「1,200」, 「１２００」, 「1200万」, 「20万元」 are read, noted FUND-TEXT-NUMBER).
 */
import type { Unit } from './decimal';

export interface TextAmount {
  /** A plain decimal string, e.g. "1200.5" or "-3". */
  decimal: string;
  /** The unit written after the number, if any (「1200万」 → 万元). */
  unit?: Unit;
}

/** Full-width digits, signs and separators → ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF\u00A0]/g;

/**
 * Reads an amount written as text; null when it is not a number.
 * `parseTextAmount('１,２００')` → { decimal: '1200' }; `parseTextAmount('20万元')` → { decimal: '20', unit: '万元' }.
 */
export function parseTextAmount(input: string): TextAmount | null {
  let s = toHalfWidth(input).replace(INVISIBLE, '');
  s = s.replace(/^[¥￥]/, '').replace(/^RMB/i, '');
  let unit: Unit | undefined;
  const m = /(亿元|亿|万元|万|元)$/.exec(s);
  if (m) {
    unit = m[1].startsWith('亿') ? '亿元' : m[1].startsWith('万') ? '万元' : '元';
    s = s.slice(0, -m[1].length);
  }
  // Parentheses for negatives, as accountants write them: (1,200) → -1200.
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) s = `-${paren[1]}`;
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  const decimal = s.replace(/^\+/, '');
  return unit ? { decimal, unit } : { decimal };
}
