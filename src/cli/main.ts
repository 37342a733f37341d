/**
 * bangfu-check [options] <file|folder>... — checks submitted workbooks (DESIGN.md "One engine, three fronts").
 * Exit code: 0 when no finding reaches --fail-on, 1 when one does, 2 for a usage error or an unreadable file.
 */
import { promises as fs } from 'fs';

import {
  checkRound,
  DEFAULT_PROFILE,
  parseIgnoreList,
  parseProfile,
  roundUi,
  renderTemplate,
  summarise,
  ui,
  type FileResult,
  type Ignore,
  type Lang,
  type Profile,
} from '../core';
import { DEFAULT_LIMITS } from '../hosts/xlsx/guards';
import { writeTemplateWorkbook } from '../hosts/xlsx/write-new';
import { fsErrorSentence } from '../core/messages/fs-ui';
import { missingOutput, runBatch } from './batch';
import type { JobInput, JobOutput } from './pool';
import { escapeControls, quietOnClosedPipe, writeWaiting } from './terminal';
import { parseCliArgs, type CliOptions } from './args';
import { findWorkbooks, resultPath } from './files';
import { formatFileReport } from './report';
import { formatRound, writeSummary } from './summary';
import { writeJson, writeJsonText } from './json-out';

export interface MainIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /**
   * --json text for stdout as JSON.stringify writes it (json-out.ts writeJsonText), escaped here as it is encoded
   * (terminal.ts encodeJson); without it, the JSON goes to `stdout` escaped already.
   */
  stdoutJson?: (s: string) => void;
}

/** Control characters from cells and file names are escaped; a closed pipe ends the run quietly (terminal.ts). */
const defaultIO: MainIO = {
  stdout: (s) => writeOut(process.stdout, s),
  stderr: (s) => writeOut(process.stderr, s),
  stdoutJson: (s) => writeOut(process.stdout, s, true),
};

/** A long text (a report of 100,000 findings) is escaped and written a slice at a time, never copied whole. */
function writeOut(stream: NodeJS.WriteStream, s: string, json = false): void {
  quietOnClosedPipe(stream);
  if (s.length <= OUT_SLICE) {
    writeWaiting(stream, json ? s : escapeControls(s), json);
    return;
  }
  for (let i = 0; i < s.length;) {
    let end = Math.min(s.length, i + OUT_SLICE);
    // Never between the two halves of a surrogate pair (each slice is encoded to UTF-8 on its own).
    const c = s.charCodeAt(end - 1);
    if (end < s.length && c >= 0xd800 && c <= 0xdbff) end--;
    const slice = s.slice(i, end);
    writeWaiting(stream, json ? slice : escapeControls(slice), json);
    i = end;
  }
}

const OUT_SLICE = 1 << 20;

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

/** --ignore: the JSON list of findings set aside; a bad file is a sentence naming the entry and field at fault. */
async function loadIgnores(file: string, lang: Lang): Promise<{ ok: true; ignores: Ignore[] } | { ok: false; message: string }> {
  const t = ui(lang);
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, message: code ? fsErrorSentence('read', file, code, lang) : t.cliIgnoreNotJson(file) };
  }
  const r = parseIgnoreList(json);
  return r.ok ? r : { ok: false, message: t.cliIgnoreInvalid(file, r.problem.index, r.problem.field) };
}

/** --template: the blank workbook, never over an existing file (the open flag 'wx' refuses it atomically). */
async function writeTemplate(file: string, profile: Profile, lang: Lang): Promise<{ ok: true } | { ok: false; message: string }> {
  const t = ui(lang);
  try {
    await fs.writeFile(file, await writeTemplateWorkbook(renderTemplate(profile, lang)), { flag: 'wx' });
    return { ok: true };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { ok: false, message: e.code === 'EEXIST' ? t.cliTemplateExists(file) : t.cliTemplateFailed(file, e.message) };
  }
}

function reaches(r: FileResult, failOn: CliOptions['failOn']): boolean {
  if (failOn === 'never') return false;
  return r.summary.errors > 0 || (failOn === 'warning' && r.summary.warnings > 0);
}

