/**
 * Issue 10's layout corpus: workbooks laid out the way county finance bureaus and town offices lay them out, made
 * here in code. Each case names the features of the issue it shows (1–16), and says every error and warning it must
 * give as `[code, sheet, cell]` (none on a clean case), the infos it must include, and the town-years whose shares
 * must be exact. Adding a layout is adding one case to `layoutCases()`.
 */
import {
  DEFAULT_PROFILE,
  fenToNumber,
  numberToFen,
  splitShares,
  type CellValue,
  type Code,
  type FundLayout,
  type MergeArea,
  type Scope,
  type SheetSnapshot,
  type Unit,
} from '../../src/core';
import { pairingSheet, PAIRING_MERGES } from '../core/grids';

const P = DEFAULT_PROFILE;
export const YEARS = [2021, 2022, 2023, 2024, 2025];
type Row = CellValue[];
type Tuple = [Code, string, string];

export interface LayoutCase {
  name: string;
  /** The numbered features this case shows. */
  features: number[];
  sheets: SheetSnapshot[];
  /** Every error and warning, exactly (sorted as the report sorts them is not required). */
  problems: Tuple[];
  /** Infos that must be among the findings. */
  infos?: Tuple[];
  /** Town-years whose shares must be exact: the town-year total in 万元. */
  shares: { town: string; year: number; total: number }[];
  scope?: Scope;
  /** The layout the fund sheet(s) must be read as. */
  layout?: FundLayout;
}

/** A town-year's amount in 万元: the standard ± 150 by town, so that each year's pool stays 16 × 2000. */
export function amountOf(town: string, _year: number, delta = 150): number {
  const i = P.towns.findIndex((t) => t.name === town);
  return P.standard + (i % 2 === 0 ? delta : -delta);
}

/** [total, province, shenzhen, heyuan, heyuanCity, county] of a 万元 amount, as numbers in `unit`. */
export function partsOf(amount: number, unit: Unit = '万元'): number[] {
  const s = splitShares(numberToFen(amount, '万元')!, P);
  return [s.total, s.province, s.shenzhen, s.heyuan, s.heyuanCity, s.county].map((f) => fenToNumber(f, unit));
}

const sum = (rows: number[][], k: number, unit: Unit) =>
  fenToNumber(
    rows.reduce((a, r) => a + numberToFen(r[k], unit)!, 0n),
    unit,
  );

export const col = (n: number) => String.fromCharCode(64 + n);
const towns = P.towns.map((t) => t.name);
const key = P.towns.filter((t) => t.type === 'key').map((t) => t.name);
const consolidate = P.towns.filter((t) => t.type === 'consolidate').map((t) => t.name);
const all = (years: number[], list = towns) => years.flatMap((year) => list.map((town) => ({ town, year, total: amountOf(town, year) })));

/**
 * 1, 2. Wide: years as column groups (2021年 … merged over 合计 / 省级 / 深圳市 / 河源市级 / 紫金县级), one row per town,
 * a 「合 计」 row merged across 序号 and 镇; a year range in the title and sheet name.
 */
