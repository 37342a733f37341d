/**
 * The 汇总 workbook of a round (issue 12): one sheet with a row per file (town or unit, counts, what was
 * recognised, status 通过/需修改/无法读取), one with every finding of every file and the cross-file findings
 * (ROUND-CONFLICT, ROUND-POOL), and one with every file's shares in that file's own unit (never added across
 * files). Plain grids; the hosts write them. Text from users' files is text, never a formula (grid.ts).
 */
import { amountLabel, formatFinding, ui, type Lang } from '../messages';
import { roundUi } from '../messages/round-ui';
import { decimalToFen, fenToNumber } from '../money';
import type { Profile } from '../profile';
import type { Finding } from '../findings';
import type { FileResult, JsonShare } from '../report';
import { roundStatus, type RoundFile } from '../round';
import type { OutCell, OutputSheet } from './grid';

/** A sheet of the 汇总 workbook: not one of the product's owned sheets of a checked workbook. */
export interface SummarySheet extends Omit<OutputSheet, 'key' | 'chart'> {
  key: 'files' | 'findings' | 'shares';
}

const text = (v: string, style: OutCell['style'] = 'text'): OutCell => ({ v, style });
const header = (labels: string[]): OutCell[] => labels.map((l) => text(l, 'header'));
const SHARE_KEYS = ['total', 'province', 'shenzhen', 'heyuanCity', 'county'] as const;

/** The town or unit a file speaks for: its own town (a town's submission), 全县 (a county table), or blank. */
export function scopeOf(r: FileResult, lang: Lang): string {
  const scope = r.recognition?.scope;
  if (scope?.kind === 'town') return scope.town;
  const towns = new Set(r.shares.map((s) => s.town));
  if (towns.size === 1) return [...towns][0];
  if (towns.size > 1 || scope?.kind === 'county') return roundUi(lang).county;
  return '';
}

/** What the file's sheets were read as, e.g. 「结对安排表、资金表」. */
export function recognisedAs(r: FileResult, lang: Lang): string {
  const s = roundUi(lang);
  const kinds = [...new Set((r.recognition?.sheets ?? []).map((x) => s.kind[x.as]).filter(Boolean))];
  if (kinds.length) return kinds.join(s.list);
  return r.shares.length ? s.kind['fund-by-town'] : s.notRecognised;
}

function filesSheet(files: readonly RoundFile[], round: readonly Finding[], lang: Lang): SummarySheet {
  const t = ui(lang);
  const s = roundUi(lang);
  const rows: OutCell[][] = [
    [text(s.filesTitle(files.length), 'title')],
    header([t.colFile, s.colScope, t.severity.error, t.severity.warning, t.severity.info, s.colRecognised, s.colStatus]),
  ];
  for (const f of files) {
    const st = roundStatus(f, round);
    const r = f.result;
    rows.push([
      text(r.file),
      text(f.unreadable ? '' : scopeOf(r, lang)),
      { v: r.summary.errors, style: 'integer' },
      { v: r.summary.warnings, style: 'integer' },
      { v: r.summary.infos, style: 'integer' },
      text(f.unreadable ? '' : recognisedAs(r, lang)),
      text(s.status[st], st === 'pass' ? 'info' : st === 'fix' ? 'warning' : 'error'),
    ]);
  }
  return { key: 'files', name: s.sheetFiles, rows, widths: [36, 12, 8, 8, 8, 28, 10], freezeRows: 2 };
}

function findingsSheet(files: readonly RoundFile[], round: readonly Finding[], lang: Lang, profile: Profile): SummarySheet {
  const t = ui(lang);
  const s = roundUi(lang);
  const rows: OutCell[][] = [
    [text(s.findingsTitle, 'title')],
    header([t.colFile, t.colSeverity, s.colRule, t.colSheet, t.colCell, t.colMessage, t.colExpected, t.colActual]),
  ];
  for (const f of round) {
    const cells = f.code === 'ROUND-CONFLICT' ? f.params.files.map((file, i) => `${file} ${f.params.cells[i] ?? ''}`.trim()) : [];
    rows.push([
      text(f.code === 'ROUND-CONFLICT' ? f.params.files.join(s.list) : s.round),
      text(t.severity[f.severity], f.severity),
      text(f.code),
      text(''),
      text(cells.join(s.list)),
      text(formatFinding(f, lang, profile)),
      text(f.expected ?? ''),
      text(f.actual ?? ''),
    ]);
  }
  for (const { result: r } of files) {
    for (const f of r.findings) {
      rows.push([
        text(r.file),
        text(t.severity[f.severity], f.severity),
        text(f.code),
        text(f.sheet),
        text(f.cell),
        text(f.message),
        text(f.expected),
        text(f.actual),
      ]);
    }
  }
  // 说明, 期望 and 实际 wrap in their columns.
  return { key: 'findings', name: s.sheetFindings, rows, widths: [30, 8, 20, 14, 12, 70, 16, 16], freezeRows: 2, wrapCols: [6, 7, 8] };
}

function shareCells(sh: JsonShare): OutCell[] {
  return SHARE_KEYS.map((k) => {
    const fen = decimalToFen(sh[k], sh.unit);
    return fen === null ? text(sh[k]) : { v: fenToNumber(fen, sh.unit), style: 'money' };
  });
}

function sharesSheet(files: readonly RoundFile[], lang: Lang, profile: Profile): SummarySheet {
  const t = ui(lang);
  const s = roundUi(lang);
  const rows: OutCell[][] = [
    [text(s.sharesTitle, 'title')],
    header([t.colFile, t.colTown, t.colYear, ...SHARE_KEYS.map((k) => amountLabel(k, lang, profile)), t.colUnit]),
  ];
  for (const { result: r } of files) {
    for (const sh of r.shares) rows.push([text(r.file), text(sh.town), { v: sh.year, style: 'integer' }, ...shareCells(sh), text(sh.unit)]);
  }
  return { key: 'shares', name: s.sheetShares, rows, widths: [30, 10, 7, 15, 15, 15, 15, 15, 7], freezeRows: 2 };
}

/**
 * The three sheets of the 汇总 workbook, in order: 文件, 问题, 分担. `round` is checkRound's answer for `files`.
 *
 * @example renderSummary(files, checkRound(files, profile), 'zh-CN', profile)
 */
export function renderSummary(files: readonly RoundFile[], round: readonly Finding[], lang: Lang, profile: Profile): SummarySheet[] {
  return [filesSheet(files, round, lang), findingsSheet(files, round, lang, profile), sharesSheet(files, lang, profile)];
}
