/**
 * The vocabulary (DESIGN.md "recognise"): every alias, stem, noise word, number and dash rule and name normaliser
 * the engine reads cells with. RULES.md "How tables are recognised": column names are matched after removing spaces,
 * line breaks, full-width brackets and a unit in brackets; RULES.md "Additions": dashes are zero, any label ending in
 * 合计 / 总计 / 小计 is a total row. Nothing else in the engine holds a word list or a text rule.
 */
import type { AmountKey } from '../findings';
import { toHalfWidth } from '../money/text';
import type { Unit } from '../money';
import type { Profile } from '../profile';
import { isCellError, type CellValue } from '../types';
import { memoText, memoTextBy } from './text-memo';

export { toHalfWidth };

/** The amount columns of a fund sheet, in the order sheets and results list them. */
export const AMOUNT_KEYS: readonly AmountKey[] = ['total', 'province', 'shenzhen', 'heyuan', 'heyuanCity', 'county'];
/** The pool's three sources of 四（十一）: 广东省 : 深圳市 : 河源市 = 6 : 3 : 1. */
export const POOL_SOURCES = ['province', 'shenzhen', 'heyuan'] as const;

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
export const normaliseLabel = memoText(normaliseLabelOnce);

function normaliseLabelOnce(s: string): string {
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
  // Most names have nothing to remove: tested first, without making a new string.
  return HAS_INVISIBLE.test(s) ? s.replace(INVISIBLE, '') : s;
}

const HAS_INVISIBLE = new RegExp(INVISIBLE.source);

/** A year range written in a sheet name or title: 「资金分配表（2021-2025）」, 「2021—2025年」 → [2021, 2025]. */
export function yearRangeInText(s: string): [number, number] | undefined {
  const m = /((?:19|20)\d{2})\s*年?\s*(?:-|—|–|－|~|～|至|到|―)+\s*((?:19|20)\d{2})/.exec(toHalfWidth(s));
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a <= b ? [a, b] : undefined;
}

/** A single year written in a sheet name or title: 「2023年资金分配」 → 2023. A range (2021-2025) is not a year. */
export function yearInText(s: string): number | undefined {
  if (yearRangeInText(s)) return undefined;
  const m = /(?:^|[^\d])((?:19|20)\d{2})\s*(?:年|$|[^\d])/.exec(toHalfWidth(s));
  return m ? Number(m[1]) : undefined;
}

/** A year cell: 2023, '2023', '2023年', '2023年度', '２０２３'. */
export function readYear(raw: CellValue): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 1000 && raw <= 9999 ? raw : null;
  if (typeof raw === 'string') {
    const m = /^\s*(\d{4})\s*(年度?)?\s*$/.exec(toHalfWidth(raw));
    return m ? Number(m[1]) : null;
  }
  return null;
}

/** A header label that is only a year (a wide sheet's year group): 「2021年」, 「2021年度」, 2021. */
export function yearLabel(raw: CellValue): number | undefined {
  return readYear(raw) ?? undefined;
}

/**
 * A section row's year: 「2021年」 alone, or after an ordinal (「一」「一、」「（一）」「1.」) in the row's first cells,
 * e.g. 「一 | 2021年」. Returns undefined for anything else.
 */
export function sectionYear(texts: readonly string[]): number | undefined {
  const t = texts.map((x) => normaliseName(toHalfWidth(x))).filter(Boolean);
  if (t.length === 0 || t.length > 3) return undefined;
  const rest = ORDINAL.test(t[0]) && t.length > 1 ? t.slice(1) : t;
  const joined = rest.join('').replace(ORDINAL_PREFIX, '');
  const m = /^((?:19|20)\d{2})年度?(?:资金|安排|分配|帮扶资金)?$/.exec(joined);
  return m ? Number(m[1]) : undefined;
}

const ORDINAL = /^(?:[一二三四五六七八九十]+|\d{1,2})[、.．]?$|^[(（][一二三四五六七八九十\d]+[)）]$/;
const ORDINAL_PREFIX = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．])/;

/** A group heading row's label (「一、重点帮扶镇」, 「（二）巩固提升镇」): an ordinal then words, no amounts. */
export function isGroupHeading(text: string): boolean {
  const t = normaliseName(toHalfWidth(text));
  return ORDINAL_PREFIX.test(t) && t.replace(ORDINAL_PREFIX, '').length > 0;
}

/** 「-」「—」「－」「/」 (and doubled forms) in an amount cell mean none: zero (RULES.md "Additions"). */
export function isDash(text: string): boolean {
  return /^(?:[-－—–―‐/／\\]|——|--|—-)+$/.test(normaliseName(toHalfWidth(text)) || 'x');
}

/** The level of a total row's label, or null: any label ending in 合计 / 总计 / 小计 after spaces are removed. */
export const totalLabel = memoTextBy(totalLabelOnce);

