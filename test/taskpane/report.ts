/** A small CheckReport built in code for the task pane's component tests (no engine run needed). */
import { DEFAULT_PROFILE, makeFinding, numberToFen, splitShares, type CheckReport, type Finding, type ShareLine } from '../../src/core';

export function shareLine(town: string, year: number, row: number, amount = 2000): ShareLine {
  return {
    town,
    year,
    unit: '万元',
    sheet: '资金筹集',
    row,
    computed: splitShares(numberToFen(amount, '万元')!, DEFAULT_PROFILE),
    submitted: {},
  };
}

export function sampleFindings(): Finding[] {
  return [
    makeFinding('WB-NO-PAIRING', null, {}),
    makeFinding(
      'FUND-SHARE',
      { sheet: '资金筹集', row: 6, col: 5 },
      { town: '龙窝镇', year: 2021, source: 'shenzhen' },
      { expected: '600.00', actual: '610.00' },
    ),
    makeFinding(
      'FUND-SUM',
      { sheet: '资金筹集', row: 7, col: 4 },
      { town: '九和镇', year: 2021 },
      { expected: '2000.00', actual: '2010.00' },
    ),
    makeFinding('PAIR-MEMBERS-EMPTY', { sheet: '结对安排表' }, { town: '瓦溪镇' }),
    makeFinding(
      'PAIR-LEAD-CHANGED',
      { sheet: '结对安排表', row: 5, col: 4 },
      { town: '紫城镇', field: 'lead' },
      { expected: '龙华区大浪街道', actual: '龙华区民治街道' },
    ),
    makeFinding('FUND-TEXT-NUMBER', { sheet: '资金筹集', row: 9, col: 4 }, { column: '合计', town: '蓝塘镇' }),
  ];
}

export function sampleReport(findings: Finding[] = sampleFindings()): CheckReport {
  return {
    profile: DEFAULT_PROFILE,
    findings,
    shares: [shareLine('龙窝镇', 2021, 6), shareLine('九和镇', 2021, 7, 1999.99)],
    sheetOrder: ['结对安排表', '资金筹集'],
    profileSource: 'default',
  };
}