export function wideSheet(
  o: { name?: string; years?: number[]; subLabels?: string[]; unit?: Unit; edit?: (rows: Row[]) => void; title?: string } = {},
): SheetSnapshot {
  const years = o.years ?? YEARS;
  const unit = o.unit ?? '万元';
  const sub = o.subLabels ?? ['合计', '省级', '深圳市', '河源市级', '紫金县级'];
  const width = 2 + years.length * 5;
  const rows: Row[] = [
    [o.title ?? `紫金县驻镇帮镇扶村资金分配表（${years[0]}-${years[years.length - 1]}年）`],
    [`单位：${unit}`],
    ['序号', '镇', ...years.flatMap((y) => [`${y}年`, null, null, null, null])],
    [null, null, ...years.flatMap(() => sub)],
  ];
  const merges: MergeArea[] = [
    { top: 1, left: 1, bottom: 1, right: width },
    { top: 3, left: 1, bottom: 4, right: 1 },
    { top: 3, left: 2, bottom: 4, right: 2 },
    ...years.map((_, i) => ({ top: 3, left: 3 + i * 5, bottom: 3, right: 7 + i * 5 })),
  ];
  const byYear = years.map(() => [] as number[][]);
  towns.forEach((t, i) => {
    const cells: CellValue[] = [i + 1, t];
    years.forEach((y, k) => {
      const p = partsOf(amountOf(t, y), unit);
      const five = [p[0], p[1], p[2], p[4], p[5]];
      byYear[k].push(five);
      cells.push(...five);
    });
    rows.push(cells);
  });
  const total: CellValue[] = ['合 计', null];
  byYear.forEach((rs) => total.push(...[0, 1, 2, 3, 4].map((k) => sum(rs, k, unit))));
  rows.push(total);
  merges.push({ top: rows.length, left: 1, bottom: rows.length, right: 2 });
  o.edit?.(rows);
  return { name: o.name ?? '资金分配（2021-2025）', rows, merges };
}

/** Row of a town in wideSheet (1-based). */
export const wideRow = (town: string) => 5 + towns.indexOf(town);
/** Column of a year's part in wideSheet: part 0 合计, 1 省级, 2 深圳市, 3 河源市级, 4 紫金县级. */
export const wideCol = (year: number, part: number, years = YEARS) => col(3 + years.indexOf(year) * 5 + part);

export interface LongOptions {
  name?: string;
  title?: string;
  years?: number[];
  unit?: Unit;
  /** How the year is given: a 年度 column, section rows 「一 | 2021年」, 年度 merged down with a 2021年小计 row. */
  yearAs?: 'column' | 'sections' | 'merged' | 'sheet';
  /** Group headings 「一、重点帮扶镇」 and their 小计 rows inside each year. */
  groups?: boolean;
  /** Header labels of the amount columns: official-document names. */
  labels?: 'plain' | 'official' | 'ratio' | 'city-county';
  /** An other money stream (社会捐赠) filled with dashes. */
  dashes?: boolean;
  /** How towns are written. */
  townText?: (town: string) => string;
  list?: string[];
  /** The final grand total label (none when undefined). */
  grand?: string;
  edit?: (rows: Row[]) => void;
}

/**
 * 3, 4, 5, 6, 8, 13. A long table with one row per town-year: the year as a column, as section rows, or merged down
 * with year subtotals; group headings and group subtotals; column names as official documents write them.
 */
