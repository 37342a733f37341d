/**
 * The 规则参数 sheet (DESIGN.md "The profile"; RULES.md PARAM-INVALID): the rendered sheet reads back to the same
 * profile; another county's plan is made from the sheet alone (nothing of Zijin is hard-wired); each bad value is
 * PARAM-INVALID on its cell and keeps the default.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { runMain } from '../cli/run-main';
import { xlsxFromGrids } from '../corpus/from-grid';
import {
  DEFAULT_PROFILE,
  checkWorkbook,
  fenToNumber,
  formatFinding,
  isParamsSheet,
  profileFromWorkbook,
  readParamsSheet,
  renderParams,
  type CellValue,
  type OutputSheet,
  type Profile,
  type SheetSnapshot,
} from '../../src/core';
import { tuples } from './check';
import { FUND_MERGES, PAIRING_MERGES } from './grids';

type Grid = CellValue[][];

/** What a host writes and reads back: strings and numbers as cells. */
const toSnapshot = (out: OutputSheet): SheetSnapshot => ({ name: out.name, rows: out.rows.map((r) => r.map((c) => c.v)) });

/** The rendered default sheet, with `edit` applied to the value of each key it names (a new row for a new key). */
function editedSheet(
  edits: Record<string, CellValue>,
  profile: Profile = DEFAULT_PROFILE,
): { sheet: SheetSnapshot; rowOf: (key: string) => number } {
  const rows = toSnapshot(renderParams(profile, 'zh-CN')).rows.map((r) => [...r]) as Grid;
  for (const [key, v] of Object.entries(edits)) {
    const i = rows.findIndex((r) => r[1] === key);
    if (i >= 0) rows[i][2] = v;
    else rows.push(['新参数', key, v, null]);
  }
  return { sheet: { name: '规则参数', rows }, rowOf: (key) => rows.findIndex((r) => r[1] === key) + 1 };
}

describe('renderParams / readParamsSheet', () => {
  it.each(['zh-CN', 'en-US'] as const)('reads the rendered default profile (%s) back to the same profile, with no findings', (lang) => {
    const out = renderParams(DEFAULT_PROFILE, lang);
    expect([out.key, out.name, out.freezeRows]).toEqual(['params', '规则参数', 3]);
    const sheet = toSnapshot(out);
    expect(isParamsSheet(sheet)).toBe(true);
    const r = readParamsSheet(sheet, DEFAULT_PROFILE);
    expect(r.findings).toEqual([]);
    expect(r.profile).toEqual(DEFAULT_PROFILE);
  });

  it('writes one row per town and every parameter, with its key, value and note', () => {
    const rows = toSnapshot(renderParams(DEFAULT_PROFILE, 'zh-CN')).rows;
    expect(rows[2]).toEqual(['参数', '键', '值', '说明']);
    const value = (key: string) => rows.find((r) => r[1] === key)?.[2];
    expect(rows.filter((r) => r[1] === 'town')).toHaveLength(16);
    expect(rows.find((r) => r[1] === 'town')?.[2]).toBe('龙窝镇｜重点帮扶镇｜深圳｜龙华区民治街道｜龙华建设发展有限公司');
    expect([value('sources'), value('localSplit'), value('years.first'), value('standard'), value('team.sanZhiYiFu')]).toEqual([
      '6:3:1',
      '2:8',
      2021,
      2000,
      '1-2',
    ]);
    expect(value('townAliases')).toBe('附城镇=紫城镇；乌石镇=紫城镇');
    expect(value('sheetAliases.factors.area')).toBe('面积');
    expect(value('weights.area')).toBe('');
  });

  it('reads full-width colons and digits, a ratio Excel turned into a time, percent weights, dates and maps', () => {
    const { sheet } = editedSheet({
      sources: '6：3：1',
      'years.first': '２０２１',
      localSplit: (1 * 3600 + 3 * 60) / 86400,
      'weights.area': '40%',
      'weights.population': 0.6,
      checkDate: '2024年6月30日',
      townAliases: '甲镇=紫城镇；乙镇=九和镇',
    });
    const r = readParamsSheet(sheet, DEFAULT_PROFILE);
    expect(r.findings).toEqual([]);
    expect(r.profile.sources).toEqual(DEFAULT_PROFILE.sources);
    expect(r.profile.years.first).toBe(2021);
    expect(r.profile.localSplit.map((p) => p.ratio)).toEqual([1, 3]);
    expect(r.profile.weights).toEqual({ area: 0.4, population: 0.6 });
    expect(r.profile.checkDate).toBe('2024-06-30');
    // A list or map given replaces the default's entries.
    expect(r.profile.townAliases).toEqual({ 甲镇: '紫城镇', 乙镇: '九和镇' });
  });
});

