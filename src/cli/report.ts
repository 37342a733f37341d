/** The readable (non-JSON) report of the CLI, in the chosen language. */
import { recognitionLines, ui, type FileResult, type Lang } from '../core';

const MAX_LINES = 200;

/** `explain`: the recognition summary (识别情况) under the findings: what each sheet was read as, and what was skipped. */
export function formatFileReport(r: FileResult, lang: Lang, profileLine: string, explain = false): string {
  const t = ui(lang);
  const lines = [
    t.cliFile(r.file),
    `  ${profileLine}`,
    `  ${r.summary.errors + r.summary.warnings + r.summary.infos === 0 ? t.noProblems : t.counts(r.summary.errors, r.summary.warnings, r.summary.infos)}`,
  ];
  for (const f of r.findings.slice(0, MAX_LINES)) {
    lines.push(`  [${t.severity[f.severity]}] ${f.code} ${f.message}`);
  }
  if (r.findings.length > MAX_LINES) lines.push(`  ${t.cliMore(r.findings.length - MAX_LINES)}`);
  if (r.shares.length) lines.push(`  ${t.cliShares(r.shares.length)}`);
  if (explain) {
    if (r.recognition) lines.push(...recognitionLines(r.recognition, lang).map((l) => `  ${l}`));
    else lines.push(`  ${t.recogHeading}${lang === 'en-US' ? ': ' : '：'}${t.recogNothing}`);
  }
  return lines.join('\n');
}