export function longSheet(o: LongOptions = {}): {
  sheet: SheetSnapshot;
  rowOf: (town: string, year: number) => number;
  cols: Record<string, string>;
} {
  const years = o.years ?? YEARS;
  const unit = o.unit ?? '万元';
  const yearAs = o.yearAs ?? 'column';
  const list = o.list ?? towns;
  const hasYearCol = yearAs === 'column' || yearAs === 'merged';
  const L = {
    plain: ['合计', '省级', '深圳市', '河源市', '市级', '县级'],
    official: ['合计', '省级财政资金', '深圳市对口帮扶资金', '河源市配套资金', '其中：市级', '县级'],
    ratio: ['资金总额', '省级（60%）', '深圳市（30%）', '河源市（10%）', '河源市级（2%）', '县级（8%）'],
    'city-county': ['帮扶资金', '省级资金', '深圳市帮扶资金', '市县配套资金', '其中：市级', '县级'],
  }[o.labels ?? 'plain'];
  const head1: CellValue[] = [
    '序号',
    '镇',
    ...(hasYearCol ? ['年度'] : []),
    L[0],
    L[1],
    L[2],
    L[3],
    null,
    ...(o.dashes ? ['社会捐赠'] : []),
  ];
  const head2: CellValue[] = [null, null, ...(hasYearCol ? [null] : []), null, null, null, L[4], L[5], ...(o.dashes ? [null] : [])];
  const width = head1.length;
  const first = hasYearCol ? 4 : 3; // the 合计 column
  const cols: Record<string, string> = {
    town: 'B',
    year: hasYearCol ? 'C' : '',
    total: col(first),
    province: col(first + 1),
    shenzhen: col(first + 2),
    heyuanCity: col(first + 3),
    county: col(first + 4),
    other: o.dashes ? col(first + 5) : '',
  };
  const rows: Row[] = [[o.title ?? '紫金县驻镇帮镇扶村资金安排表'], [`单位：${unit}`], head1, head2];
  const merges: MergeArea[] = [{ top: 1, left: 1, bottom: 1, right: width }];
  for (let c = 1; c <= width; c++) if (c !== first + 3 && c !== first + 4) merges.push({ top: 3, left: c, bottom: 4, right: c });
  merges.push({ top: 3, left: first + 3, bottom: 3, right: first + 4 });
  const at = new Map<string, number>();
  const grandRows: number[][] = [];
  const ordinals = ['一', '二', '三', '四', '五', '六'];
  const line = (seq: CellValue, town: CellValue, year: CellValue, p: number[] | null, label?: string): Row => {
    const r: Row = [seq, town];
    if (hasYearCol) r.push(year);
    if (p) r.push(p[0], p[1], p[2], p[4], p[5]);
    else r.push(null, null, null, null, null);
    if (o.dashes) r.push(label ? '—' : ['-', '—', '－', '/'][rows.length % 4]);
    return r;
  };
  years.forEach((y, yi) => {
    const yearRows: number[][] = [];
    if (yearAs === 'sections') rows.push([ordinals[yi], `${y}年`]);
    const yearTop = rows.length + 1;
    const groups = o.groups
      ? [
          { head: '一、重点帮扶镇', sub: '重点帮扶镇小计', list: list.filter((t) => key.includes(t)) },
          { head: '二、巩固提升镇', sub: '巩固提升镇小计', list: list.filter((t) => consolidate.includes(t)) },
        ]
      : [{ head: '', sub: '', list }];
    let seq = 1;
    for (const g of groups) {
      if (g.head) rows.push([g.head]);
      const groupRows: number[][] = [];
      for (const t of g.list) {
        const p = partsOf(amountOf(t, y), unit);
        groupRows.push([p[0], p[1], p[2], p[4], p[5]]);
        at.set(`${t}|${y}`, rows.length + 1);
        rows.push(line(seq++, o.townText ? o.townText(t) : t, yearAs === 'merged' && rows.length + 1 !== yearTop ? null : y, p));
      }
      if (g.sub)
        rows.push(
          line(
            g.sub,
            null,
            null,
            [0, 1, 2, 3, 4].map((k) => sum(groupRows, k, unit)).flatMap((v, k) => (k === 3 ? [0, v] : [v])),
          ),
        );
      yearRows.push(...groupRows);
    }
    if (yearAs === 'merged') {
      merges.push({ top: yearTop, left: 3, bottom: rows.length, right: 3 });
      const sub = line(
        `${y}年小计`,
        null,
        null,
        [0, 1, 2, 3, 4].map((k) => sum(yearRows, k, unit)).flatMap((v, k) => (k === 3 ? [0, v] : [v])),
        'x',
      );
      rows.push(sub);
      merges.push({ top: rows.length, left: 1, bottom: rows.length, right: 3 });
    } else {
      const t = line(
        '合 计',
        null,
        hasYearCol ? y : null,
        [0, 1, 2, 3, 4].map((k) => sum(yearRows, k, unit)).flatMap((v, k) => (k === 3 ? [0, v] : [v])),
        'x',
      );
      if (yearAs === 'sections' || yearAs === 'sheet') t[0] = `${y}年合计`;
      rows.push(t);
      merges.push({ top: rows.length, left: 1, bottom: rows.length, right: 2 });
    }
    grandRows.push(...yearRows);
  });
  if (o.grand) {
    rows.push(
      line(
        o.grand,
        null,
        null,
        [0, 1, 2, 3, 4].map((k) => sum(grandRows, k, unit)).flatMap((v, k) => (k === 3 ? [0, v] : [v])),
        'x',
      ),
    );
    merges.push({ top: rows.length, left: 1, bottom: rows.length, right: hasYearCol ? 3 : 2 });
  }
  rows.push(['注：本表由县财政局填报。']);
  o.edit?.(rows);
  return { sheet: { name: o.name ?? '资金安排', rows, merges }, rowOf: (t, y) => at.get(`${t}|${y}`)!, cols };
}