describe('PARAM-INVALID', () => {
  it('is raised on the cell of each bad value, and the default is kept for it', () => {
    const { sheet, rowOf } = editedSheet({
      sources: '6:3',
      'years.first': 'abc',
      'team.minSize': '-5',
      'team.maxSize': 9,
      'team.volunteers': '3-2',
      standard: 1500,
    });
    const r = readParamsSheet(sheet, DEFAULT_PROFILE);
    expect(r.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['PARAM-INVALID', '规则参数', `C${rowOf('years.first')}`],
      ['PARAM-INVALID', '规则参数', `C${rowOf('sources')}`],
      ['PARAM-INVALID', '规则参数', `C${rowOf('team.minSize')}`],
      ['PARAM-INVALID', '规则参数', `C${rowOf('team.volunteers')}`],
      ['PARAM-INVALID', '规则参数', `B${rowOf('team.maxSize')}`],
    ]);
    expect(r.findings.map((f) => (f.code === 'PARAM-INVALID' ? f.params.reason : ''))).toEqual([
      'not-number',
      'ratio-parts',
      'too-small',
      'range-order',
      'unknown-key',
    ]);
    expect(r.findings.map((f) => f.expected)).toEqual(['2021', '6:3:1', '5', '2-3', undefined]);
    expect(r.profile.sources).toEqual(DEFAULT_PROFILE.sources);
    expect(r.profile.years.first).toBe(2021);
    expect(r.profile.team.minSize).toBe(5);
    expect(r.profile.team.volunteers).toEqual([2, 3]);
    // The good value beside them is used.
    expect(r.profile.standard).toBe(1500);
    expect(formatFinding(r.findings[1], 'zh-CN')).toContain('已改用默认值 6:3:1');
    expect(formatFinding(r.findings[0], 'en-US')).toContain('not a number');
  });

  it('leaves a bad town row out and counts the types from the towns that remain', () => {
    const rows = toSnapshot(renderParams(DEFAULT_PROFILE, 'zh-CN')).rows.map((r) => [...r]) as Grid;
    const first = rows.findIndex((r) => r[1] === 'town');
    rows[first][2] = '龙窝镇｜重点帮扶镇｜深圳';
    rows[first + 1][2] = '九和镇｜一般镇｜深圳｜龙华区龙华街道｜';
    const r = readParamsSheet({ name: '规则参数', rows }, DEFAULT_PROFILE);
    expect(r.findings.map((f) => [f.code, f.cell, f.code === 'PARAM-INVALID' ? f.params.reason : ''])).toEqual([
      ['PARAM-INVALID', `C${first + 1}`, 'town-fields'],
      ['PARAM-INVALID', `C${first + 2}`, 'town-type'],
    ]);
    expect(r.profile.towns.map((t) => t.name)).toEqual(DEFAULT_PROFILE.towns.slice(2).map((t) => t.name));
    expect(r.profile.typeCounts).toEqual({ key: 9, consolidate: 5, keyShenzhen: 6, keyCity: 3 });
    expect(formatFinding(r.findings[0], 'zh-CN')).toContain('该镇未计入');
  });

  it('drops both years when the first is after the last', () => {
    const { sheet, rowOf } = editedSheet({ 'years.first': 2026, 'years.last': 2024 });
    const r = readParamsSheet(sheet, DEFAULT_PROFILE);
    expect(tuples({ findings: r.findings } as never)).toEqual([
      ['PARAM-INVALID', '规则参数', `C${rowOf('years.first')}`],
      ['PARAM-INVALID', '规则参数', `C${rowOf('years.last')}`],
    ]);
    expect(r.profile.years).toEqual(DEFAULT_PROFILE.years);
  });
});

