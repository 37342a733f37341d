import { DEFAULT_PROFILE, type CellValue } from '../../src/core';
import { fundRow, fundSheet, pairingSheet, sharesOf, type Grid } from './grids';
import { codes, run, tuples } from './check';

const Y = DEFAULT_PROFILE.years.first;
const withFund = (edit: (rows: Grid) => void) => run([pairingSheet(), fundSheet({ edit })]);
/** Sets a cell of fundSheet's layout by town, year and column letter. */
const set = (rows: Grid, town: string, year: number, col: string, v: CellValue) => {
  rows[fundRow(town, year) - 1][col.charCodeAt(0) - 65] = v;
};

describe('fund sheets (四（十一）)', () => {
  it('finds nothing wrong in a clean long sheet and gives all 80 town-years their exact shares', () => {
    const r = run([pairingSheet(), fundSheet()]);
    expect(r.findings).toEqual([]);
    expect(r.shares).toHaveLength(80);
    const first = r.shares[0];
    expect([first.town, first.year, first.computed.province, first.computed.county]).toEqual(['龙窝镇', Y, 1_200_000_000n, 160_000_000n]);
    expect(r.shares.map((s) => s.town).slice(0, 6)).toEqual(['龙窝镇', '龙窝镇', '龙窝镇', '龙窝镇', '龙窝镇', '九和镇']);
  });

  it('FUND-NOT-NUMBER for text that is not a number, FUND-TEXT-NUMBER (info) for text that is', () => {
    const r = withFund((rows) => {
      set(rows, '龙窝镇', Y, 'E', '待定');
      set(rows, '九和镇', Y, 'E', '1,200');
      set(rows, '紫城镇', Y, 'F', '６００');
    });
    expect(tuples(r, 'FUND-NOT-NUMBER')).toEqual([['FUND-NOT-NUMBER', '资金筹集', `E${fundRow('龙窝镇', Y)}`]]);
    const text = r.findings.filter((f) => f.code === 'FUND-TEXT-NUMBER');
    expect(text.map((f) => [f.cell, f.severity])).toEqual([
      [`E${fundRow('九和镇', Y)}`, 'info'],
      [`F${fundRow('紫城镇', Y)}`, 'info'],
    ]);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['FUND-NOT-NUMBER']);
  });

  it('reads 「1200万」 in a 万元 sheet and 「5000元」 as 0.5 万元', () => {
    const r = withFund((rows) => {
      set(rows, '龙窝镇', Y, 'E', '1200万');
      set(rows, '龙窝镇', Y + 1, 'D', '20000000元');
    });
    expect(codes(r)).toEqual(['FUND-TEXT-NUMBER']);
  });

  it('FUND-NEGATIVE for a negative amount', () => {
    const r = withFund((rows) => set(rows, '蓝塘镇', Y + 2, 'I', -160));
    expect(tuples(r, 'FUND-NEGATIVE')).toEqual([['FUND-NEGATIVE', '资金筹集', `I${fundRow('蓝塘镇', Y + 2)}`]]);
  });

  it('FUND-YEAR-RANGE for a year outside 2021–2025 and for a year cell that is not a year', () => {
    const r = withFund((rows) => {
      set(rows, '苏区镇', Y, 'C', 2026);
      set(rows, '中坝镇', Y, 'C', '明年');
    });
    expect(tuples(r, 'FUND-YEAR-RANGE')).toEqual([
      ['FUND-YEAR-RANGE', '资金筹集', `C${fundRow('苏区镇', Y)}`],
      ['FUND-YEAR-RANGE', '资金筹集', `C${fundRow('中坝镇', Y)}`],
    ]);
  });

  it('FUND-TOWN-UNKNOWN, with the suggestion, and the town-year left out of the shares', () => {
    const r = withFund((rows) => set(rows, '黄塘镇', Y, 'B', '附城镇'));
    const f = r.findings.find((x) => x.code === 'FUND-TOWN-UNKNOWN');
    expect([f?.cell, f?.expected]).toEqual([`B${fundRow('黄塘镇', Y)}`, '紫城镇']);
    expect(r.shares).toHaveLength(79);
    expect(tuples(r, 'FUND-ROW-MISSING')).toHaveLength(1);
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'FUND-TOWN-UNKNOWN for the town name %s, with no suggestion (never a property of every object)',
    (name) => {
      const r = withFund((rows) => set(rows, '黄塘镇', Y, 'B', name));
      const f = r.findings.find((x) => x.code === 'FUND-TOWN-UNKNOWN');
      expect([f?.cell, f?.expected, f?.actual]).toEqual([`B${fundRow('黄塘镇', Y)}`, undefined, name]);
    },
  );

  it('reads a town written another way as the plan town, with FUND-TOWN-VARIANT (info) on its cell', () => {
    expect(withFund((rows) => set(rows, '黄塘镇', Y, 'B', '黄 塘\n镇')).findings).toEqual([]);
    for (const written of ['黄塘', '紫金县黄塘镇', '黄塘镇（原黄塘乡）']) {
      const r = withFund((rows) => set(rows, '黄塘镇', Y, 'B', written));
      expect(tuples(r, 'FUND-TOWN-VARIANT')).toEqual([['FUND-TOWN-VARIANT', '资金筹集', `B${fundRow('黄塘镇', Y)}`]]);
      expect(r.findings.filter((x) => x.severity !== 'info')).toEqual([]);
      expect(r.shares).toHaveLength(80);
    }
  });

  it('FUND-ROW-DUPLICATE for the same town and year twice', () => {
    const r = withFund((rows) => set(rows, '柏埔镇', Y, 'B', '黄塘镇'));
    expect(tuples(r, 'FUND-ROW-DUPLICATE')).toEqual([['FUND-ROW-DUPLICATE', '资金筹集', `B${fundRow('柏埔镇', Y)}`]]);
    expect(r.findings.find((x) => x.code === 'FUND-ROW-MISSING')?.params).toEqual({ town: '柏埔镇', year: Y });
  });

  it('FUND-ROW-MISSING (warning) for a plan town with no row in a year the sheet covers', () => {
    const r = withFund((rows) => rows.splice(fundRow('瓦溪镇', Y + 4) - 1, 1));
    const missing = r.findings.filter((x) => x.code === 'FUND-ROW-MISSING');
    expect(missing.map((x) => [x.severity, x.params])).toEqual([['warning', { town: '瓦溪镇', year: Y + 4 }]]);
    // The year's 合计 now differs from its rows, and the pool is short: both are said.
    expect(codes(r)).toEqual(['FUND-POOL', 'FUND-ROW-MISSING', 'FUND-TOTAL-ROW']);
  });

  it('FUND-SUM when a row total differs from the sum of its parts', () => {
    const r = withFund((rows) => set(rows, '义容镇', Y, 'D', 2100));
    const f = r.findings.find((x) => x.code === 'FUND-SUM');
    expect([f?.cell, f?.expected, f?.actual]).toEqual([`D${fundRow('义容镇', Y)}`, '2000.00', '2100.00']);
  });

  it('FUND-SHARE on the one source that is off, with the value to type, and no FUND-SUM on a right total', () => {
    const r = withFund((rows) => set(rows, '水墩镇', Y, 'E', 1300));
    const errors = r.findings.filter((x) => x.severity === 'error');
    expect(errors.map((x) => [x.code, x.cell, x.expected, x.actual])).toEqual([
      ['FUND-SHARE', `E${fundRow('水墩镇', Y)}`, '1200.00', '1300.00'],
    ]);
  });

  it('one finding on the row, naming the cells to look at, when no one cell explains it', () => {
    const r = withFund((rows) => {
      set(rows, '水墩镇', Y, 'E', 1300);
      set(rows, '水墩镇', Y, 'F', 500);
    });
    const row = fundRow('水墩镇', Y);
    const f = r.findings.filter((x) => x.code === 'FUND-SHARE');
    expect(f.map((x) => x.cell)).toEqual([`E${row}:F${row}`]);
    expect(f[0].params).toMatchObject({ candidates: [`E${row}`, `F${row}`] });
    expect(codes(r)).toEqual(['FUND-SHARE', 'FUND-TOTAL-ROW']);
  });

  it('FUND-LOCAL-SPLIT on the one part of 河源市 that is off; on the row when both are', () => {
    const one = withFund((rows) => set(rows, '凤安镇', Y, 'I', 100));
    expect(one.findings.filter((x) => x.severity === 'error').map((x) => [x.code, x.cell, x.expected])).toEqual([
      ['FUND-LOCAL-SPLIT', `I${fundRow('凤安镇', Y)}`, '160.00'],
    ]);
    const r = withFund((rows) => {
      set(rows, '凤安镇', Y, 'H', 100);
      set(rows, '凤安镇', Y, 'I', 100);
    });
    expect(tuples(r, 'FUND-LOCAL-SPLIT').map((t) => t[2])).toEqual([`H${fundRow('凤安镇', Y)}:I${fundRow('凤安镇', Y)}`]);
  });

  it('FUND-ROUNDING (info) when each part was rounded on its own, within the tolerance', () => {
    const amount = 2000.03; // 省级 1200.018, 深圳 600.009, 河源 200.003
    const r = run([
      pairingSheet(),
      fundSheet({
        amount: (t, y) => (t === '南岭镇' && y === Y ? amount : DEFAULT_PROFILE.standard),
        edit: (rows) => {
          const row = rows[fundRow('南岭镇', Y) - 1];
          [row[4], row[5], row[6], row[7], row[8]] = [1200.02, 600.01, 200, 40, 160];
        },
      }),
    ]);
    const rounding = r.findings.filter((x) => x.code === 'FUND-ROUNDING');
    // 省级 1200.018 → 1200.02, 深圳市 600.009 → 600.01, 河源市 200.003 → 200: each within 0.01 万元.
    expect(rounding.map((x) => [x.cell.replace(/\d+/, ''), x.severity])).toEqual([
      ['E', 'info'],
      ['F', 'info'],
      ['G', 'info'],
    ]);
    expect(r.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('FUND-POOL (warning) when a year over all towns is not towns × standard', () => {
    const r = run([pairingSheet(), fundSheet({ amount: (t, y) => (t === '好义镇' && y === Y + 1 ? 2500 : DEFAULT_PROFILE.standard) })]);
    expect(sharesOf(2500)).toEqual([2500, 1500, 750, 250, 50, 200]);
    const pool = r.findings.filter((x) => x.code === 'FUND-POOL');
    expect(pool.map((x) => [x.severity, x.params, x.expected, x.actual])).toEqual([
      ['warning', { year: Y + 1, towns: 16 }, '32000.00', '32500.00'],
    ]);
    // A town's own amount may differ from 2000: only the pool is fixed.
    expect(r.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('FUND-TOTAL-ROW for a 合计 row that is not the sum of its block', () => {
    const r = withFund((rows) => (rows[fundRow('瓦溪镇', Y + 2)][3] = 31000));
    expect(tuples(r)).toEqual([['FUND-TOTAL-ROW', '资金筹集', `D${fundRow('瓦溪镇', Y + 2) + 1}`]]);
  });

  it('FUND-TOTAL-ROW checks a 小计 against its own group and a 合计 written above its rows', () => {
    const sheet = fundSheet({ years: [Y], totals: false });
    const rows = sheet.rows.map((r) => [...r]) as Grid;
    const head = rows.slice(0, 5);
    const body = rows.slice(5);
    const sum = (rs: Grid, c: number) => rs.reduce((a, r) => a + (r[c] as number), 0);
    const sub = (rs: Grid): CellValue[] => ['小计', null, Y, ...[3, 4, 5, 6, 7, 8].map((c) => sum(rs, c))];
    const grand: CellValue[] = ['合计', null, Y, ...[3, 4, 5, 6, 7, 8].map((c) => sum(body, c))];
    const g1 = body.slice(0, 11);
    const g2 = body.slice(11);
    const badSub = sub(g2);
    badSub[4] = 3000;
    const r = run([pairingSheet(), { ...sheet, rows: [...head, grand, ...g1, sub(g1), ...g2, badSub] }]);
    expect(tuples(r)).toEqual([['FUND-TOTAL-ROW', '资金筹集', `E${5 + 1 + 11 + 1 + 5 + 1}`]]);
  });

  it('FUND-OTHER-STREAM (info) for a column of other money, left out of the shares', () => {
    const r = withFund((rows) => {
      rows[2].push('对口帮扶协作资金');
      for (let i = 5; i < rows.length; i++) rows[i].push(rows[i][0] === '合计' ? 16 * 50 : 50);
    });
    expect(tuples(r)).toEqual([['FUND-OTHER-STREAM', '资金筹集', 'J3']]);
    expect(r.shares[0].computed.total).toBe(2_000_000_000n);
  });

  it('FUND-UNIT (warning) when amounts in 元 sit under 单位：万元', () => {
    const sheet = fundSheet({ years: [Y] });
    const rows = sheet.rows.map((r, i) =>
      i >= 5
        ? r.map((v) =>
            typeof v === 'number' && v > 3000 ? v * 10000 : typeof v === 'number' && v < 2000 ? v * 10000 : v === 2000 ? 20000000 : v,
          )
        : r,
    );
    const fixed = rows.map((r) => [...r]);
    fixed.slice(5).forEach((r) => (r[2] = Y));
    const r = run([pairingSheet(), { ...sheet, rows: fixed }]);
    expect(tuples(r, 'FUND-UNIT')).toEqual([['FUND-UNIT', '资金筹集', 'A2']]);
    expect(r.findings.find((x) => x.code === 'FUND-UNIT')?.params).toEqual({ unit: '万元', suggested: '元' });
  });

  it('FUND-HEADER when the amount columns have no town column', () => {
    const sheet = fundSheet({ years: [Y] });
    const rows = sheet.rows.map((r) => [r[0], ...r.slice(2)]);
    const r = run([pairingSheet(), { name: '资金', rows }]);
    expect(codes(r)).toEqual(['FUND-HEADER']);
  });

  it('WB-CELL-ERROR for #DIV/0! in an amount, and no share for that town-year', () => {
    const r = withFund((rows) => set(rows, '敬梓镇', Y, 'D', { error: '#DIV/0!' }));
    expect(tuples(r, 'WB-CELL-ERROR')).toEqual([['WB-CELL-ERROR', '资金筹集', `D${fundRow('敬梓镇', Y)}`]]);
    expect(r.shares).toHaveLength(80);
  });
});

describe('workbook', () => {
  it('WB-NO-PAIRING and WB-NO-FUND when neither table is there', () => {
    const r = run([{ name: 'Sheet1', rows: [['你好']] }]);
    expect(tuples(r)).toEqual([
      ['WB-NO-PAIRING', '', ''],
      ['WB-NO-FUND', '', ''],
    ]);
  });
  it('does not report WB-NO-FUND when the fund sheet is there', () => {
    expect(codes(run([fundSheet()]))).toEqual(['WB-NO-PAIRING']);
  });
});
