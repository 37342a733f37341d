/**
 * One entry per cause (issue 11): a column wrong in every row is one group; the JSON keeps every cell with its
 * group id and the rule's name; the CLI prints the group once with its count.
 */
import { assignGroups, collectGroups, formatFen, makeFinding, toFileResult, type Finding } from '../../src/core';
import { formatFileReport } from '../../src/cli/report';
import { run } from './check';
import { fundSheet, pairingSheet, type Grid } from './grids';

/** Every town row's 省级 100 万元 too high, the 合计 rows as typed. */
function provinceWrongEverywhere(): Grid {
  const s = fundSheet();
  const rows = s.rows as Grid;
  for (const r of rows) if (typeof r[1] === 'string' && typeof r[4] === 'number' && r[0] !== '合计') r[4] = (r[4] as number) + 100;
  return rows;
}

describe('one entry per cause', () => {
  it('a source column wrong in every row is one group of 80 errors, each on its cell with the value to type', () => {
    const r = run([pairingSheet(), { name: '资金筹集', rows: provinceWrongEverywhere() }]);
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(80);
    expect(errors.every((f) => f.code === 'FUND-SHARE' && f.cell.startsWith('E') && f.expected === formatFen(1_200_000_000n, '万元'))).toBe(
      true,
    );
    expect(collectGroups(errors)).toHaveLength(1);
  });

  it('different causes stay apart: another column, another code', () => {
    const rows = fundSheet().rows as Grid;
    rows[5][4] = 1300; // 省级 of the first row
    rows[6][5] = 700; // 深圳市 of the second
    rows[7][3] = 2100; // 合计 of the third
    const r = run([pairingSheet(), { name: '资金筹集', rows }]);
    const errors = r.findings.filter((f: Finding) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.cell])).toEqual([
      ['FUND-SHARE', 'E6'],
      ['FUND-SHARE', 'F7'],
      ['FUND-SUM', 'D8'],
    ]);
    expect(new Set(errors.map((f) => f.group)).size).toBe(3);
  });

  it('keeps every cell in the JSON with its group and the rule name, and prints the group once in the CLI text', () => {
    const r = run([pairingSheet(), { name: '资金筹集', rows: provinceWrongEverywhere() }]);
    const json = toFileResult(r, 'x.xlsx');
    const share = json.findings.filter((f) => f.code === 'FUND-SHARE');
    expect(share).toHaveLength(80);
    expect(new Set(share.map((f) => f.group)).size).toBe(1);
    expect(share[0].rule).toBe('省级分担比例不符');
    const text = formatFileReport(json, 'zh-CN', '');
    expect(text.split('\n').filter((l) => l.includes('FUND-SHARE'))).toHaveLength(1);
    expect(text).toContain('同一问题，共 80 处');
    const en = formatFileReport(toFileResult(r, 'x.xlsx', 'en-US'), 'en-US', '');
    expect(en).toContain('Same problem, 80 places');
  });

  it('VILLAGE-INCOME notes before 2025 (one per town and year) are one entry; 2025 warnings one entry a year', () => {
    const note = (town: string, year: number, row: number) =>
      makeFinding(
        'VILLAGE-INCOME',
        { sheet: '村集体经济', row, col: 5 },
        { town, village: 'x', year, below: 2, fromYear: 2025 },
        { severity: 'info' },
      );
    const warn = (year: number, row: number) =>
      makeFinding('VILLAGE-INCOME', { sheet: '村集体经济', row, col: 5 }, { town: '龙窝镇', village: 'x', year });
    const fs = assignGroups([warn(2025, 40), warn(2025, 41), note('龙窝镇', 2021, 2), note('九和镇', 2021, 9), note('龙窝镇', 2023, 20)]);
    expect(collectGroups(fs).map((g) => g.items.length)).toEqual([2, 3]);
  });
});