/** 和平县 (河源市), 2024–2027: seven towns, 市级 : 县级 = 1 : 3 — a plan given only by its 规则参数 sheet. */
const HEPING_TOWNS: [string, string, string, string, string][] = [
  ['阳明镇', '重点帮扶镇', '深圳', '深圳市福田区华富街道', '福田区建筑工务署'],
  ['彭寨镇', '重点帮扶镇', '深圳', '深圳市福田区园岭街道', '福田区投资控股有限公司'],
  ['东水镇', '重点帮扶镇', '深圳', '深圳市福田区沙头街道', '福田区城市更新局'],
  ['林寨镇', '重点', '市直', '市自然资源局', '市林业局、市气象局'],
  ['热水镇', '重点帮扶镇', '河源市直', '市住房城乡建设局', '市城管局'],
  ['上陵镇', '巩固提升镇', '县直', '县财政局', '县教育局、县卫健局'],
  ['合水镇', '巩固提升', '县直', '县公安局', '县司法局'],
];

function hepingParams(): SheetSnapshot {
  const rows: Grid = [
    ['和平县驻镇帮镇扶村规则参数'],
    ['参数名称', '代码', '取值', '备注'],
    ['方案代码', 'id', 'heping-2024-2027', null],
    ['方案名称', 'name', '和平县驻镇帮镇扶村（2024—2027）', null],
    ['县', 'county', '和平县', null],
    ['市', 'city', '河源市', null],
    ['县（英文）', 'countyEn', 'Heping', null],
    ...HEPING_TOWNS.map((t): CellValue[] => ['帮扶镇', 'town', t.join('|'), null]),
    ['起始年度', 'years.first', '２０２４', null],
    ['结束年度', 'years.last', 2027, null],
    ['标准', 'standard', 1800, '万元'],
    ['市县分担', 'localSplit', '1：3', null],
    ['县直单位', 'unitLevels.county', '和平、县', null],
    ['县级列名', 'aliases.county', '和平县级、县级、和平县、县级配套', null],
    ['旧镇名', 'townAliases', '', null],
  ];
  return { name: '规则参数', rows };
}

function hepingPairing(edit?: (rows: Grid) => void): SheetSnapshot {
  const rows: Grid = [
    ['和平县驻镇帮镇扶村结对安排表', null, null, null, null],
    ['序号', '被帮扶镇', '帮扶类型', '驻镇工作团队', null],
    [null, null, null, '牵头单位', '成员单位'],
    ...HEPING_TOWNS.map((t, i): CellValue[] => [i + 1, t[0], t[1].startsWith('重点') ? '重点帮扶镇' : '巩固提升镇', t[3], t[4]]),
  ];
  edit?.(rows);
  return { name: '结对安排表', rows, merges: PAIRING_MERGES };
}

/** 万元: 6 : 3 : 1, then the city's tenth 1 : 3 — written out by hand, as the county office would. */
const split = (a: number): number[] => [a, (a * 6) / 10, (a * 3) / 10, a / 10, a / 40, (a * 3) / 40];
const AMOUNT: Record<string, number> = { 阳明镇: 2000, 合水镇: 1600 };

function hepingFund(edit?: (rows: Grid) => void): SheetSnapshot {
  const rows: Grid = [
    ['和平县驻镇帮镇扶村资金筹集表', null, null, null, null, null, null, null, null],
    ['单位：万元', null, null, null, null, null, null, null, null],
    ['序号', '镇', '年度', '合计', '资金来源', null, null, null, null],
    [null, null, null, null, '省级', '深圳市', '河源市', null, null],
    [null, null, null, null, null, null, '小计', '市级', '县级'],
  ];
  for (let y = 2024; y <= 2027; y++) HEPING_TOWNS.forEach(([town], i) => rows.push([i + 1, town, y, ...split(AMOUNT[town] ?? 1800)]));
  edit?.(rows);
  return { name: '资金筹集', rows, merges: FUND_MERGES };
}

function checkHeping(sheets: SheetSnapshot[]) {
  const snapshot = { sheets: [hepingParams(), ...sheets] };
  const { profile, findings, sheet } = profileFromWorkbook(snapshot, DEFAULT_PROFILE);
  expect([findings, sheet]).toEqual([[], '规则参数']);
  // The engine applies the workbook's 规则参数 sheet by itself: no profile is passed in.
  const report = checkWorkbook(snapshot);
  expect([report.profile, report.profileSource]).toEqual([profile, 'sheet']);
  return { profile, report };
}

