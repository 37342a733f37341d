/**
 * Normalising what people type: RULES.md "Column names are matched after removing spaces, line breaks,
 * full-width brackets and a unit in brackets". Names of towns and units lose invisible characters too.
 */
import { toHalfWidth } from '../money/text';
import type { Unit } from '../money';
import { isCellError, type CellValue } from '../types';

const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF\u00A0\u3000]/g;
const UNIT_IN_BRACKETS = /[（(]\s*(?:单位[:：]?)?\s*(亿元|万元|元)\s*[)）]/g;
/** Units of the factor sheet's measures (面积（平方公里）, 户籍人口（人）, 行政村数（个）), dropped like money units. */
const MEASURE_IN_BRACKETS = /[（(]\s*(?:单位[:：]?)?\s*(?:平方公里|平方千米|km²|km2|公里|千米|km|人|个|户|%)\s*[)）]/gi;

/** A cell's text as the user sees it ('' for empty cells and errors). */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined || isCellError(v)) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** A header label for matching: `'省级资金\n（万元）'` → `'省级资金'`; `'其中：省级'` → `'省级'`. */
export function normaliseLabel(s: string): string {
  let t = toHalfWidth(s).replace(UNIT_IN_BRACKETS, '').replace(MEASURE_IN_BRACKETS, '').replace(INVISIBLE, '');
  t = t.replace(/^(其中|含)[:：]?/, '');
  t = t.replace(/[()（）【】[\]]/g, '');
  return t;
}

/** The unit a header label names in brackets, e.g. `'合计（万元）'` → `'万元'`. */
export function unitInLabel(s: string): Unit | undefined {
  const m = /[（(]\s*(?:单位[:：]?)?\s*(亿元|万元|元)\s*[)）]/.exec(toHalfWidth(s));
  return m ? (m[1] as Unit) : undefined;
}

/** A unit line such as 「单位：万元」 anywhere in a cell's text. */
export function unitInLine(s: string): Unit | undefined {
  const m = /单位\s*[:：]\s*(亿元|万元|元)/.exec(toHalfWidth(s).replace(INVISIBLE, ''));
  return m ? (m[1] as Unit) : undefined;
}

/** A town or unit name for comparison: no spaces, line breaks or zero-width characters. */
export function normaliseName(s: string): string {
  return s.replace(INVISIBLE, '');
}

/** A year written in a sheet name or title: 「2023年资金分配」 → 2023. */
export function yearInText(s: string): number | undefined {
  const m = /(?:^|[^\d])((?:19|20)\d{2})\s*(?:年|$|[^\d])/.exec(toHalfWidth(s));
  return m ? Number(m[1]) : undefined;
}
