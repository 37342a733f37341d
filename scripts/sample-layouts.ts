/**
 * The bundled samples of the layouts offices really send (issue 10): the county's table laid out WIDE (years as
 * column groups, no 年度 column) and a TOWN'S OWN SUBMISSION (one town's sheet, the town in the sheet name and the
 * title, one row per year, no town column and no pairing table). Amounts are the plan's, split exactly.
 */
import {
  DEFAULT_PROFILE,
  fenToNumber,
  numberToFen,
  splitShares,
  type CellValue,
  type MergeArea,
  type Profile,
  type SheetSnapshot,
} from '../src/core';

/** 合计 | 省级 | 深圳市 | 河源市级 | 紫金县级 of an amount in 万元, in the unit asked (元 multiplies by 10,000). */
function parts(amount: number, p: Profile, unit: '万元' | '元' = '万元'): number[] {
  const s = splitShares(numberToFen(amount, '万元')!, p);
  return [s.total, s.province, s.shenzhen, s.heyuanCity, s.county].map((f) => fenToNumber(f, unit));
}

const add = (a: number[], b: number[]) => a.map((v, i) => Math.round((v + b[i]) * 100) / 100);

/** The sub-column headers as the county's 资金分配表 writes them (the plan's words, not this tool's). */
export const WIDE_HEADERS = ['合计', '省级财政资金', '深圳市对口帮扶资金', '河源市级配套', '紫金县级配套'];

/**
 * 资金分配表（2021-2025）: title, 单位：万元, 序号 | 镇 merged over two header rows, then one merged 「2021年」 over
 * 合计 / 省级 / 深圳市 / 河源市级 / 紫金县级 per year; the towns in two groups, each under its heading
 * (「一、重点帮扶镇」, no amounts) and closed by its 小计 row; 全县合计 at the foot. Labels span 序号 and 镇.
 */
export function wideSheet(p: Profile = DEFAULT_PROFILE, amount: (town: string, year: number) => number = () => p.standard): SheetSnapshot {
  const years: number[] = [];
  for (let y = p.years.first; y <= p.years.last; y++) years.push(y);
  const width = 2 + years.length * WIDE_HEADERS.length;
  const blank = () => new Array<CellValue>(width).fill(null);
  const title = blank();
  title[0] = `${p.county}驻镇帮镇扶村资金分配表（${p.years.first}-${p.years.last}年）`;
  const unit = blank();
  unit[0] = '单位：万元';
  const top = blank();
  const sub = blank();
  top[0] = '序号';
  top[1] = '镇';
  const merges: MergeArea[] = [
    { top: 1, left: 1, bottom: 1, right: width },
    { top: 3, left: 1, bottom: 4, right: 1 },
    { top: 3, left: 2, bottom: 4, right: 2 },
  ];
  years.forEach((y, g) => {
    const left = 3 + g * WIDE_HEADERS.length;
    top[left - 1] = `${y}年`;
    WIDE_HEADERS.forEach((h, k) => (sub[left - 1 + k] = h));
    merges.push({ top: 3, left, bottom: 3, right: left + WIDE_HEADERS.length - 1 });
  });
  const rows: CellValue[][] = [title, unit, top, sub];
  const label = (text: string) => {
    const row = blank();
    row[0] = text;
    rows.push(row);
    merges.push({ top: rows.length, left: 1, bottom: rows.length, right: 2 });
    return row;
  };
  let all = new Array<number>(width - 2).fill(0);
  let n = 0;
  (['key', 'consolidate'] as const).forEach((type, g) => {
    const towns = p.towns.filter((t) => t.type === type);
    if (!towns.length) return;
    const name = p.typeLabels[type][0];
    label(`${'一二'[g]}、${name}`); // a group heading, no amounts
    let sums = new Array<number>(width - 2).fill(0);
    for (const t of towns) {
      const amounts = years.flatMap((y) => parts(amount(t.name, y), p));
      sums = add(sums, amounts);
      rows.push([++n, t.name, ...amounts]);
    }
    label(`${name}小计`).splice(2, sums.length, ...sums);
    all = add(all, sums);
  });
  label('全县合计').splice(2, all.length, ...all);
  return { name: `资金分配表（${p.years.first}-${p.years.last}）`, rows, merges };
}

/**
 * 龙窝镇's own submission: the sheet named for the town, 「紫金县龙窝镇驻镇帮镇扶村资金明细表」, 单位：元, then
 * 年度 | 合计 | 省级 | 深圳市 | 河源市级 | 紫金县级 for the years the town reports, and a 合计 row.
 */
export function townSubmissionSheet(
  town = '龙窝镇',
  years: readonly number[] = [2021, 2022, 2023],
  p: Profile = DEFAULT_PROFILE,
): SheetSnapshot {
  const rows: CellValue[][] = [
    [`${p.county}${town}驻镇帮镇扶村资金明细表`, null, null, null, null, null],
    ['单位：元', null, null, null, null, null],
    ['年度', '合计', '省级', '深圳市', `${p.city.replace(/市$/, '')}市级`, `${p.county.replace(/县$/, '')}县级`],
  ];
  let sums = [0, 0, 0, 0, 0];
  for (const y of years) {
    const amounts = parts(p.standard, p, '元');
    sums = add(sums, amounts);
    rows.push([`${y}年`, ...amounts]);
  }
  rows.push(['合计', ...sums]);
  return { name: `${town}帮扶资金`, rows, merges: [{ top: 1, left: 1, bottom: 1, right: 6 }] };
}