/** 9. One sheet per town: the town in the sheet name and title, rows are years, no town column. */
export function townSheet(town: string, o: { years?: number[]; name?: string; edit?: (rows: Row[]) => void } = {}): SheetSnapshot {
  const years = o.years ?? YEARS;
  const rows: Row[] = [[`${town}帮扶资金明细`], ['单位：万元'], ['年度', '合计', '省级', '深圳市', '市级', '县级']];
  const ps: number[][] = [];
  for (const y of years) {
    const p = partsOf(amountOf(town, y));
    ps.push([p[0], p[1], p[2], p[4], p[5]]);
    rows.push([`${y}年`, p[0], p[1], p[2], p[4], p[5]]);
  }
  rows.push(['合计', ...[0, 1, 2, 3, 4].map((k) => sum(ps, k, '万元'))]);
  o.edit?.(rows);
  return { name: o.name ?? town, rows, merges: [{ top: 1, left: 1, bottom: 1, right: 6 }] };
}

/** 11. The pool by source: sources as rows, years as columns, a 合计 row and a 合计 column. */
export function sourceSheet(o: { edit?: (rows: Row[]) => void; years?: number[] } = {}): SheetSnapshot {
  const years = o.years ?? YEARS;
  const pool = partsOf(P.standard * P.towns.length);
  const labels: [string, number][] = [
    ['省级财政资金', pool[1]],
    ['深圳市对口帮扶资金', pool[2]],
    ['河源市级配套资金', pool[4]],
    ['紫金县级配套资金', pool[5]],
  ];
  const rows: Row[] = [['紫金县驻镇帮镇扶村资金筹集情况表'], ['单位：万元'], ['资金来源', ...years.map((y) => `${y}年`), '合计']];
  for (const [l, v] of labels) rows.push([l, ...years.map(() => v), v * years.length]);
  rows.push(['合计', ...years.map(() => pool[0]), pool[0] * years.length]);
  o.edit?.(rows);
  return { name: '资金筹集情况', rows, merges: [{ top: 1, left: 1, bottom: 1, right: years.length + 2 }] };
}

/** 7. The pairing table pasted from the annex: line breaks in names, members one per line, the header repeated. */
export function pastedPairing(edit?: (rows: Row[]) => void): SheetSnapshot {
  const base = pairingSheet();
  const rows = base.rows.map((r) => [...r]) as Row[];
  const wrap = (s: string) => (s.length > 8 ? `${s.slice(0, 8)}\n${s.slice(8)}` : s);
  for (let i = 3; i < rows.length; i++) {
    const t = P.towns[i - 3];
    rows[i][3] = wrap(t.lead);
    rows[i][4] = t.members.map(wrap).join('\n');
  }
  rows.splice(3 + 9, 0, ['序号', '被帮扶镇', '帮扶类型', '牵头单位', '成员单位']);
  edit?.(rows);
  return { name: '结对安排表', rows, merges: PAIRING_MERGES };
}

/** Sheet row of a town in pastedPairing (the header repeated after the 9th town). */
export const pastedRow = (town: string) => {
  const i = towns.indexOf(town);
  return 4 + i + (i >= 9 ? 1 : 0);
};

export const planTowns = towns;
export const everyTownYear = all;