/** --summary: the round's findings after the per-file results, then the 汇总 workbook. False when it cannot be written. */
async function roundSummary(
  target: string,
  outputs: JobOutput[],
  lang: Lang,
  profile: Profile,
  say: (s: string) => void,
): Promise<boolean> {
  const files = outputs.map((x) => ({ result: x.result, unreadable: x.unreadable }));
  const round = checkRound(files, profile);
  say(`${formatRound(round, files.length, lang, profile)}\n\n`);
  const w = await writeSummary(target, files, round, lang, profile);
  say(`${w.ok ? roundUi(lang).cliSummaryWrote(target) : w.message}\n`);
  return w.ok;
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

  let ignores: Ignore[] | undefined;
  if (o.ignore) {
    const r = await loadIgnores(o.ignore, o.lang);
    if (!r.ok) {
      io.stderr(`${r.message}\n`);
      return 2;
    }
    ignores = r.ignores;
  }

  if (o.template) {
    const w = await writeTemplate(o.template, profile ?? DEFAULT_PROFILE, o.lang);
    if (!w.ok) {
      io.stderr(`${w.message}\n`);
      return 2;
    }
    // With --json, stdout holds only the JSON of the checked files.
    (o.json && o.inputs.length ? io.stderr : io.stdout)(`${t.cliTemplateWrote(o.template)}\n`);
    if (o.inputs.length === 0) return 0;
  }

  const found = await findWorkbooks(o.inputs, o.out ? [o.out] : []);
  for (const m of found.missing) io.stderr(`${t.cliNotFound(m)}\n`);
  for (const e of found.errors) io.stderr(`${fsErrorSentence('list', e.path, e.code, o.lang)}\n`);
  for (const d of found.emptyFolders) io.stderr(`${t.cliNoFiles(d)}\n`);
  if (found.files.length === 0 && (found.missing.length === 0 || !o.json)) return 2;

  if (o.out) {
    try {
      await fs.mkdir(o.out, { recursive: true });
      if (!(await fs.stat(o.out)).isDirectory()) throw Object.assign(new Error(o.out), { code: 'EEXIST' });
    } catch (err) {
      io.stderr(`${fsErrorSentence('mkdir', o.out, (err as NodeJS.ErrnoException).code, o.lang)}\n`);
      return 2;
    }
  }
  const used = new Set<string>();
  const jobs: JobInput[] = found.files.map((file) => ({
    file,
    lang: o.lang,
    limits: { ...DEFAULT_LIMITS, ...o.limits },
    ...(profile ? { profile } : {}),
    ...(ignores ? { ignores } : {}),
    ...(o.out ? { target: resultPath(file, o.out, used) } : {}),
  }));
  const many = jobs.length > 1;
  const outputs: JobOutput[] = await runBatch(jobs, {
    ...(o.jobs ? { jobs: o.jobs } : {}),
    ...(o.memoryMb ? { memoryMb: o.memoryMb } : {}),
    ...(o.timeoutS ? { timeoutMs: o.timeoutS * 1000 } : {}),
    onStart: (i, n) => many && io.stderr(`${t.cliProgress(n, jobs.length, jobs[i].file)}\n`),
  });
  // Inputs that do not exist are results too (WB-UNREADABLE), so that --json lists every input.
  for (const m of found.missing) outputs.push(missingOutput(m, o.lang, profile));
  const writeErrors = outputs.filter((x) => x.writeError).length;
  for (const x of outputs) if (x.writeError) io.stderr(`${fsErrorSentence('write', x.writeError.target, x.writeError.code, o.lang)}\n`);
  const results = outputs.map((x) => x.result);
  const unreadable = outputs.filter((x) => x.unreadable).length + found.errors.length;
  for (const x of outputs) {
    if (o.json) continue;
    io.stdout(`${formatFileReport(x.result, o.lang, x.profileLine, o.explain)}\n`);
    if (x.written)
      io.stdout(
        `  ${t.cliWrote(x.written.target)}${x.written.mode === 'new' && x.written.reason ? `（${t.resultNew(x.written.reason)}）` : ''}\n`,
      );
    io.stdout('\n');
  }
  const summary = o.summary
    ? await roundSummary(o.summary, outputs, o.lang, profile ?? DEFAULT_PROFILE, o.json ? io.stderr : io.stdout)
    : true;
  if (o.json) {
    if (io.stdoutJson) writeJsonText(results, io.stdoutJson);
    else writeJson(results, io.stdout);
    io.stdout('\n');
  } else {
    const all = summarise([]);
    for (const r of results) {
      all.errors += r.summary.errors;
      all.warnings += r.summary.warnings;
      all.infos += r.summary.infos;
      all.ignored += r.summary.ignored ?? 0;
    }
    io.stdout(
      `${t.cliSummary(results.length, all.errors, all.warnings, all.infos, unreadable)}${all.ignored ? t.cliIgnoredTotal(all.ignored) : ''}\n`,
    );
  }
  if (unreadable > 0 || writeErrors > 0 || !summary) return 2;
  return results.some((r) => reaches(r, o.failOn)) ? 1 : 0;
}
