/**
 * bangfu-check [options] <file|folder>... — checks submitted workbooks (DESIGN.md "One engine, three fronts").
 * Exit code: 0 when no finding reaches --fail-on, 1 when one does, 2 for a usage error or an unreadable file.
 */
import { promises as fs } from 'fs';

import { parseProfile, summarise, ui, type FileResult, type Lang, type Profile } from '../core';
import { checkBytes, resultWriter, outputsOf, type ResultWriter } from '../hosts/xlsx/check-file';
import { parseCliArgs, type CliOptions } from './args';
import { findWorkbooks, resultPath } from './files';
import { formatFileReport } from './report';

export interface MainIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Writes the result workbook; the copy-keeping writer when available. */
  writer?: ResultWriter;
}

const defaultIO: MainIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

function version(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('../../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function loadProfile(file: string, lang: Lang): Promise<{ ok: true; profile: Profile } | { ok: false; message: string }> {
  const t = ui(lang);
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (err) {
    return { ok: false, message: t.cliProfileUnreadable(file, (err as Error).message) };
  }
  const r = parseProfile(json);
  if (r.ok) return r;
  return { ok: false, message: [t.cliProfileInvalid(file), ...r.issues.map((i) => `  - ${i.path || '(根)'}: ${i.message}`)].join('\n') };
}

function reaches(r: FileResult, failOn: CliOptions['failOn']): boolean {
  if (failOn === 'never') return false;
  return r.summary.errors > 0 || (failOn === 'warning' && r.summary.warnings > 0);
}

export async function main(argv: string[], io: MainIO = defaultIO): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\n\n${ui(parsed.lang).cliUsage}\n`);
    return 2;
  }
  const o = parsed.options;
  const t = ui(o.lang);
  if (o.help) {
    io.stdout(`${t.cliUsage}\n`);
    return 0;
  }
  if (o.version) {
    io.stdout(`bangfu-check ${version()}\n`);
    return 0;
  }

  let profile: Profile | undefined;
  if (o.profile) {
    const p = await loadProfile(o.profile, o.lang);
    if (!p.ok) {
      io.stderr(`${p.message}\n`);
      return 2;
    }
    profile = p.profile;
  }

  const found = await findWorkbooks(o.inputs, o.out ? [o.out] : []);
  for (const m of found.missing) io.stderr(`${t.cliNotFound(m)}\n`);
  for (const d of found.emptyFolders) io.stderr(`${t.cliNoFiles(d)}\n`);
  if (found.files.length === 0) return 2;

  if (o.out) await fs.mkdir(o.out, { recursive: true });
  const writer = io.writer ?? resultWriter;
  const used = new Set<string>();
  const results: FileResult[] = [];
  let unreadable = found.missing.length;
  const many = found.files.length > 1;
  for (let i = 0; i < found.files.length; i++) {
    const file = found.files[i];
    if (many) io.stderr(`${t.cliProgress(i + 1, found.files.length, file)}\n`);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await fs.readFile(file));
    } catch {
      bytes = new Uint8Array(0);
    }
    const checked = await checkBytes(bytes, file, { lang: o.lang, ...(profile ? { profile, profileSource: 'file' as const } : {}) });
    if (checked.unreadable) unreadable++;
    results.push(checked.result);
    if (!o.json) io.stdout(`${formatFileReport(checked.result, o.lang, t.profileUsed(checked.report.profile.name, checked.report.profileSource))}\n\n`);
    if (o.out && !checked.unreadable) {
      const target = resultPath(file, o.out, used);
      const written = await writer(bytes, outputsOf(checked, o.lang));
      await fs.writeFile(target, written.bytes);
      if (!o.json) io.stdout(`  ${t.cliWrote(target)}${written.mode === 'new' && written.reason ? `（${t.resultNew(written.reason)}）` : ''}\n\n`);
    }
  }

  if (o.json) {
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const all = summarise([]);
    for (const r of results) {
      all.errors += r.summary.errors;
      all.warnings += r.summary.warnings;
      all.infos += r.summary.infos;
    }
    io.stdout(`${t.cliSummary(results.length, all.errors, all.warnings, all.infos, unreadable)}\n`);
  }
  if (unreadable > 0) return 2;
  return results.some((r) => reaches(r, o.failOn)) ? 1 : 0;
}