describe('a second county, given only by its 规则参数 sheet', () => {
  it('makes the 和平县 2024–2027 profile: seven towns, their types, groups and leads, split 1 : 3', () => {
    const { profile } = checkHeping([]);
    expect([profile.id, profile.county, profile.city, profile.countyEn, profile.cityEn]).toEqual([
      'heping-2024-2027',
      '和平县',
      '河源市',
      'Heping',
      'Heyuan',
    ]);
    expect(profile.towns.map((t) => [t.name, t.type, t.group, t.lead])).toEqual(
      HEPING_TOWNS.map(([name, type, group, lead]) => [
        name,
        type.startsWith('重点') ? 'key' : 'consolidate',
        group === '深圳' ? 'shenzhen' : group.endsWith('市直') ? 'city' : 'county',
        lead,
      ]),
    );
    expect(profile.towns[3].members).toEqual(['市林业局', '市气象局']);
    expect(profile.typeCounts).toEqual({ key: 5, consolidate: 2, keyShenzhen: 3, keyCity: 2 });
    expect([profile.years, profile.standard, profile.localSplit.map((p) => p.ratio)]).toEqual([{ first: 2024, last: 2027 }, 1800, [1, 3]]);
    expect(profile.townAliases).toEqual({});
    // It renders and reads back like the default.
    expect(readParamsSheet(toSnapshot(renderParams(profile, 'zh-CN')), DEFAULT_PROFILE)).toEqual({ profile, findings: [] });
  });

  it('finds no error in a clean 和平县 workbook and splits 2000 万元 into 1200 / 600 / 200 (市级 50, 县级 150)', () => {
    const { report } = checkHeping([hepingPairing(), hepingFund()]);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(report.shares).toHaveLength(28);
    const s = report.shares.find((l) => l.town === '阳明镇' && l.year === 2025)!;
    const c = s.computed;
    expect([c.total, c.province, c.shenzhen, c.heyuan, c.heyuanCity, c.county].map((f) => fenToNumber(f, '万元'))).toEqual([
      2000, 1200, 600, 200, 50, 150,
    ]);
  });

  it('FUND-YEAR-RANGE for a 2023 row; PAIR-TOWN-UNKNOWN for a Zijin town', () => {
    const { report } = checkHeping([
      hepingPairing((rows) => (rows[9][1] = '龙窝镇')),
      hepingFund((rows) => rows.push([29, '阳明镇', 2023, ...split(1800)])),
    ]);
    expect(tuples(report, 'FUND-YEAR-RANGE')).toEqual([['FUND-YEAR-RANGE', '资金筹集', 'C34']]);
    expect(tuples(report, 'PAIR-TOWN-UNKNOWN')).toEqual([['PAIR-TOWN-UNKNOWN', '结对安排表', 'B10']]);
    expect(tuples(report, 'PAIR-TOWN-MISSING').map((t) => t[0])).toEqual(['PAIR-TOWN-MISSING']);
  });
});

describe('a second county, end to end through bangfu-check', () => {
  it('checks a 和平县 .xlsx by its own 规则参数 sheet: its profile in the JSON, no error, 1 : 3 shares; a Zijin town is unknown there', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-heping-'));
    try {
      await fs.writeFile(path.join(dir, 'clean.xlsx'), await xlsxFromGrids([hepingParams(), hepingPairing(), hepingFund()]));
      await fs.writeFile(
        path.join(dir, 'zijin-town.xlsx'),
        await xlsxFromGrids([hepingParams(), hepingPairing((rows) => (rows[9][1] = '龙窝镇')), hepingFund()]),
      );
      const { code, json } = await runMain(['--json', path.join(dir, 'clean.xlsx'), path.join(dir, 'zijin-town.xlsx')]);
      const [clean, zijin] = json().sort((a, b) => a.file.localeCompare(b.file));
      expect(code).toBe(1);
      expect([clean.profile, clean.summary.errors, clean.shares.length]).toEqual(['heping-2024-2027', 0, 28]);
      expect(clean.shares.find((s) => s.town === '阳明镇' && s.year === 2024)).toMatchObject({
        total: '2000.00',
        province: '1200.00',
        shenzhen: '600.00',
        heyuan: '200.00',
        heyuanCity: '50.00',
        county: '150.00',
      });
      expect(zijin.findings.filter((f) => f.code === 'PAIR-TOWN-UNKNOWN').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['结对安排表!B10']);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
