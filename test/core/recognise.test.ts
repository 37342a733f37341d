import { DEFAULT_PROFILE, splitShares, numberToFen, fenToNumber, type CellValue, type SheetSnapshot } from '../../src/core';
import { fundSheet, pairingSheet } from './grids';
import { run, tuples } from './check';

const P = DEFAULT_PROFILE;
const Y = P.years.first;

/** A flat fund sheet in any column order, built from named columns. */
function flatFund(opts: {
  name: string;
  header: string[];
  above?: CellValue[][];
  year?: number;
  unitFactor?: number;
  skipYear?: boolean;
}): SheetSnapshot {
  const rows: CellValue[][] = [...(opts.above ?? []), opts.header];
  for (const y of opts.year ? [opts.year] : [Y, Y + 1]) {
    for (const t of P.towns) {
      const s = splitShares(numberToFen(P.standard, '万元')!, P);
      const v: Record<string, CellValue> = {
        town: t.name,
        year: y,
        total: fenToNumber(s.total, '万元') * (opts.unitFactor ?? 1),
        province: fenToNumber(s.province, '万元') * (opts.unitFactor ?? 1),
        shenzhen: fenToNumber(s.shenzhen, '万元') * (opts.unitFactor ?? 1),
        heyuanCity: fenToNumber(s.heyuanCity, '万元') * (opts.unitFactor ?? 1),
        county: fenToNumber(s.county, '万元') * (opts.unitFactor ?? 1),
        note: '',
      };
      rows.push(opts.header.map((h) => v[KEY[h]] ?? null));
    }
  }
  return { name: opts.name, rows };
}
const KEY: Record<string, string> = {
  乡镇: 'town',
  镇名: 'town',
  受帮扶镇: 'town',
  年份: 'year',
  '资金总额（万元）': 'total',
  总额: 'total',
  '安排资金(元)': 'total',
  省财政: 'province',
  广东省: 'province',
  深圳: 'shenzhen',
  深圳市资金: 'shenzhen',
  河源市本级: 'heyuanCity',
  市级: 'heyuanCity',
  县级配套: 'county',
  紫金县: 'county',
  备注: 'note',
};

