/**
 * The recognition summary in words (识别情况), the same for every front: the CLI's `--explain`, the pane, the page
 * and the 校验问题 sheet. Issue 10: a result never passes a workbook silently, it says what it read.
 */
import { amountLabel, ui, type Lang } from '../messages';
import type { Profile } from '../profile';
import type { MappedColumn, Recognition, SheetRecognition } from '../recognition';
import type { OutCell } from './grid';

/** One sheet told: what it was read as (`as`), its facts (header, years, rows, unit), columns and skipped rows. */
export interface SheetText {
  sheet: string;
  recognised: boolean;
  /** 「资金表（按镇） · 宽表（年度分列）」 */
  as: string;
  /** 「表头 A3:Z4；年度 2021–2025；读取 80 行；单位 万元」, or why it was not recognised. */
  facts: string;
  /** 「列：省级 → D、I「省级财政资金」、…」, or '' */
  columns: string;
  /** One line per run of skipped rows. */
  skipped: string[];
}

export interface RecognitionText {
  heading: string;
  scope: string;
  sheets: SheetText[];
}

type Names = Pick<Profile, 'county' | 'city' | 'countyEn' | 'cityEn'>;

/** 2021–2025 for a run of years, 2021、2023 otherwise. */
export function formatYears(years: readonly number[], lang: Lang): string {
  const t = ui(lang);
  const ys = [...new Set(years)].sort((a, b) => a - b);
  if (ys.length > 2 && ys.every((y, i) => i === 0 || y === ys[i - 1] + 1)) return t.recogYearRange(ys[0], ys[ys.length - 1]);
  return ys.join(t.recogListSep);
}

function roleLabel(role: string, lang: Lang, profile?: Names): string {
  const t = ui(lang);
  return t.recogRole[role] ?? amountLabel(role, lang, profile);
}

/** Columns of the same role and header (one per year group in a wide table) are told once, with all their letters. */
function describeColumns(columns: readonly MappedColumn[], lang: Lang, profile?: Names): string {
  const t = ui(lang);
  const groups = new Map<string, { role: string; header: string; cols: string[] }>();
  for (const c of columns) {
    const key = `${c.role}\u0000${c.header}`;
    const g = groups.get(key) ?? { role: c.role, header: c.header, cols: [] };
    if (!g.cols.includes(c.col)) g.cols.push(c.col);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => t.recogColumn(roleLabel(g.role, lang, profile), g.cols.join(t.recogListSep), oneLine(g.header)))
    .join(t.recogListSep);
}

/** Header text as typed may hold line breaks; on one line they read as spaces. */
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** A reader's reason in words: a known key, 'missing: town, amount', or the text as given. */
function why(raw: string, lang: Lang): string {
  const t = ui(lang);
  const missing = /^missing:\s*(.+)$/.exec(raw);
  if (missing)
    return t.recogMissing(
      missing[1]
        .split(/\s*,\s*/)
        .map((k) => t.recogMissingCol[k] ?? k)
        .join(t.recogListSep),
    );
  return t.recogWhy[raw] ?? raw;
}

export function describeSheet(s: SheetRecognition, lang: Lang, profile?: Names): SheetText {
  const t = ui(lang);
  const recognised = s.as !== 'none';
  const as = [t.recogAs[s.as] ?? s.as, ...(s.layout ? [t.recogLayout[s.layout] ?? s.layout] : [])].join(' · ');
  const facts: string[] = [];
  if (!recognised) facts.push(s.why ? why(s.why, lang) : t.recogWhy['no-header']);
  if (s.town) facts.push(t.recogTown(s.town));
  if (s.header) facts.push(t.recogHeader(s.header));
  if (s.years?.length) facts.push(t.recogYears(formatYears(s.years, lang)));
  if (s.rows !== undefined) facts.push(t.recogRows(s.rows));
  if (s.unit) facts.push(t.recogUnit(s.unit));
  if (recognised && s.why) facts.push(why(s.why, lang));
  return {
    sheet: s.sheet,
    recognised,
    as,
    facts: facts.join(t.recogSep),
    columns: s.columns?.length ? t.recogColumns(describeColumns(s.columns, lang, profile)) : '',
    skipped: (s.skipped ?? []).map((k) => t.recogSkipped(k.rows, why(k.why, lang))),
  };
}

export function describeRecognition(rec: Recognition, lang: Lang, profile?: Names): RecognitionText {
  const t = ui(lang);
  return {
    heading: t.recogHeading,
    scope: rec.scope.kind === 'town' ? t.recogScopeTown(rec.scope.town) : t.recogScopeCounty,
    sheets: rec.sheets.map((s) => describeSheet(s, lang, profile)),
  };
}

/** Plain lines: the scope, then per sheet 「name」kind: facts, with its columns and skipped rows indented. */
export function recognitionLines(rec: Recognition, lang: Lang, profile?: Names): string[] {
  const d = describeRecognition(rec, lang, profile);
  const colon = lang === 'en-US' ? ': ' : '：';
  const lines = [`${d.heading}${colon}${d.scope}`];
  for (const s of d.sheets) {
    lines.push(`  ${lang === 'en-US' ? `'${s.sheet}'` : `「${s.sheet}」`} ${s.as}${s.facts ? `${colon}${s.facts}` : ''}`);
    if (s.columns) lines.push(`    ${s.columns}`);
    for (const k of s.skipped) lines.push(`    ${k}`);
  }
  return lines;
}

/**
 * The rows above the findings of 校验问题: 「识别情况：…」, then one row per sheet under the findings' columns —
 * what it was read as (代码), the sheet (工作表), its header range as a link (单元格), and the facts (说明).
 */
export function recognitionRows(rec: Recognition, lang: Lang, profile?: Names): OutCell[][] {
  const d = describeRecognition(rec, lang, profile);
  const t = ui(lang);
  const rows: OutCell[][] = [[{ v: `${d.heading}${lang === 'en-US' ? ': ' : '：'}${d.scope}`, style: 'note' }]];
  rec.sheets.forEach((s, i) => {
    const text = d.sheets[i];
    const start = s.header?.split(':')[0];
    rows.push([
      { v: null },
      { v: null },
      { v: text.as, style: text.recognised ? 'text' : 'warning' },
      { v: s.sheet, style: 'text' },
      start ? { v: s.header ?? '', style: 'link', link: { sheet: s.sheet, cell: start } } : { v: '', style: 'text' },
      { v: [text.facts, text.columns, ...text.skipped].filter(Boolean).join(t.recogSep), style: 'text' },
    ]);
  });
  return rows;
}