function totalLabelOnce(text: string, profile: Profile): { level: 'total' | 'subtotal'; grand: boolean } | null {
  const n = normaliseName(toHalfWidth(text)).replace(/[:：]$/, '');
  if (!n) return null;
  const ends = (words: readonly string[]) => words.some((w) => n === w || n.endsWith(w));
  // 总计 (and 全县合计 / 全镇合计 …) covers the whole table; 合计 covers the rows since the previous 合计.
  if (ends(profile.aliases.subtotalRows)) return { level: 'subtotal', grand: false };
  if (ends(profile.aliases.totalRows)) return { level: 'total', grand: /总计$/.test(n) || /^全.+合计$/.test(n) };
  return null;
}

/**
 * Column meaning by stems (issue 10, 5): after the exact names of the profile, a label is read by its stems with
 * noise words (财政, 资金, 配套, 对口, 帮扶, 其中, 本级 …), brackets and percentages removed: 省级财政资金, 深圳市对口帮扶资金,
 * 河源市配套资金, 河源市级财政配套, 县级（8%）, 市县配套资金. The city and county stems come from the profile (河源, 紫金).
 * Returns the role, 'ambiguous' when two sources' stems are present (「省市配套」), or undefined.
 */
export function columnMeaning(label: string, profile?: Pick<Profile, 'city' | 'county'>): AmountKey | 'ambiguous' | undefined {
  let t = normaliseName(toHalfWidth(label));
  t = t.replace(/[(（][^)）]*[)）]/g, '').replace(/\d+(?:\.\d+)?%/g, '');
  t = t.replace(/^(其中|含)[:：]?/, '');
  if (t.length > 16) return undefined; // a title, not a column name
  const core = t.replace(NOISE, '');
  const city = (profile?.city ?? '河源市').replace(/市$/, '');
  const county = (profile?.county ?? '紫金县').replace(/县$/, '');
  const hits = new Set<AmountKey>();
  const cityLevel = /市级|市本级/.test(t);
  if (/省|广东/.test(core)) hits.add('province');
  if (/深圳/.test(core)) hits.add('shenzhen');
  if (/市县/.test(t)) hits.add('heyuan');
  else {
    if (core.includes(city)) hits.add(cityLevel ? 'heyuanCity' : 'heyuan');
    else if (cityLevel) hits.add('heyuanCity');
    if (/县级|县本级|县财政|县配套/.test(t) || core.includes(county)) hits.add('county');
  }
  const totalish = /合计|小计|总计|总额|金额|总数/.test(core) || (core === '' && /资金|金额/.test(t));
  if (hits.size === 0) return totalish ? 'total' : undefined;
  if (hits.size === 1) return [...hits][0];
  return 'ambiguous';
}

const NOISE = /财政|资金|配套|对口|帮扶|协作|其中|本级|级|拨付|下达|安排|分配|投入|筹集|金额|[:：、]/g;

/** Does a header look like money (资金 / 金额 / 万元 / 元 / 经费)? */
export function looksLikeMoney(label: string): boolean {
  return /资金|金额|万元|元[)）]?$|经费|款/.test(normaliseName(toHalfWidth(label)));
}

/**
 * The plan town a name written another way stands for (issue 10, 6): 「紫金县龙窝镇」 (county prefix), 「敬梓」 (no 镇),
 * 「紫城镇（原附城镇）」 (a note in brackets), line breaks and spaces inside. Undefined when it is no plan town.
 */
export function townVariant(name: string, profile: Profile): string | undefined {
  let n = normaliseName(toHalfWidth(name)).replace(/[(（][^)）]*[)）]/g, '');
  for (const prefix of [profile.city + profile.county, profile.county, profile.city])
    if (prefix && n.startsWith(prefix)) n = n.slice(prefix.length);
  if (!n) return undefined;
  const stem = n.replace(/(镇|乡|街道)$/, '');
  const hit = profile.towns.find((t) => t.name === n || t.name.replace(/镇$/, '') === stem);
  return hit?.name;
}

/** The one plan town a title or sheet name names (「龙窝镇帮扶资金明细」 → 龙窝镇); undefined when none or several. */
export function townInText(text: string, profile: Profile): string | undefined {
  const n = normaliseName(toHalfWidth(text));
  const full = profile.towns.filter((t) => n.includes(t.name));
  if (full.length === 1) return full[0].name;
  if (full.length > 1) return undefined;
  const stems = profile.towns.filter((t) => {
    const stem = t.name.replace(/镇$/, '');
    return stem.length >= 2 && n.includes(stem);
  });
  return stems.length === 1 ? stems[0].name : undefined;
}

/** Header labels of columns that are not money even when they hold numbers (序号, 备注 …). */
export function isPlainColumn(label: string): boolean {
  return /^(序号|编号|排序|no\.?|备注|说明|附注|类型|帮扶类型|镇类型|年度|年份|年|行次|代码|村数|人口|面积)$/i.test(normaliseLabel(label));
}