describe('recognising tables by content', () => {
  it('reads a fund sheet with any name, any column order and other header names', () => {
    const sheet = flatFund({
      name: 'Sheet3',
      header: ['备注', '县级配套', '年份', '省财政', '乡镇', '深圳', '河源市本级', '资金总额（万元）'],
    });
    const r = run([pairingSheet({ name: '附件' }), sheet]);
    expect(r.findings).toEqual([]);
    expect(r.shares).toHaveLength(32);
  });

  it('reads one sheet per year with the year in the sheet name, or in the title', () => {
    const byName = flatFund({ name: '2023年资金分配', header: ['镇名', '总额', '广东省', '深圳市资金', '市级', '紫金县'], year: 2023 });
    const byTitle = flatFund({
      name: '分配表',
      header: ['受帮扶镇', '总额', '广东省', '深圳市资金', '市级', '紫金县'],
      year: 2024,
      above: [['紫金县2024年驻镇帮镇扶村资金分配表'], ['单位：万元']],
    });
    const r = run([pairingSheet(), byName, byTitle]);
    expect(r.findings).toEqual([]);
    expect(new Set(r.shares.map((s) => s.year))).toEqual(new Set([2023, 2024]));
  });

  it('finds a header in row 20 under title and note rows', () => {
    const above: CellValue[][] = Array.from({ length: 19 }, (_, i) => [i === 0 ? '资金筹集情况' : i === 1 ? '单位：万元' : null]);
    const sheet = flatFund({ name: '筹集', header: ['乡镇', '年份', '总额', '省财政', '深圳', '市级', '县级配套'], above });
    const r = run([pairingSheet(), sheet]);
    expect(r.findings).toEqual([]);
    expect(r.shares).toHaveLength(32);
  });

  it('reads amounts in 元 when a 单位：元 line or （元） header says so', () => {
    const sheet = flatFund({
      name: '资金（元）',
      header: ['乡镇', '年份', '安排资金(元)', '省财政', '深圳', '市级', '县级配套'],
      unitFactor: 10000,
    });
    const r = run([pairingSheet(), sheet]);
    expect(r.findings).toEqual([]);
    expect(r.shares[0].unit).toBe('元');
    expect(r.shares[0].computed.total).toBe(2_000_000_000n);
  });

  it('reads the merged three-row header (资金来源 over 省级 / 深圳市 / 河源市, 河源市 over 市级 / 县级)', () => {
    const r = run([pairingSheet(), fundSheet()]);
    expect(r.findings).toEqual([]);
    expect(r.shares[0].submitted).toEqual({
      total: 2_000_000_000n,
      province: 1_200_000_000n,
      shenzhen: 600_000_000n,
      heyuan: 200_000_000n,
      heyuanCity: 40_000_000n,
      county: 160_000_000n,
    });
  });

  it('takes a year typed once per block, or merged down the block, for every row of the block', () => {
    const sheet = fundSheet();
    const rows = sheet.rows.map((r) => [...r]);
    rows.forEach((r, i) => {
      if (i >= 6 && r[0] !== '合计' && rows[i - 1][0] !== '合计') r[2] = null;
    });
    expect(run([pairingSheet(), { ...sheet, rows }]).findings).toEqual([]);
    const merged = fundSheet();
    const rows2 = merged.rows.map((r) => [...r]);
    const merges = [...(merged.merges ?? [])];
    for (let y = 0; y < 5; y++) {
      const top = 6 + y * 17;
      for (let i = 1; i < 16; i++) rows2[top - 1 + i][2] = null;
      merges.push({ top, left: 3, bottom: top + 15, right: 3 });
    }
    const r = run([pairingSheet(), { ...merged, rows: rows2, merges }]);
    expect(r.findings).toEqual([]);
    expect(r.shares).toHaveLength(80);
  });

  it('never counts 合计 / 总计 / 小计 rows as towns, also when 合计 sits in a merged 序号 cell', () => {
    const sheet = fundSheet({ years: [Y] });
    const rows = sheet.rows.map((r) => [...r]);
    const total = rows[rows.length - 1];
    total[0] = '合 计';
    rows.push(['注：本表由县财政局填报。']);
    const r = run([
      pairingSheet(),
      { ...sheet, rows, merges: [...(sheet.merges ?? []), { top: rows.length - 1, left: 1, bottom: rows.length - 1, right: 2 }] },
    ]);
    expect(r.findings).toEqual([]);
    expect(r.shares).toHaveLength(16);
  });

  it('reads a pairing table with other names and no merged header', () => {
    const rows: CellValue[][] = [['镇名', '类型', '牵头单位', '成员单位']];
    for (const t of P.towns) rows.push([t.name, P.typeLabels[t.type][0], t.lead, t.members.join('，')]);
    expect(run([{ name: 'pairs', rows }, fundSheet()]).findings).toEqual([]);
  });

  it('does not read the product’s own sheets', () => {
    const owned: SheetSnapshot = {
      name: '测算结果',
      rows: [
        ['镇', '年度', '合计', '省级'],
        ['不存在镇', 2099, -1, 5],
      ],
      owned: true,
    };
    expect(tuples(run([pairingSheet(), fundSheet(), owned]))).toEqual([]);
  });

  it('reports the same findings whatever the order of the sheets', () => {
    const a = fundSheet({ name: 'A', years: [Y], edit: (rows) => (rows[6][4] = 1) });
    const b = pairingSheet({ edit: (rows) => (rows[4][1] = '紫城') });
    const key = (r: ReturnType<typeof run>) =>
      tuples(r)
        .map((t) => t.join())
        .sort();
    expect(key(run([a, b]))).toEqual(key(run([b, a])));
  });
});
