import { DEFAULT_PROFILE } from '../../src/core';
import { fundSheet, pairingSheet } from './grids';
import { codes, run, tuples } from './check';

/** Sheet row of a town in pairingSheet's layout (header rows 2–3, towns from row 4). */
const rowOf = (town: string) => 4 + DEFAULT_PROFILE.towns.findIndex((t) => t.name === town);
const withPairing = (edit: (rows: import('./grids').Grid) => void) => run([pairingSheet({ edit }), fundSheet()]);

describe('pairing table (二（二）, 附件)', () => {
  it('finds nothing wrong in the annex as the plan gives it', () => {
    expect(run([pairingSheet(), fundSheet()]).findings).toEqual([]);
  });

  it('PAIR-TOWN-UNKNOWN suggests the plan town a short form stands for, never applying it', () => {
    const r = withPairing((rows) => (rows[rowOf('紫城镇') - 1][1] = '紫城'));
    const f = r.findings.find((x) => x.code === 'PAIR-TOWN-UNKNOWN');
    expect([f?.sheet, f?.cell, f?.expected]).toEqual(['结对安排表', `B${rowOf('紫城镇')}`, '紫城镇']);
    // Said once, on its cell: not followed by "紫城镇 missing" (issue 10, 6).
    expect(tuples(r, 'PAIR-TOWN-MISSING')).toHaveLength(0);
  });

  it('PAIR-TOWN-UNKNOWN maps the old name 附城镇 to 紫城镇 and says 临江镇 is outside the plan', () => {
    const r = withPairing((rows) => {
      rows[rowOf('紫城镇') - 1][1] = '附城镇';
      rows.push([17, '临江镇', '重点帮扶镇', '县发改局', '县林业局']);
    });
    const unknown = r.findings.filter((x) => x.code === 'PAIR-TOWN-UNKNOWN');
    expect(unknown.map((x) => [x.cell, x.params])).toEqual([
      [`B${rowOf('紫城镇')}`, { town: '附城镇', suggestion: '紫城镇' }],
      ['B20', { town: '临江镇', outside: true, note: DEFAULT_PROFILE.outsideTowns[0].note }],
    ]);
  });

  it('PAIR-TOWN-DUPLICATE flags the second listing, also when it differs only by spaces', () => {
    const r = withPairing((rows) => rows.push([17, '龙窝镇 \u200B', '重点帮扶镇', '龙华区民治街道', '龙华建设发展有限公司']));
    expect(tuples(r)).toEqual([['PAIR-TOWN-DUPLICATE', '结对安排表', 'B20']]);
  });

  it('PAIR-TOWN-MISSING names each plan town not listed', () => {
    const r = withPairing((rows) => rows.splice(rowOf('瓦溪镇') - 1, 1));
    const missing = r.findings.filter((x) => x.code === 'PAIR-TOWN-MISSING');
    expect(missing.map((x) => x.params)).toEqual([{ town: '瓦溪镇' }]);
    expect(missing[0].cell).toBe('B4:B18');
  });

  it('PAIR-TYPE-INVALID for a type that is neither, accepting 重点 / 巩 固 提 升 variants', () => {
    const r = withPairing((rows) => {
      rows[rowOf('龙窝镇') - 1][2] = '重点';
      rows[rowOf('凤安镇') - 1][2] = '巩 固 提 升 镇';
      rows[rowOf('九和镇') - 1][2] = '一般镇';
    });
    expect(tuples(r, 'PAIR-TYPE-INVALID')).toEqual([['PAIR-TYPE-INVALID', '结对安排表', `C${rowOf('九和镇')}`]]);
  });

  it('PAIR-TYPE-MISMATCH and PAIR-TYPE-COUNT when a 重点帮扶镇 is listed as 巩固提升镇', () => {
    const r = withPairing((rows) => (rows[rowOf('蓝塘镇') - 1][2] = '巩固提升镇'));
    expect(tuples(r, 'PAIR-TYPE-MISMATCH')).toEqual([['PAIR-TYPE-MISMATCH', '结对安排表', `C${rowOf('蓝塘镇')}`]]);
    const count = r.findings.find((x) => x.code === 'PAIR-TYPE-COUNT');
    expect([count?.cell, count?.expected, count?.actual]).toEqual(['C4:C19', '重点帮扶镇 11、巩固提升镇 5', '重点帮扶镇 10、巩固提升镇 6']);
  });

  it('PAIR-TYPE-COUNT for 8 + 3 when a Heyuan-led town is led by a Shenzhen unit', () => {
    const r = withPairing((rows) => (rows[rowOf('敬梓镇') - 1][3] = '深圳市接待办'));
    const count = r.findings.find((x) => x.code === 'PAIR-TYPE-COUNT');
    expect([count?.expected, count?.actual]).toEqual(['8 + 3', '9 + 2']);
  });

  it('PAIR-LEAD-LEVEL when a 巩固提升镇 is led by a Shenzhen unit, or a 重点帮扶镇 by a county unit', () => {
    const r = withPairing((rows) => {
      rows[rowOf('凤安镇') - 1][3] = '龙华区民治街道';
      rows[rowOf('龙窝镇') - 1][3] = '县发改局';
    });
    expect(tuples(r, 'PAIR-LEAD-LEVEL')).toEqual([
      ['PAIR-LEAD-LEVEL', '结对安排表', `D${rowOf('龙窝镇')}`],
      ['PAIR-LEAD-LEVEL', '结对安排表', `D${rowOf('凤安镇')}`],
    ]);
  });

  it('PAIR-LEAD-CHANGED is a warning giving both texts; line breaks inside a unit name are not a change', () => {
    const r = withPairing((rows) => {
      rows[rowOf('龙窝镇') - 1][3] = '龙华区\n民治街道';
      rows[rowOf('九和镇') - 1][3] = '龙华区观澜街道';
      rows[rowOf('瓦溪镇') - 1][4] = '县民政局、县住建局';
    });
    const changed = r.findings.filter((x) => x.code === 'PAIR-LEAD-CHANGED');
    expect(changed.map((x) => [x.cell, x.severity, x.expected, x.actual])).toEqual([
      [`D${rowOf('九和镇')}`, 'warning', '龙华区龙华街道', '龙华区观澜街道'],
      [`E${rowOf('瓦溪镇')}`, 'warning', '县民政局、县住建局、县供电局、县人民医院', '县民政局、县住建局'],
    ]);
  });

  it('PAIR-MEMBERS-EMPTY when a town has no member units', () => {
    const r = withPairing((rows) => (rows[rowOf('上义镇') - 1][4] = null));
    expect(tuples(r)).toEqual([['PAIR-MEMBERS-EMPTY', '结对安排表', `E${rowOf('上义镇')}`]]);
  });

  it('PAIR-HEADER when a required column is missing', () => {
    const sheet = pairingSheet();
    const rows = sheet.rows.map((r) => r.slice(0, 3).concat(r.slice(4))); // drop 牵头单位
    const r = run([{ name: '结对', rows, merges: [] }, fundSheet()]);
    expect(codes(r)).toEqual(['PAIR-HEADER']);
    expect(r.findings[0].params).toEqual({ missing: ['lead'] });
  });

  it('WB-CELL-ERROR for an error in a cell the checks read', () => {
    const r = withPairing((rows) => (rows[rowOf('南岭镇') - 1][3] = { error: '#REF!' }));
    expect(tuples(r)).toEqual([['WB-CELL-ERROR', '结对安排表', `D${rowOf('南岭镇')}`]]);
  });
});
