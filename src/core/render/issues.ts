/**
 * 校验问题: one row per finding, with a link to its cell, sorted by severity then sheet order (the report is
 * already sorted). Every string taken from the user's workbook is written as text, never as a formula.
 */
import { explainRule, findingRuleName, formatFinding, ui, type Lang } from '../messages';
import { collectGroups } from '../groups';
import type { Finding } from '../findings';
import type { CheckReport } from '../report';
import { summarise } from '../findings';
import type { OutCell, OutputSheet } from './grid';
import { recognitionRows } from './recognition';

/** The findings' header row stays frozen while it is this near the top (a long 识别情况 would freeze half the window). */
const MAX_FROZEN = 10;

/** The most distinct repeated cells one sheet shares (values beyond are cells of their own). */
const SHARED_CELLS = 10_000;
const NO_NUMBER: OutCell = Object.freeze({ v: null });

export interface RenderIssuesOptions {
  /** Most finding rows to write (Excel hosts cap it to keep a request small); the rest are counted. */
  maxRows?: number;
}

export function renderIssues(report: CheckReport, lang: Lang, options: RenderIssuesOptions = {}): OutputSheet {
  const t = ui(lang);
  const s = summarise(report.findings);
  const header: OutCell[] = [
    t.colNo,
    t.colSeverity,
    t.colCode,
    t.colSheet,
    t.colCell,
    t.colMessage,
    t.colExpected,
    t.colActual,
    t.colClause,
    t.basis,
    t.colFix,
  ].map((v) => ({ v, style: 'header' }));
  const rows: OutCell[][] = [
    [{ v: t.issuesTitle, style: 'title' }],
    [
      {
        v: `${t.counts(s.errors, s.warnings, s.infos)}${s.ignored ? `，${t.ignoredCount(s.ignored)}` : ''}。${t.profileUsed(report.profile.name, report.profileSource)}`,
        style: 'note',
      },
    ],
    // 识别情况: what was read, above the findings (issue 10), then a blank row.
    ...(report.recognition ? [...recognitionRows(report.recognition, lang, report.profile), []] : []),
    header,
  ];
  const frozen = rows.length;
  const max = options.maxRows ?? Infinity;
  const sep = lang === 'en-US' ? ': ' : '：';
  // One numbered entry per cause (issue 11): the rule's name and message, 「同一问题，共 N 处」, the basis and the fix;
  // then one row per further place of the group, so that every cell still has its link.
  // Cells that repeat (severity, code, sheet, clause, the rule's basis and fix, blanks, common values) are one shared
  // cell each, never changed by the writers: 200,000 finding rows hold their own message and link cells only.
  const shared = new Map<string, OutCell>();
  const text = (v: string): OutCell => {
    let c = shared.get(v);
    if (!c) {
      c = { v, style: 'text' };
      if (shared.size < SHARED_CELLS) shared.set(v, c);
    }
    return c;
  };
  const severity = new Map<Finding['severity'], OutCell>();
  const severityCell = (sev: Finding['severity']): OutCell => {
    let c = severity.get(sev);
    if (!c) severity.set(sev, (c = { v: t.severity[sev], style: sev }));
    return c;
  };
  const line = (f: Finding, no: number | null, head: string): OutCell[] => {
    const rule = explainRule(f.code, lang);
    return [
      no === null ? NO_NUMBER : { v: no, style: 'integer' },
      severityCell(f.severity),
      text(f.code),
      text(f.sheet),
      f.cell && f.sheet ? { v: f.cell, style: 'link', link: { sheet: f.sheet, cell: f.cell.split(':')[0] } } : text(''),
      { v: head, style: 'text' },
      text(f.expected ?? ''),
      text(f.actual ?? ''),
      text(f.clause),
      text(no === null ? '' : rule.quote),
      text(no === null ? '' : rule.fix),
    ];
  };
  let written = 0;
  let entry = 0;
  const open = report.findings.filter((f) => !f.ignored);
  const ignored = report.findings.filter((f) => f.ignored);
  for (const g of collectGroups(open)) {
    if (written >= max) break;
    const [first, ...rest] = g.items;
    const name = findingRuleName(first, lang, report.profile);
    const more = rest.length ? `（${t.sameCause(g.items.length)}）` : '';
    rows.push(line(first, ++entry, `${name}${sep}${formatFinding(first, lang, report.profile)}${more}`));
    written++;
    for (const f of rest) {
      if (written >= max) break;
      rows.push(line(f, null, formatFinding(f, lang, report.profile)));
      written++;
    }
  }
  if (open.length === 0) rows.push([{ v: null }, { v: t.noProblems, style: 'info' }]);
  // 已忽略: the findings set aside, each with its reason, in a section of their own (never counted above).
  if (ignored.length && written < max) {
    rows.push([], [{ v: t.ignoredHeading(ignored.length), style: 'title' }], [{ v: t.ignoredNote, style: 'note' }]);
    rows.push(header.slice(0, 9).concat({ v: t.colReason, style: 'header' }));
    for (const f of ignored) {
      if (written >= max) break;
      rows.push(
        line(f, null, `${findingRuleName(f, lang, report.profile)}${sep}${formatFinding(f, lang, report.profile)}`)
          .slice(0, 9)
          .concat({ v: f.ignored!.reason, style: 'text' }),
      );
      written++;
    }
  }
  if (report.findings.length > written) rows.push([{ v: null }, { v: t.issuesCapped(report.findings.length - written), style: 'note' }]);
  return {
    name: t.issuesSheet,
    key: 'issues',
    rows,
    widths: [6, 8, 20, 14, 10, 70, 14, 14, 12, 40, 40],
    // 说明, 期望, 实际, 依据 and 怎么改 wrap in their columns.
    wrapCols: [6, 7, 8, 10, 11],
    ...(frozen <= MAX_FROZEN ? { freezeRows: frozen } : {}),
  };
}
