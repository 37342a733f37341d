/**
 * The check registry (DESIGN.md "check"): one shape for every rule group, and every code of the catalog that a
 * workbook check can emit is owned by a registered check; the recognition summary says what each sheet was read as.
 */
import { CODES } from '../../src/core';
import { CHECKS } from '../../src/core/checks';
import { fundSheet, pairingSheet } from './grids';
import { run } from './check';

describe('the check registry', () => {
  it('gives every check a unique id and only codes of the rules registry', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CHECKS) for (const code of c.codes) expect(CODES).toContain(code);
  });

  it('owns every code a workbook check can emit (the rest come from hosts, the profile sheet or a round)', () => {
    const owned = new Set(CHECKS.flatMap((c) => c.codes));
    const elsewhere = ['WB-UNREADABLE', 'PARAM-INVALID', 'WB-NOTHING-FILLED', 'ROUND-CONFLICT', 'ROUND-POOL'];
    expect(CODES.filter((c) => !owned.has(c) && !elsewhere.includes(c))).toEqual([]);
  });
});

describe('the recognition summary', () => {
  it('says what each sheet was read as, its header, mapped columns with letters, years and rows', () => {
    const r = run([pairingSheet(), fundSheet({ years: [2021, 2022] }), { name: '说明', rows: [['填表说明：按方案填写。']] }]);
    expect(r.recognition?.scope).toEqual({ kind: 'county' });
    const [pairing, fund, none] = r.recognition!.sheets;
    expect([pairing.sheet, pairing.as, pairing.header, pairing.rows]).toEqual(['结对安排表', 'pairing', 'B2:E3', 16]);
    expect([fund.sheet, fund.as, fund.layout, fund.header, fund.years, fund.rows, fund.unit]).toEqual([
      '资金筹集',
      'fund-by-town',
      'long',
      'B3:I5',
      [2021, 2022],
      32,
      '万元',
    ]);
    expect(fund.columns?.map((c) => [c.role, c.col, c.header])).toEqual([
      ['town', 'B', '镇'],
      ['year', 'C', '年度'],
      ['total', 'D', '合计'],
      ['province', 'E', '省级'],
      ['shenzhen', 'F', '深圳市'],
      ['heyuan', 'G', '河源市'],
      ['heyuanCity', 'H', '市级'],
      ['county', 'I', '县级'],
    ]);
    expect([none.sheet, none.as]).toEqual(['说明', 'none']);
  });
});
