/**
 * bangfu-check end to end on generated workbooks: JSON shape, exit codes, result workbooks, inputs untouched.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { runMain } from './run-main';
import { DEFAULT_PROFILE } from '../../src/core';
import { fundSheet, fundRow, pairingSheet } from '../core/grids';
import { xlsxFromGrids } from '../corpus/from-grid';

const P = DEFAULT_PROFILE;
const Y = P.years.first;
let dir: string;

const run = runMain;
const sha = async (p: string) =>
  createHash('sha256')
    .update(await fs.readFile(p))
    .digest('hex');

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-cli-'));
  await fs.mkdir(path.join(dir, 'in', 'sub'), { recursive: true });
  await fs.writeFile(path.join(dir, 'in', 'clean.xlsx'), await xlsxFromGrids([pairingSheet(), fundSheet()]));
  await fs.writeFile(
    path.join(dir, 'in', 'sub', 'bad.xlsx'),
    await xlsxFromGrids([pairingSheet(), fundSheet({ years: [Y], edit: (rows) => (rows[fundRow('龙窝镇', Y) - 1][4] = 1300) })]),
  );
  await fs.writeFile(path.join(dir, 'in', 'sub', '~$bad.xlsx'), 'lock');
  await fs.writeFile(path.join(dir, 'in', 'notes.txt'), 'not a workbook');
  await fs.writeFile(
    path.join(dir, 'warn.xlsx'),
    await xlsxFromGrids([pairingSheet(), fundSheet({ years: [Y], edit: (rows) => rows.splice(fundRow('瓦溪镇', Y) - 1, 2) })]),
  );
  await fs.writeFile(path.join(dir, 'empty.xlsx'), '');
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('bangfu-check', () => {
  it('prints one JSON object per file in RULES.md’s shape, folders searched recursively, lock files skipped', async () => {
    const r = await run(['--json', path.join(dir, 'in')]);
    const out = r.json();
    expect(out.map((o) => path.relative(dir, o.file))).toEqual([path.join('in', 'clean.xlsx'), path.join('in', 'sub', 'bad.xlsx')]);
    for (const o of out) {
      expect(Object.keys(o)).toEqual(['file', 'profile', 'summary', 'findings', 'shares', 'recognition']);
      expect(Object.keys(o.summary)).toEqual(['errors', 'warnings', 'infos', 'ignored']);
    }
    expect(out[0].profile).toBe('zijin-2021-2025');
    expect(out[0].findings).toEqual([]);
    expect(out[0].shares).toHaveLength(80);
    expect(out[0].shares[0]).toEqual({
      town: '龙窝镇',
      year: Y,
      unit: '万元',
      total: '2000.00',
      province: '1200.00',
      shenzhen: '600.00',
      heyuan: '200.00',
      heyuanCity: '40.00',
      county: '160.00',
      sheet: '资金筹集',
      cell: `D${fundRow('龙窝镇', Y)}`,
    });
    const f = out[1].findings.find((x) => x.code === 'FUND-SHARE')!;
    expect(Object.keys(f)).toEqual(['code', 'severity', 'sheet', 'cell', 'clause', 'message', 'expected', 'actual', 'group', 'rule']);
    expect([f.severity, f.sheet, f.cell, f.clause, f.expected, f.actual]).toEqual([
      'error',
      '资金筹集',
      `E${fundRow('龙窝镇', Y)}`,
      '四（十一）',
      '1200.00',
      '1300.00',
    ]);
    expect(f.message).toContain('龙窝镇');
    expect(r.code).toBe(1);
  });

  it('exits 0 on a clean file, 1 when a finding reaches --fail-on, and never with --fail-on never', async () => {
    expect((await run([path.join(dir, 'in', 'clean.xlsx')])).code).toBe(0);
    expect((await run([path.join(dir, 'warn.xlsx')])).code).toBe(0);
    expect((await run(['--fail-on', 'warning', path.join(dir, 'warn.xlsx')])).code).toBe(1);
    expect((await run(['--fail-on', 'never', path.join(dir, 'in')])).code).toBe(0);
  });

  it('exits 2 for an unreadable file, which still gets its WB-UNREADABLE entry', async () => {
    const r = await run(['--json', path.join(dir, 'empty.xlsx'), path.join(dir, 'in', 'clean.xlsx')]);
    expect(r.code).toBe(2);
    const [bad, good] = r.json();
    expect(bad.findings.map((f) => f.code)).toEqual(['WB-UNREADABLE']);
    expect(bad.findings[0].message).toContain('空');
    expect(good.summary.errors).toBe(0);
  });

  it('exits 2 with a clear sentence on usage errors', async () => {
    const none = await run([]);
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('请至少指定一个')]);
    expect((await run(['--lang', 'fr', 'x.xlsx'])).stderr).toContain('--lang 只能是');
    expect((await run(['--bogus', 'x.xlsx'])).code).toBe(2);
    expect((await run(['--fail-on', 'sometimes', 'x.xlsx'])).code).toBe(2);
    const missing = await run([path.join(dir, 'nope.xlsx')]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('找不到')]);
    expect((await run(['--lang', 'en-US'])).stderr).toContain('Give at least one');
  });

  it('reads a --profile override, and refuses a bad one with the path of the bad value', async () => {
    const good = path.join(dir, 'profile.json');
    await fs.writeFile(good, JSON.stringify({ id: 'zijin-2021-2024', years: { first: Y, last: P.years.last - 1 } }));
    const r = await run(['--json', '--profile', good, path.join(dir, 'in', 'clean.xlsx')]);
    const out = r.json()[0];
    expect(out.profile).toBe('zijin-2021-2024');
    expect(new Set(out.findings.map((f) => f.code))).toEqual(new Set(['FUND-YEAR-RANGE']));
    const bad = path.join(dir, 'bad-profile.json');
    await fs.writeFile(bad, JSON.stringify({ standard: -5, sources: [{ key: 'province', ratio: 6 }] }));
    const rb = await run(['--profile', bad, path.join(dir, 'in', 'clean.xlsx')]);
    expect(rb.code).toBe(2);
    expect(rb.stderr).toMatch(/standard/);
    expect(rb.stderr).toMatch(/sources/);
    await fs.writeFile(bad, '{ not json');
    expect((await run(['--profile', bad, path.join(dir, 'in', 'clean.xlsx')])).stderr).toContain('无法读取规则参数文件');
  });

  it('writes <name>.校验结果.xlsx with 测算结果 and 校验问题, leaving the input byte for byte unchanged', async () => {
    const input = path.join(dir, 'in', 'sub', 'bad.xlsx');
    const before = await sha(input);
    const out = path.join(dir, 'out');
    const r = await run(['--out', out, input]);
    expect(r.code).toBe(1);
    expect(await sha(input)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'bad.校验结果.xlsx'));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['测算结果', '校验问题']));
    const issues = wb.getWorksheet('校验问题')!;
    const codes: string[] = [];
    issues.eachRow((row) => codes.push(String(row.getCell(3).value ?? '')));
    expect(codes).toContain('FUND-SHARE');
    const results = wb.getWorksheet('测算结果')!;
    let found = false;
    results.eachRow((row) => {
      if (row.getCell(1).value === '龙窝镇' && row.getCell(2).value === Y) {
        found = true;
        expect([4, 5, 6, 7, 8, 9].map((c) => row.getCell(c).value)).toEqual([2000, 1200, 600, 200, 40, 160]);
      }
    });
    expect(found).toBe(true);
  });

  it('prints a readable zh-CN report by default and English with --lang en-US, progress on stderr for many files', async () => {
    const zh = await run([path.join(dir, 'in')]);
    // The rule's name first, the message, then the code (issue 11).
    expect(zh.stdout).toMatch(/\[错误\] 省级分担比例不符：.*E6.*FUND-SHARE/);
    expect(zh.stdout).toContain('共检查 2 个文件');
    expect(zh.stderr).toContain('[2/2]');
    const en = await run(['--lang', 'en-US', path.join(dir, 'in', 'sub', 'bad.xlsx')]);
    expect(en.stdout).toMatch(/\[Error\] Province share off the ratio: .*E6.*FUND-SHARE/);
    expect(en.stderr).toBe('');
  });
});
