/**
 * 测算结果 (RULES.md "What the product writes back"): every town-year's amount and its computed 省级, 深圳市,
 * 河源市级, 紫金县级 shares (and 河源市 total), beside the submitted figures; totals by year and by source;
 * a by-town block that the chart draws. Sums are made in 分 (bigint), never in floating point.
 */
import { textWidth } from './text-width';
import { moneyText } from './money-text';
import type { AmountKey } from '../findings';
import { fenToNumber, formatFen, type Unit } from '../money';
import { amountLabel, ui, type Lang } from '../messages';
import type { CheckReport, ShareLine } from '../report';
import { toA1 } from '../a1';
import type { OutCell, OutputSheet } from './grid';
import { pushAll } from '../push-all';

const KEYS: readonly AmountKey[] = ['total', 'province', 'shenzhen', 'heyuan', 'heyuanCity', 'county'];
const SUBMITTED: readonly AmountKey[] = ['total', 'province', 'shenzhen', 'heyuanCity', 'county'];

const money = (fen: bigint, unit: Unit, style: OutCell['style'] = 'money'): OutCell => ({ v: fenToNumber(fen, unit), style });
const text = (v: string, style: OutCell['style'] = 'text'): OutCell => ({ v, style });

function zero(): Record<AmountKey, bigint> {
  return { total: 0n, province: 0n, shenzhen: 0n, heyuan: 0n, heyuanCity: 0n, county: 0n };
}

function add(acc: Record<AmountKey, bigint>, s: ShareLine): void {
  for (const k of KEYS) acc[k] += s.computed[k];
}

export function renderResults(report: CheckReport, lang: Lang): OutputSheet {
  const t = ui(lang);
  const p = report.profile;
  const label = (k: AmountKey) => amountLabel(k, lang, p);
  const units = [...new Set(report.shares.map((s) => s.unit))];
  const unitText = units.length ? units.join('、') : '万元';
  const header: OutCell[] = [
    text(t.colTown, 'header'),
    text(t.colYear, 'header'),
    text(t.colUnit, 'header'),
    ...KEYS.map((k) => text(label(k), 'header')),
    ...SUBMITTED.map((k) => text(t.colSubmitted(label(k)), 'header')),
    text(t.colSource, 'header'),
  ];
  const width = header.length;
  const rows: OutCell[][] = [[text(t.resultsTitle, 'title')], [text(t.resultsNote(unitText), 'note')], header];

  if (report.shares.length === 0) {
    rows.push([text(t.resultsEmpty, 'note')]);
    return { name: t.resultsSheet, key: 'results', rows, widths: widths(width), freezeRows: 3 };
  }

  for (const s of report.shares) {
    rows.push([
      text(s.town),
      { v: s.year, style: 'integer' },
      text(s.unit),
      ...KEYS.map((k) => money(s.computed[k], s.unit)),
      ...SUBMITTED.map((k) => (s.submitted[k] !== undefined ? money(s.submitted[k]!, s.unit) : { v: null })),
      { v: `${s.sheet}!${toA1(s.row, 1)}`, style: 'link', link: { sheet: s.sheet, cell: toA1(s.row, 1) } },
    ]);
  }

  // Totals by year (per unit, as the sheets may differ), then the grand total by source.
  const byYear = new Map<string, { year: number; unit: Unit; sum: Record<AmountKey, bigint> }>();
  const grand = new Map<Unit, Record<AmountKey, bigint>>();
  for (const s of report.shares) {
    const key = `${s.year}|${s.unit}`;
    if (!byYear.has(key)) byYear.set(key, { year: s.year, unit: s.unit, sum: zero() });
    add(byYear.get(key)!.sum, s);
    if (!grand.has(s.unit)) grand.set(s.unit, zero());
    add(grand.get(s.unit)!, s);
  }
  rows.push([]);
  for (const { year, unit, sum } of [...byYear.values()].sort((a, b) => a.year - b.year)) {
    rows.push([
      text(t.totalByYear(year), 'total'),
      { v: year, style: 'total' },
      text(unit, 'total'),
      ...KEYS.map((k) => money(sum[k], unit, 'totalMoney')),
    ]);
  }
  for (const [unit, sum] of grand)
    rows.push([
      text(t.grandTotal, 'total'),
      { v: null, style: 'total' },
      text(unit, 'total'),
      ...KEYS.map((k) => money(sum[k], unit, 'totalMoney')),
    ]);

  // By town over all years: the chart's data (one unit: the first; towns in plan order).
  rows.push([]);
  rows.push([text(t.byTownTitle, 'title')]);
  const chartUnit = units[0];
  const chartKeys: AmountKey[] = ['province', 'shenzhen', 'heyuanCity', 'county'];
  const headerRow = rows.length + 1;
  rows.push([text(t.colTown, 'header'), text(t.colUnit, 'header'), ...chartKeys.map((k) => text(label(k), 'header'))]);
  const byTown = new Map<string, Record<AmountKey, bigint>>();
  for (const s of report.shares) {
    if (s.unit !== chartUnit) continue;
    if (!byTown.has(s.town)) byTown.set(s.town, zero());
    add(byTown.get(s.town)!, s);
  }
  const firstRow = rows.length + 1;
  for (const [town, sum] of byTown) rows.push([text(town), text(chartUnit), ...chartKeys.map((k) => money(sum[k], chartUnit))]);
  const lastRow = rows.length;

  // The chart below the tables, from column A, on a printed page of its own (issue 12); the factor-method
  // what-if (四（十一）) below the chart's rows so the chart never covers it.
  rows.push([]);
  const chartRow = rows.length + 1;
  const chartBreak = rows.length;
  if (report.allocation) {
    while (rows.length < chartRow + CHART_ROWS) rows.push([]);
    rows.push([]);
    pushAll(rows, renderWhatIf(report, lang));
  }

  return {
    name: t.resultsSheet,
    key: 'results',
    rows,
    widths: fitWidths(rows, widths(width)),
    freezeRows: 3,
    rowBreaks: [chartBreak],
    chart: {
      title: t.chartTitle,
      headerRow,
      firstRow,
      lastRow,
      categoryCol: 1,
      seriesCols: [3, 4, 5, 6],
      anchor: { row: chartRow, col: 1, width: Math.min(width, 11), height: CHART_ROWS },
    },
  };
}

