/**
 * `bangfu-check --summary 汇总.xlsx` (issue 12): the round's cross-file findings, printed after the per-file
 * results, and the 汇总 workbook (文件, 问题, 分担) written to a temporary name beside the target and renamed,
 * so a failed write never leaves half a file under the wanted name.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { formatFinding, renderSummary, roundUi, ui, type Finding, type Lang, type Profile, type RoundFile } from '../core';
import { writeSummaryWorkbook } from '../hosts/xlsx/write-new';

/** The round's findings as the CLI prints them, one line each, after the per-file results. */
export function formatRound(round: readonly Finding[], files: number, lang: Lang, profile: Profile): string {
  const t = ui(lang);
  const s = roundUi(lang);
  if (round.length === 0) return s.cliRoundNone;
  const lines = [s.cliRound(files)];
  for (const f of round) {
    const cells =
      f.code === 'ROUND-CONFLICT' ? ` ${f.params.files.map((x, i) => `${x} ${f.params.cells[i] ?? ''}`.trim()).join(s.list)}` : '';
    lines.push(`  [${t.severity[f.severity]}] ${f.code} ${formatFinding(f, lang, profile)}${cells}`);
  }
  return lines.join('\n');
}

/** Writes the 汇总 workbook; the error is a sentence of the catalog. */
export async function writeSummary(
  target: string,
  files: readonly RoundFile[],
  round: readonly Finding[],
  lang: Lang,
  profile: Profile,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(tmp, await writeSummaryWorkbook(renderSummary(files, round, lang, profile)), { flag: 'wx' });
    await fs.rename(tmp, target);
    return { ok: true };
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    return { ok: false, message: roundUi(lang).cliSummaryFailed(target, (err as Error).message) };
  }
}
