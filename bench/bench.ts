/**
 * npm run bench — speed figures, measured side by side in one run (never as pass/fail tests: the machines
 * are shared and noisy). Prints a table and writes bench/results.json.
 */
import { spawnSync } from 'child_process';
import { existsSync, promises as fs, readdirSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { gzipSync } from 'zlib';
import { benchEngine, benchFarCell } from './engine';
import { benchExcel } from './excel';

const root = path.join(__dirname, '..');
const sample = path.join(root, 'assets', 'samples', '紫金县帮扶资金-示例.xlsx');

function time(cmd: string, args: string[], runs: number, opts: { cwd?: string } = {}): { medianMs: number; bestMs: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { cwd: opts.cwd ?? root, stdio: 'ignore', timeout: 600_000 });
    if (r.error) throw r.error;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], bestMs: times[0] };
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

async function main(): Promise<void> {
  const core = await import(path.join(root, 'lib', 'core', 'index.js'));
  const rows: [string, string, string][] = [];
  const results: Record<string, unknown> = { date: new Date().toISOString(), cpus: os.cpus().length, node: process.version };

  // 1. Engine: 10,000 and 100,000 fund rows.
  const e10 = benchEngine(core, 10_000);
  const e100 = benchEngine(core, 100_000);
  results.engine = { rows10k: e10, rows100k: e100, ratio: e100.medianMs / e10.medianMs };
  rows.push(['engine, 10,000 fund rows', ms(e10.medianMs), `best ${ms(e10.bestMs)}`]);
  rows.push([
    'engine, 100,000 fund rows',
    ms(e100.medianMs),
    `best ${ms(e100.bestMs)}; ×${(e100.medianMs / e10.medianMs).toFixed(1)} of 10,000 (linear ≈ 10×)`,
  ]);

  // 1b. Sparse: one cell at XFD1048576 against one cell at A1 (issue 10: read only what exists).
  const far = benchFarCell(core);
  results.farCell = far;
  rows.push([
    'engine, one cell at XFD1048576',
    ms(far.farMs),
    `×${far.ratio.toFixed(1)} of one cell at A1 (${ms(far.nearMs)}); ≈ 1 expected`,
  ]);

  // 2. One typical workbook: the CLI vs ExcelJS alone vs LibreOffice's convert.
  const cli = time(process.execPath, [path.join(root, 'bin', 'bangfu-check.js'), '--json', sample], 7);
  const exceljs = time(process.execPath, ['-e', `new (require('exceljs').Workbook)().xlsx.readFile(${JSON.stringify(sample)})`], 7);
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-bench-'));
  const lo = time(
    'soffice',
    [`-env:UserInstallation=file://${tmp}/profile`, '--headless', '--convert-to', 'csv', '--outdir', tmp, sample],
    3,
  );
  results.oneWorkbook = {
    cli,
    exceljsLoadOnly: exceljs,
    libreofficeConvert: lo,
    overheadOverExcelJS: cli.medianMs / exceljs.medianMs,
    speedupOverLibreOffice: lo.medianMs / cli.medianMs,
  };
  rows.push([
    'bangfu-check, one workbook (process)',
    ms(cli.medianMs),
    `${(cli.medianMs / exceljs.medianMs).toFixed(2)}× ExcelJS load alone (${ms(exceljs.medianMs)})`,
  ]);
  rows.push(['soffice --convert-to csv, same file', ms(lo.medianMs), `bangfu-check is ${(lo.medianMs / cli.medianMs).toFixed(1)}× faster`]);

  // 3. A folder of 1,200 workbooks (a province's round of submissions), one thread vs every core.
  const folder = path.join(tmp, 'submissions');
  await fs.mkdir(folder);
  const bytes = await fs.readFile(sample);
  for (let i = 0; i < 1200; i++) await fs.writeFile(path.join(folder, `单位${String(i).padStart(4, '0')}.xlsx`), bytes);
  const one = time(process.execPath, [path.join(root, 'bin', 'bangfu-check.js'), '--json', '--jobs', '1', folder], 1);
  const all = time(process.execPath, [path.join(root, 'bin', 'bangfu-check.js'), '--json', folder], 1);
  results.folder1200 = {
    oneThread: one,
    allCores: all,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    speedup: one.medianMs / all.medianMs,
  };
  rows.push(['bangfu-check, 1,200 workbooks, --jobs 1', ms(one.medianMs), '']);
  rows.push([
    'bangfu-check, 1,200 workbooks, every core',
    ms(all.medianMs),
    `${(one.medianMs / all.medianMs).toFixed(2)}× faster on ${results.folder1200 && (results.folder1200 as { cores: number }).cores} cores`,
  ]);
  await fs.rm(tmp, { recursive: true, force: true });

  // 4. Against the Excel simulator: syncs and the largest request for 100 and 100,000 fund rows.
  results.excel = await benchExcel();
  for (const x of results.excel as { rows: number; syncs: number; largestRequest: number }[])
    rows.push([
      `Excel host (simulator), ${x.rows.toLocaleString('en')} fund rows`,
      `${x.syncs} syncs`,
      `largest request ${(x.largestRequest / 1024).toFixed(0)} KB (limit 5,120 KB)`,
    ]);

  // 5. The fronts' JavaScript, gzipped.
  const web = path.join(root, 'dist', 'web');
  if (existsSync(web)) {
    const files = readdirSync(web).filter((f) => f.endsWith('.js'));
    const sizes = Object.fromEntries(files.map((f) => [f, gzipSync(readFileSync(path.join(web, f))).length]));
    const main = files.find((f) => f.startsWith('web.'))!;
    const workerTotal = files.filter((f) => f !== main).reduce((a, f) => a + sizes[f], 0);
    results.webJs = { gzipBytes: sizes, page: sizes[main], worker: workerTotal };
    rows.push([
      'web page JS (gzip)',
      `${(sizes[main] / 1024).toFixed(0)} KB`,
      `worker (ExcelJS + engine): ${(workerTotal / 1024).toFixed(0)} KB, loaded when a file is chosen`,
    ]);
  }
  const pane = path.join(root, 'dist', 'taskpane.js');
  if (existsSync(pane)) {
    const gz = gzipSync(readFileSync(pane)).length;
    const commands = gzipSync(readFileSync(path.join(root, 'dist', 'commands.js'))).length;
    results.taskpaneJs = { gzipBytes: gz, commandsGzipBytes: commands };
    rows.push(['task pane JS (gzip)', `${(gz / 1024).toFixed(0)} KB`, `ribbon command file: ${(commands / 1024).toFixed(0)} KB`]);
  }

  const w = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`\n${'measure'.padEnd(w)}  ${'median'.padStart(10)}  note\n`);
  for (const [a, b, c] of rows) process.stdout.write(`${a.padEnd(w)}  ${b.padStart(10)}  ${c}\n`);
  await fs.writeFile(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\nwritten: bench/results.json\n`);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
