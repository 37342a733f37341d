/**
 * One workbook through the whole pipeline, for the CLI (and the page's worker): bytes → snapshot → engine →
 * JSON result, plus the result workbook when asked. Never throws; never writes the input.
 */
import {
  checkWorkbook,
  renderOutputs,
  toFileResult,
  unreadableReport,
  type CheckReport,
  type Ignore,
  type FileResult,
  type Lang,
  type OutputSheet,
  type Profile,
} from '../../core';
import type { ReadLimits } from './guards';
import { DEFAULT_LIMITS } from './guards';
import { readSnapshot } from './snapshot';
import { buildResultWorkbook, type ResultWorkbook } from './copykeep';

export interface CheckBytesOptions {
  lang?: Lang;
  profile?: Profile;
  profileSource?: 'default' | 'file';
  limits?: ReadLimits;
  /** Findings set aside (`--ignore`), on top of the workbook's own 忽略记录. */
  ignores?: readonly Ignore[];
  /** `ignores` replaces the workbook's own 忽略记录 (the page's list after 忽略 / 恢复). */
  ignoresOnly?: boolean;
  /**
   * false when no result workbook will be rendered from this check (the CLI without --out): the findings'
   * sentences are not kept for the 校验问题 sheet (core toFileResult). Default true.
   */
  keepWording?: boolean;
}

export interface Checked {
  report: CheckReport;
  result: FileResult;
  unreadable: boolean;
}

export async function checkBytes(bytes: Uint8Array, file: string, options: CheckBytesOptions = {}): Promise<Checked> {
  const lang = options.lang ?? 'zh-CN';
  const read = await readSnapshot(bytes, options.limits ?? DEFAULT_LIMITS);
  let report: CheckReport;
  if (!read.ok) {
    const { limit, size, max } = read;
    report = unreadableReport(read.reason, read.detail, options.profile, { ...(limit ? { limit, size, max } : {}) });
  } else {
    try {
      report = checkWorkbook(read.snapshot, {
        ...(options.profile ? { profile: options.profile } : {}),
        ...(options.profileSource ? { profileSource: options.profileSource } : {}),
        ...(options.ignores ? { ignores: options.ignores } : {}),
        ...(options.ignoresOnly ? { ignoresOnly: true } : {}),
      });
    } catch (err) {
      // The engine is built never to throw; if it ever does, the user still gets a finding, not a crash.
      report = unreadableReport('other', `internal error: ${(err as Error).message}`, options.profile);
    }
  }
  return { report, result: toFileResult(report, file, lang, options.keepWording ?? true), unreadable: !read.ok };
}

/** The result workbook's bytes: the input's copy with the product's sheets added, or a new workbook. */
export type ResultWriter = (input: Uint8Array, outputs: OutputSheet[]) => Promise<ResultWorkbook>;

export const resultWriter: ResultWriter = (input, outputs) => buildResultWorkbook(input, outputs);

export function outputsOf(checked: Checked, lang: Lang): OutputSheet[] {
  return renderOutputs(checked.report, lang);
}
