/**
 * The bundled samples, as the demo runs them: the clean workbook passes with all 80 town-years, the one with
 * mistakes shows each seeded mistake on its cell, the wide workbook and the town's own submission pass and say how
 * they were read; the samples are exactly what the script makes; and the
 * installed command (`node bin/bangfu-check.js`, compiled by `npm install`) runs the demo's job.
 */
import { execFileSync, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { DEFAULT_PROFILE, type FileResult } from '../../src/core';

const root = path.join(__dirname, '..', '..');
const samples = path.join(root, 'assets', 'samples');
const P = DEFAULT_PROFILE;

async function json(args: string[]): Promise<FileResult[]> {
  let out = '';
  await main(['--json', ...args], { stdout: (s) => (out += s), stderr: () => undefined });
  return JSON.parse(out) as FileResult[];
}

describe('bundled samples', () => {
  it('the clean sample has no finding and all 80 town-years', async () => {
    const [r] = await json([path.join(samples, '紫金县帮扶资金-示例.xlsx')]);
    expect(r.findings).toEqual([]);
    expect(r.shares).toHaveLength(80);
    expect(r.recognition?.sheets.map((x) => [x.sheet, x.as, x.rows])).toEqual([
      ['结对安排表', 'pairing', 16],
      ['资金筹集', 'fund-by-town', 80],
      [`资金分配${P.years.last}`, 'fund-by-town', 16],
    ]);
  });

  it('the wide workbook (years as column groups) is read in full: no error or warning, 80 exact town-years, said to be wide', async () => {
    const [r] = await json([path.join(samples, '紫金县帮扶资金-宽表示例.xlsx')]);
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => [f.code, f.sheet, f.cell])).toEqual([]);
    expect(r.shares).toHaveLength(80);
    expect(new Set(r.shares.map((x) => `${x.total} ${x.province} ${x.shenzhen} ${x.heyuanCity} ${x.county}`))).toEqual(
      new Set(['2000.00 1200.00 600.00 40.00 160.00']),
    );
    expect(r.recognition?.scope).toEqual({ kind: 'county' });
    const fund = r.recognition?.sheets.find((x) => x.as === 'fund-by-town');
    expect([fund?.sheet, fund?.layout, fund?.years, fund?.rows]).toEqual([
      '资金分配表（2021-2025）',
      'wide-year-groups',
      [2021, 2022, 2023, 2024, 2025],
      80,
    ]);
    expect(r.recognition?.sheets.map((x) => x.as)).toEqual(['pairing', 'fund-by-town']);
  });

  it('the town’s own submission (龙窝镇, one sheet, 元) passes with no error or warning and is said to be 龙窝镇’s', async () => {
    const [r] = await json([path.join(samples, '龙窝镇帮扶资金报送-示例.xlsx')]);
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => [f.code, f.sheet, f.cell])).toEqual([]);
    expect(r.shares.map((x) => [x.town, x.year, x.unit, x.total, x.province, x.shenzhen, x.heyuanCity, x.county])).toEqual(
      [2021, 2022, 2023].map((y) => ['龙窝镇', y, '元', '20000000.00', '12000000.00', '6000000.00', '400000.00', '1600000.00']),
    );
    expect(r.recognition?.scope).toEqual({ kind: 'town', town: '龙窝镇' });
    const [sheet] = r.recognition?.sheets ?? [];
    expect([sheet?.as, sheet?.town, sheet?.years, sheet?.rows]).toEqual(['fund-by-town', '龙窝镇', [2021, 2022, 2023], 3]);
  });

  it('the sample with mistakes shows every seeded mistake on its cell', async () => {
    const seeded = JSON.parse(await fs.readFile(path.join(samples, '错误示例.expected.json'), 'utf8')) as {
      code: string;
      sheet: string;
      cell: string;
    }[];
    const [r] = await json([path.join(samples, '紫金县帮扶资金-错误示例.xlsx')]);
    const found = r.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`);
    expect(seeded.length).toBeGreaterThanOrEqual(12);
    for (const s of seeded) expect(found).toContain(`${s.code} ${s.sheet}!${s.cell}`);
  });

  it('龙窝镇 2021 (省级 1300 under a right 合计 2000) gives one error, on E6, expecting 1200.00', async () => {
    const [r] = await json([path.join(samples, '紫金县帮扶资金-错误示例.xlsx')]);
    const row6 = r.findings.filter((f) => f.severity === 'error' && f.sheet === '资金筹集' && /^[A-Z]+6(:|$)/.test(f.cell));
    expect(row6.map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([['FUND-SHARE', 'E6', '1200.00', '1300.00']]);
  });

  it('are what scripts/make-samples.ts makes (re-made, they check the same)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-samples-'));
    execFileSync(process.execPath, [require.resolve('tsx/cli'), path.join(root, 'scripts', 'make-samples.ts'), dir], { cwd: root });
    const fresh = await json([dir]);
    const bundled = await json([samples]);
    const strip = (rs: FileResult[]) => rs.map((r) => ({ ...r, file: path.basename(r.file) }));
    expect(strip(fresh)).toEqual(strip(bundled));
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('the installed command runs the demo: findings printed, result workbooks under the out folder', async () => {
    execFileSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'ignore' });
    const out = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-demo-'));
    const r = spawnSync(process.execPath, [path.join(root, 'bin', 'bangfu-check.js'), '--fail-on', 'never', '--out', out, samples], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('FUND-SHARE');
    expect((await fs.readdir(out)).sort()).toEqual(
      [
        '紫金县帮扶资金-示例.校验结果.xlsx',
        '紫金县帮扶资金-错误示例.校验结果.xlsx',
        '紫金县帮扶资金-宽表示例.校验结果.xlsx',
        '龙窝镇帮扶资金报送-示例.校验结果.xlsx',
      ].sort(),
    );
    const bad = spawnSync(
      process.execPath,
      [path.join(root, 'bin', 'bangfu-check.js'), '--json', path.join(samples, '紫金县帮扶资金-错误示例.xlsx')],
      { cwd: root, encoding: 'utf8' },
    );
    expect(bad.status).toBe(1);
    expect((JSON.parse(bad.stdout) as FileResult[])[0].summary.errors).toBeGreaterThan(0);
    await fs.rm(out, { recursive: true, force: true });
  });

  it('checks a folder on several worker threads with the same results, in the same order, as on one', () => {
    const run = (jobs: string) =>
      spawnSync(process.execPath, [path.join(root, 'bin', 'bangfu-check.js'), '--json', '--jobs', jobs, samples, samples], {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
      });
    const one = run('1');
    const two = run('2');
    expect(two.status).toBe(1);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(two.stderr).toContain('[8/8]');
  });
});
