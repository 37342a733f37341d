/**
 * In-code grid builders for engine tests: the pairing table and fund sheets laid out as a county office
 * lays them out (title, 单位 line, merged two-row headers, 合计 rows). Numbers come from the profile.
 */
import {
  DEFAULT_PROFILE,
  splitShares,
  numberToFen,
  fenToNumber,
  type CellValue,
  type MergeArea,
  type Profile,
  type SheetSnapshot,
} from '../../src/core';

export type Grid = CellValue[][];

/** The pairing table's merges: the title across the table; 序号 / 被帮扶镇 / 帮扶类型 over two rows; 驻镇工作团队 over 牵头单位 / 成员单位. */
export const PAIRING_MERGES: readonly MergeArea[] = [
  { top: 1, left: 1, bottom: 1, right: 5 },
  { top: 2, left: 1, bottom: 3, right: 1 },
  { top: 2, left: 2, bottom: 3, right: 2 },
  { top: 2, left: 3, bottom: 3, right: 3 },
  { top: 2, left: 4, bottom: 2, right: 5 },
];

/** The fund sheet's merges: title; 序号 / 镇 / 年度 / 合计 over three rows; 资金来源 over 省级 / 深圳市 / 河源市 over 市级 / 县级. */
export const FUND_MERGES: readonly MergeArea[] = [
  { top: 1, left: 1, bottom: 1, right: 9 },
  { top: 3, left: 1, bottom: 5, right: 1 },
  { top: 3, left: 2, bottom: 5, right: 2 },
  { top: 3, left: 3, bottom: 5, right: 3 },
  { top: 3, left: 4, bottom: 5, right: 4 },
  { top: 3, left: 5, bottom: 3, right: 9 },
  { top: 4, left: 5, bottom: 5, right: 5 },
  { top: 4, left: 6, bottom: 5, right: 6 },
  { top: 4, left: 7, bottom: 4, right: 9 },
];

export function pairingSheet(opts: { name?: string; profile?: Profile; edit?: (rows: Grid) => void } = {}): SheetSnapshot {
  const p = opts.profile ?? DEFAULT_PROFILE;
  const rows: Grid = [
    ['紫金县驻镇帮镇扶村结对安排表', null, null, null, null],
    ['序号', '被帮扶镇', '帮扶类型', '驻镇工作团队', null],
    [null, null, null, '牵头单位', '成员单位'],
  ];
  p.towns.forEach((t, i) => rows.push([i + 1, t.name, p.typeLabels[t.type][0], t.lead, t.members.join('、')]));
  opts.edit?.(rows);
  return { name: opts.name ?? '结对安排表', rows, merges: PAIRING_MERGES };
}

/** Amount of a town-year in 万元 (the standard unless overridden). */
export function sharesOf(total: number, p: Profile = DEFAULT_PROFILE): number[] {
  const s = splitShares(numberToFen(total, '万元')!, p);
  return [s.total, s.province, s.shenzhen, s.heyuan, s.heyuanCity, s.county].map((f) => fenToNumber(f, '万元'));
}

/**
 * A long fund sheet: title, 单位：万元, a three-row merged header
 * (序号 | 镇 | 年度 | 合计 | 资金来源 → 省级 | 深圳市 | 河源市 → 市级 | 县级), one block per year with a 合计 row.
 */
export function fundSheet(
  opts: {
    name?: string;
    profile?: Profile;
    years?: number[];
    amount?: (town: string, year: number) => number;
    totals?: boolean;
    edit?: (rows: Grid) => void;
  } = {},
): SheetSnapshot {
  const p = opts.profile ?? DEFAULT_PROFILE;
  const years = opts.years ?? range(p.years.first, p.years.last);
  const rows: Grid = [
    ['紫金县驻镇帮镇扶村资金筹集表', null, null, null, null, null, null, null, null],
    ['单位：万元', null, null, null, null, null, null, null, null],
    ['序号', '镇', '年度', '合计', '资金来源', null, null, null, null],
    [null, null, null, null, '省级', '深圳市', '河源市', null, null],
    [null, null, null, null, null, null, '小计', '市级', '县级'],
  ];
  for (const y of years) {
    const sums = [0, 0, 0, 0, 0, 0].map(() => 0n);
    p.towns.forEach((t, i) => {
      const amount = opts.amount ? opts.amount(t.name, y) : p.standard;
      const s = splitShares(numberToFen(amount, '万元')!, p);
      const parts = [s.total, s.province, s.shenzhen, s.heyuan, s.heyuanCity, s.county];
      parts.forEach((v, k) => (sums[k] += v));
      rows.push([i + 1, t.name, y, ...parts.map((f) => fenToNumber(f, '万元'))]);
    });
    if (opts.totals !== false) rows.push(['合计', null, y, ...sums.map((f) => fenToNumber(f, '万元'))]);
  }
  opts.edit?.(rows);
  return { name: opts.name ?? '资金筹集', rows, merges: FUND_MERGES };
}

export function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

/** Row index (1-based sheet row) of a town-year in fundSheet's layout. */
export function fundRow(town: string, year: number, p: Profile = DEFAULT_PROFILE, firstYear = p.years.first, totals = true): number {
  const perYear = p.towns.length + (totals ? 1 : 0);
  return 6 + (year - firstYear) * perYear + p.towns.findIndex((t) => t.name === town);
}

/** Recomputes fundSheet's 合计 rows from the rows above them, as the office's SUM formulas would. */
export function recomputeTotals(rows: Grid): void {
  let start = 5;
  for (let i = 5; i < rows.length; i++) {
    if (rows[i][0] !== '合计') continue;
    for (let c = 3; c < 9; c++) {
      let sum = 0n;
      for (let r = start; r < i; r++) {
        const v = rows[r][c];
        if (typeof v === 'number') sum += numberToFen(v, '万元')!;
      }
      rows[i][c] = fenToNumber(sum, '万元');
    }
    start = i + 1;
  }
}