const CHART_ROWS = 20;

/**
 * The what-if block: each plan town's coefficient, its amount of the yearly pool and that amount's four shares,
 * beside the totals the fund sheets give it year by year; a total row that shows the parts add up to the pool.
 */
function renderWhatIf(report: CheckReport, lang: Lang): OutCell[][] {
  const a = report.allocation!;
  const p = report.profile;
  const t = ui(lang);
  const label = (k: AmountKey) => amountLabel(k, lang, p);
  const factorLabel = (k: string) => p.sheetAliases.factors[k]?.[0] ?? k;
  const weights = Object.entries(a.weights)
    .map(([k, w]) => `${factorLabel(k)} ${w}`)
    .join(lang === 'zh-CN' ? '、' : ', ');
  const years = [...new Set(a.lines.flatMap((l) => l.submitted.map((s) => s.year)))].sort((x, y) => x - y);
  const parts: AmountKey[] = ['province', 'shenzhen', 'heyuanCity', 'county'];
  const out: OutCell[][] = [
    [text(t.whatIfTitle, 'title')],
    [text(t.whatIfNote(weights, formatFen(a.pool, a.unit), p.towns.length, String(p.standard), a.sheet), 'note')],
    [
      text(t.colTown, 'header'),
      text(t.colScore, 'header'),
      text(t.colWhatIf, 'header'),
      ...parts.map((k) => text(label(k), 'header')),
      ...years.map((y) => text(t.colSubmittedYear(y), 'header')),
    ],
  ];
  const sum = zero();
  for (const l of a.lines) {
    for (const k of KEYS) sum[k] += l.shares[k];
    const byYear = new Map(l.submitted.map((s) => [s.year, s.total]));
    out.push([
      text(l.town),
      text(l.score),
      money(l.amount, a.unit),
      ...parts.map((k) => money(l.shares[k], a.unit)),
      ...years.map((y) => (byYear.has(y) ? money(byYear.get(y)!, a.unit) : { v: null })),
    ]);
  }
  out.push([
    text(t.grandTotal, 'total'),
    { v: null, style: 'total' },
    money(sum.total, a.unit, 'totalMoney'),
    ...parts.map((k) => money(sum[k], a.unit, 'totalMoney')),
  ]);
  return out;
}

/**
 * Column widths that fit the content (titles and notes, which run across, do not count): at least the given
 * widths, at most 40 characters; money as Excel shows it with #,##0.00.
 */
export function fitWidths(rows: readonly OutCell[][], base: readonly number[]): number[] {
  const out = [...base];
  for (const row of rows)
    row.forEach((c, i) => {
      if (c.v === null || c.style === 'title' || c.style === 'note') return;
      const shown = typeof c.v === 'number' ? (c.style === 'money' || c.style === 'totalMoney' ? moneyText(c.v) : String(c.v)) : c.v;
      out[i] = Math.min(40, Math.max(out[i] ?? 8, textWidth(shown, 40) + 2));
    });
  return out;
}

function widths(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === 0 ? 12 : i < 3 ? 8 : i === n - 1 ? 18 : 13));
}
