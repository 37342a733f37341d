/** 村集体经济 — 三（八）: every village's collective income above the threshold from the plan's year on. */
import { DEFAULT_PROFILE, type CellValue, type Finding, type Profile, type SheetSnapshot } from '../../src/core';
import { checkVillages } from '../../src/core/checks';
import { recogniseWorkbook } from '../../src/core/recognise';

const S = '村集体经济';

/** 序号 | 镇 | 村 | 村类型 | 年度 | 集体经济收入（unit）, data from row 3. */
function villageSheet(rows: [string, string, CellValue, CellValue][], incomeLabel = '集体经济收入（万元）'): SheetSnapshot {
  return {
    name: S,
    rows: [
      ['村集体经济收入情况表', null, null, null, null, null],
      ['序号', '镇', '村', '村类型', '年度', incomeLabel],
      ...rows.map(([town, village, year, income], i) => [i + 1, town, village, '一般村', year, income]),
    ],
  };
}

function check(sheet: SheetSnapshot, profile: Profile = DEFAULT_PROFILE): Finding[] {
  const villages = recogniseWorkbook({ sheets: [sheet] }, profile).records.filter((r) => r.kind === 'village');
  expect(villages).toHaveLength(1);
  return checkVillages(villages, profile);
}

const tuples = (fs: Finding[]) => fs.map((f) => [f.code, f.sheet, f.cell, f.severity]);

describe('checkVillages', () => {
  it('warns of a 2025 income of 12 万元 and not of 15.01 万元', () => {
    const fs = check(
      villageSheet([
        ['凤安镇', '上义村', 2025, 12],
        ['凤安镇', '下坝村', 2025, 15.01],
      ]),
    );
    expect(tuples(fs)).toEqual([['VILLAGE-INCOME', S, 'F3', 'warning']]);
    expect(fs[0]).toMatchObject({
      expected: '> 15.00 万元',
      actual: '12.00 万元',
      params: { town: '凤安镇', village: '上义村', year: 2025 },
    });
  });

  it('wants strictly more than the threshold: exactly 15 万元 is not above it', () => {
    expect(tuples(check(villageSheet([['凤安镇', '上义村', 2026, 15]])))).toEqual([['VILLAGE-INCOME', S, 'F3', 'warning']]);
  });

  it('reads text amounts: 「12万」 and full-width 「１２」 fire, 「16万」 does not; other text is skipped', () => {
    const fs = check(
      villageSheet([
        ['凤安镇', '上义村', 2025, '12万'],
        ['凤安镇', '下坝村', 2025, '１２'],
        ['凤安镇', '新田村', 2025, '16万'],
        ['凤安镇', '黄花村', 2025, '待统计'],
        ['凤安镇', '石下村', 2025, { error: '#DIV/0!' }],
      ]),
    );
    expect(tuples(fs)).toEqual([
      ['VILLAGE-INCOME', S, 'F3', 'warning'],
      ['VILLAGE-INCOME', S, 'F4', 'warning'],
    ]);
  });

  it('reads the income in 元 when the header says （元）', () => {
    const fs = check(
      villageSheet(
        [
          ['凤安镇', '上义村', 2025, 120000],
          ['凤安镇', '下坝村', 2025, 150001],
        ],
        '集体经济收入（元）',
      ),
    );
    expect(tuples(fs)).toEqual([['VILLAGE-INCOME', S, 'F3', 'warning']]);
    expect(fs[0]).toMatchObject({ expected: '> 150000.00 元', actual: '120000.00 元' });
  });

  it('gives one info line per town and year before the plan year, on the first such cell', () => {
    const fs = check(
      villageSheet([
        ['凤安镇', '上义村', 2023, 8],
        ['凤安镇', '下坝村', 2023, 20],
        ['凤安镇', '新田村', 2023, 9],
        ['凤安镇', '上义村', 2024, 20],
        ['龙窝镇', '黄花村', 2023, 3],
      ]),
    );
    expect(tuples(fs)).toEqual([
      ['VILLAGE-INCOME', S, 'F3', 'info'],
      ['VILLAGE-INCOME', S, 'F7', 'info'],
    ]);
    expect(fs[0].params).toMatchObject({ town: '凤安镇', year: 2023, below: 2, fromYear: 2025 });
    expect(fs[1].params).toMatchObject({ town: '龙窝镇', below: 1 });
  });

  it('skips rows without a year, and takes 「2025年」 for 2025', () => {
    const fs = check(
      villageSheet([
        ['凤安镇', '上义村', null, 3],
        ['凤安镇', '下坝村', '2025年', 3],
      ]),
    );
    expect(tuples(fs)).toEqual([['VILLAGE-INCOME', S, 'F4', 'warning']]);
  });

  it('takes the threshold and the year from the profile', () => {
    const profile: Profile = { ...DEFAULT_PROFILE, village: { incomeThreshold: 10, fromYear: 2023 } };
    const fs = check(
      villageSheet([
        ['凤安镇', '上义村', 2023, 12],
        ['凤安镇', '下坝村', 2023, 9.99],
      ]),
      profile,
    );
    expect(tuples(fs)).toEqual([['VILLAGE-INCOME', S, 'F4', 'warning']]);
    expect(fs[0].expected).toBe('> 10.00 万元');
  });
});
