/**
 * npm run bench — speed figures, measured side by side in one run (never as pass/fail tests: the machines
 * are shared and noisy). Prints a table and writes bench/results.json.
 */
import { existsSync, promises as fs, readdirSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { gzipSync } from 'zlib';
import { benchEngine, benchFarCell } from './engine';
import { benchExcel } from './excel';
import { explodingFiles, fundWorkbook, manyTownsProfile, measure, withFarCell, writeAll, type Run } from './cli';

const root = path.join(__dirname, '..');
const sample = path.join(root, 'assets', 'samples', '紫金县帮扶资金-示例.xlsx');

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

  // 2. The CLI as a user runs it: wall, CPU and peak memory, side by side with LibreOffice's convert (bench/cli.ts).
  const bin = path.join(root, 'bin', 'bangfu-check.js');
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-bench-'));
  const lo = (file: string, runs: number) =>
    measure(
      'soffice',
      [`-env:UserInstallation=file://${tmp}/profile`, '--headless', '--convert-to', 'csv', '--outdir', tmp, file],
      runs,
      root,
    );
  const cliRun = (args: string[], runs: number) => measure(process.execPath, [bin, ...args], runs, root);
  const fmt = (r: Run) => `${ms(r.wallMs)} wall, ${ms(r.cpuMs)} CPU, ${r.peakMb.toFixed(0)} MB`;
  const files = await writeAll(tmp, {
    'fund-100000': fundWorkbook(100_000),
    'fund-100000-clean': fundWorkbook(100_000, 'clean'),
    'fund-100000-wrong-column': fundWorkbook(100_000, 'wrong-column'),
    'fund-100000-wrong-distinct': fundWorkbook(100_000, 'wrong-distinct'),
    'sample-xfd1048576': withFarCell(await fs.readFile(sample)),
    ...explodingFiles(),
  });
  // The plan of the clean and wrong-column workbooks: 20,000 towns × 5 years, so every row is a plan town-year.
  const towns = path.join(tmp, 'profile-20000-towns.json');
  await fs.writeFile(towns, manyTownsProfile(100_000));
  lo(sample, 1); // LibreOffice's first start makes its profile; not counted
  const typical = {
    cli: cliRun(['--json', sample], 7),
    exceljsLoadOnly: measure(
      process.execPath,
      ['-e', `new (require('exceljs').Workbook)().xlsx.readFile(${JSON.stringify(sample)})`],
      5,
      root,
    ),
    lo: lo(sample, 3),
  };
  const out = path.join(tmp, 'out');
  const big = {
    // ~200,000 findings: towns outside the default plan, amounts off the split.
    outside: cliRun(['--json', files['fund-100000']], 3),
    // No finding but the workbook's own (no pairing sheet): every row a plan town-year, amounts right.
    clean: cliRun(['--json', '--profile', towns, files['fund-100000-clean']], 3),
    // 100,000 findings: 省级 wrong in every row (each diagnosed: which cell, what to type).
    wrongColumn: cliRun(['--json', '--profile', towns, files['fund-100000-wrong-column']], 3),
    // The same, but 省级 wrong by a different amount in every row: 100,000 distinct diagnoses.
    wrongDistinct: cliRun(['--json', '--profile', towns, files['fund-100000-wrong-distinct']], 3),
    outsideOut: cliRun(['--json', '--out', out, files['fund-100000']], 1),
    cleanOut: cliRun(['--json', '--out', out, '--profile', towns, files['fund-100000-clean']], 1),
    lo: lo(files['fund-100000'], 2),
    loClean: lo(files['fund-100000-clean'], 2),
  };
  const farCli = { cli: cliRun(['--json', files['sample-xfd1048576']], 3) };
  results.cli = { typical, fund100k: big, xfd1048576: farCli };
  const vsLo = (r: Run, l: Run) =>
    `CPU ${(l.cpuMs / r.cpuMs).toFixed(2)}×, wall ${(l.wallMs / r.wallMs).toFixed(2)}× of soffice's (faster when > 1)`;
  rows.push(['bangfu-check, one typical workbook', fmt(typical.cli), vsLo(typical.cli, typical.lo)]);
  rows.push(['soffice --convert-to csv, same file', fmt(typical.lo), '']);
  rows.push([
    'ExcelJS load alone, same file (the old read path)',
    fmt(typical.exceljsLoadOnly),
    `bangfu-check's whole run is ${(typical.exceljsLoadOnly.cpuMs / typical.cli.cpuMs).toFixed(1)}× less CPU`,
  ]);
  rows.push(['bangfu-check, 100,000 rows, clean (plan of 20,000 towns)', fmt(big.clean), vsLo(big.clean, big.loClean)]);
  rows.push(['bangfu-check, 100,000 rows, 省级 wrong in every row', fmt(big.wrongColumn), vsLo(big.wrongColumn, big.loClean)]);
  rows.push([
    'bangfu-check, 100,000 rows, 省级 wrong by a different amount in every row',
    fmt(big.wrongDistinct),
    vsLo(big.wrongDistinct, big.loClean),
  ]);
  rows.push(['bangfu-check, 100,000 rows, towns outside the plan', fmt(big.outside), vsLo(big.outside, big.lo)]);
  rows.push(['bangfu-check --out, 100,000 rows, clean', fmt(big.cleanOut), 'with the result workbook']);
  rows.push([
    'bangfu-check --out, 100,000 rows, towns outside the plan',
    fmt(big.outsideOut),
    'with the result workbook (~200,000 findings)',
  ]);
  rows.push(['soffice --convert-to csv, 100,000 fund rows (clean file)', fmt(big.loClean), '']);
  rows.push(['soffice --convert-to csv, 100,000 fund rows (outside file)', fmt(big.lo), '']);
  rows.push([
    'bangfu-check, typical + a cell at XFD1048576',
    fmt(farCli.cli),
    `${(farCli.cli.cpuMs / typical.cli.cpuMs).toFixed(1)}× the CPU of the same workbook without it`,
  ]);
  const exploding: Record<string, Run> = {};
  for (const name of Object.keys(explodingFiles())) {
    exploding[name] = cliRun(['--json', files[name]], 1);
    rows.push([`exploding file: ${name}`, fmt(exploding[name]), `${((await fs.stat(files[name])).size / 1024).toFixed(0)} KB file`]);
  }
  results.exploding = exploding;

  // 3. A folder of 1,200 workbooks (a province's round of submissions), one thread vs the default.
  const folder = path.join(tmp, 'submissions');
  await fs.mkdir(folder);
  const bytes = await fs.readFile(sample);
  for (let i = 0; i < 1200; i++) await fs.writeFile(path.join(folder, `单位${String(i).padStart(4, '0')}.xlsx`), bytes);
  const one = cliRun(['--json', '--jobs', '1', folder], 1);
  const all = cliRun(['--json', folder], 1);
  results.folder1200 = { oneWorker: one, defaultJobs: all, cores: os.availableParallelism?.() ?? os.cpus().length };
  rows.push(['bangfu-check, 1,200 workbooks, --jobs 1', fmt(one), '']);
  rows.push([
    'bangfu-check, 1,200 workbooks, default jobs',
    fmt(all),
    `${(one.wallMs / all.wallMs).toFixed(2)}× the wall speed of one worker`,
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
    // The worker's chunks (reader, engine, writers, zod/mini, fflate) load when a file is chosen.
    const workerTotal = files.filter((f) => f !== main).reduce((a, f) => a + sizes[f], 0);
    results.webJs = { gzipBytes: sizes, page: sizes[main], worker: workerTotal };
    rows.push([
      'web page JS (gzip)',
      `${(sizes[main] / 1024).toFixed(0)} KB`,
      `worker (reader, engine, writers): ${(workerTotal / 1024).toFixed(0)} KB, loaded when a file is chosen`,
    ]);
  }
  const cliBundle = path.join(root, 'lib', 'bangfu-check.js');
  if (existsSync(cliBundle)) {
    const bytes = readFileSync(cliBundle);
    results.cliBundle = { bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    rows.push([
      'CLI bundle (lib/bangfu-check.js)',
      `${(bytes.length / 1024).toFixed(0)} KB`,
      `${(gzipSync(bytes).length / 1024).toFixed(0)} KB gzip; zod starts only when a path needs it`,
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
