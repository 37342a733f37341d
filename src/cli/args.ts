/** Parsing `bangfu-check`'s arguments with Node's util.parseArgs; errors are sentences from the catalog. */
import { parseArgs } from 'util';
import { ui, type Lang } from '../core';
import type { ReadLimits } from '../hosts/xlsx/guards';

export type FailOn = 'error' | 'warning' | 'never';

export interface CliOptions {
  inputs: string[];
  json: boolean;
  /** --explain: the recognition summary under each file's result. */
  explain: boolean;
  out?: string;
  lang: Lang;
  profile?: string;
  /** --ignore: a JSON file of findings set aside ({ code, sheet, cell, actual, reason }[]). */
  ignore?: string;
  failOn: FailOn;
  template?: string;
  /** --summary: the round's 汇总 workbook (issue 12). */
  summary?: string;
  /** Worker threads for many files (default: one per 32 files; never more than the cores or the memory allow). */
  jobs?: number;
  /** --timeout: seconds one file may take in a worker before it is WB-UNREADABLE. */
  timeoutS?: number;
  /** --max-memory-mb: the heap cap of each worker. */
  memoryMb?: number;
  /** Read limits that override the defaults (guards.ts). */
  limits: Partial<ReadLimits>;
  help: boolean;
  version: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; lang: Lang; message: string };

export function parseCliArgs(argv: string[]): ParsedArgs {
  // The language of error messages: from --lang when it can be found, even if other options are bad.
  const langAt = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langArg = langAt < 0 ? undefined : argv[langAt].includes('=') ? argv[langAt].split('=')[1] : argv[langAt + 1];
  const lang: Lang = langArg === 'en-US' ? 'en-US' : 'zh-CN';
  const t = ui(lang);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        out: { type: 'string' },
        lang: { type: 'string', default: 'zh-CN' },
        profile: { type: 'string' },
        ignore: { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
        template: { type: 'string' },
        summary: { type: 'string' },
        jobs: { type: 'string' },
        timeout: { type: 'string' },
        'max-memory-mb': { type: 'string' },
        'max-file-mb': { type: 'string' },
        'max-unzipped-mb': { type: 'string' },
        'max-entries': { type: 'string' },
        'max-cells': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (err) {
    return { ok: false, lang, message: t.cliBadOption((err as Error).message) };
  }
  const v = parsed.values;
  if (v.lang !== 'zh-CN' && v.lang !== 'en-US') return { ok: false, lang, message: t.cliBadLang(String(v.lang)) };
  const failOn = v['fail-on'];
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') return { ok: false, lang, message: t.cliBadFailOn(String(failOn)) };
  const jobs = v.jobs === undefined ? undefined : Number(v.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) return { ok: false, lang, message: t.cliBadOption(`--jobs ${v.jobs}`) };
  const positive = (raw: string | undefined, min: number): number | undefined | false => {
    if (raw === undefined) return undefined;
    const n = Number(raw);
    return Number.isFinite(n) && n >= min ? n : false;
  };
  const timeoutS = positive(v.timeout, 0.001);
  if (timeoutS === false) return { ok: false, lang, message: t.cliBadOption(`--timeout ${v.timeout}`) };
  const memoryMb = positive(v['max-memory-mb'], 16);
  if (memoryMb === false) return { ok: false, lang, message: t.cliBadOption(`--max-memory-mb ${v['max-memory-mb']}`) };
  const limits: Partial<ReadLimits> = {};
  const LIMITS: [string, keyof ReadLimits, number][] = [
    ['max-file-mb', 'maxFileBytes', 1024 * 1024],
    ['max-unzipped-mb', 'maxUncompressedBytes', 1024 * 1024],
    ['max-entries', 'maxEntries', 1],
    ['max-cells', 'maxCells', 1],
  ];
  for (const [flag, key, scale] of LIMITS) {
    const raw = (v as Record<string, unknown>)[flag];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) return { ok: false, lang, message: t.cliBadOption(`--${flag} ${String(raw)}`) };
    limits[key] = Math.floor(n * scale);
  }
  const options: CliOptions = {
    limits,
    inputs: parsed.positionals,
    json: Boolean(v.json),
    explain: Boolean(v.explain),
    lang: v.lang,
    failOn,
    help: Boolean(v.help),
    version: Boolean(v.version),
    ...(v.out ? { out: v.out } : {}),
    ...(v.profile ? { profile: v.profile } : {}),
    ...(v.ignore ? { ignore: v.ignore } : {}),
    ...(v.template ? { template: v.template } : {}),
    ...(v.summary ? { summary: v.summary } : {}),
    ...(jobs ? { jobs } : {}),
    ...(timeoutS ? { timeoutS } : {}),
    ...(memoryMb ? { memoryMb: Math.floor(memoryMb) } : {}),
  };
  if (!options.help && !options.version && !options.template && options.inputs.length === 0)
    return { ok: false, lang, message: t.cliNoInput };
  return { ok: true, options };
}
