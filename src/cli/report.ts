/** The readable (non-JSON) report of the CLI, in the chosen language. */
import { collectGroups, recognitionLines, ui, type FileResult, type JsonFinding, type Lang } from '../core';

const MAX_LINES = 200;

/** `explain`: the recognition summary (识别情况) under the findings: what each sheet was read as, and what was skipped. */
export function formatFileReport(r: FileResult, lang: Lang, profileLine: string, explain = false): string {
  const t = ui(lang);
  const lines = [
    t.cliFile(r.file),
    `  ${profileLine}`,
    `  ${r.summary.errors + r.summary.warnings + r.summary.infos === 0 ? t.noProblems : t.counts(r.summary.errors, r.summary.warnings, r.summary.infos)}`,
  ];
  // One entry per cause (issue 11): the rule's name, the first finding's message, the code; then the group's cells.
  const open = r.findings.filter((f) => !f.ignored);
  const ignored = r.findings.filter((f) => f.ignored);
  const groups = collectGroups(open);
  for (const g of groups.slice(0, MAX_LINES)) {
    const f = g.items[0];
    lines.push(`  [${t.severity[f.severity]}] ${f.rule ? `${f.rule}${lang === 'en-US' ? ': ' : '：'}` : ''}${f.message}  ${f.code}`);
    if (g.items.length > 1) lines.push(`      ${t.sameCause(g.items.length)}${lang === 'en-US' ? ': ' : '：'}${cellList(g.items, lang)}`);
  }
  const listed = groups.slice(0, MAX_LINES).reduce((a, g) => a + g.items.length, 0);
  if (open.length > listed) lines.push(`  ${t.cliMore(open.length - listed)}`);
  // 已忽略: set aside by the user, each with its place and reason; never counted above.
  if (ignored.length) {
    const sep = lang === 'en-US' ? ': ' : '：';
    lines.push(`  ${t.ignoredHeading(ignored.length)}`);
    for (const f of ignored.slice(0, MAX_LINES))
      lines.push(`    ${f.sheet ? `${f.sheet}!${f.cell}` : f.cell} ${f.code}${sep}${f.ignored!.reason}`);
    if (ignored.length > MAX_LINES) lines.push(`  ${t.cliMore(ignored.length - MAX_LINES)}`);
  }
  if (r.shares.length) lines.push(`  ${t.cliShares(r.shares.length)}`);
  if (explain) {
    if (r.recognition) lines.push(...recognitionLines(r.recognition, lang).map((l) => `  ${l}`));
    else lines.push(`  ${t.recogHeading}${lang === 'en-US' ? ': ' : '：'}${t.recogNothing}`);
  }
  return lines.join('\n');
}

const MAX_CELLS = 30;

/** A group's places: sheet!cell, the first MAX_CELLS of them. */
function cellList(items: readonly JsonFinding[], lang: Lang): string {
  const sep = lang === 'en-US' ? ', ' : '、';
  const cells = items.map((f) => (f.sheet ? `${f.sheet}!${f.cell}` : f.cell)).filter(Boolean);
  const shown = cells.slice(0, MAX_CELLS).join(sep);
  return cells.length > MAX_CELLS ? `${shown}${sep}…` : shown;
}
