/**
 * A fund row's arithmetic as findings — 四（十一）. A row that adds up and follows the ratios gets at most
 * FUND-ROUNDING notes; a row that does not gets one finding: on the one cell that explains it, with the value to
 * type as `expected` (diagnose.ts), or on the row, naming the cells to look at.
 */
import { toA1, toA1Range } from '../a1';
import { makeFinding, type AmountKey, type Finding } from '../findings';
import type { Profile } from '../profile';
import type { AmountCell } from '../recognise/amount';
import type { FundRow, FundTable } from '../recognise/tables';
import { fmt, type RowFigures } from './amounts';
import { diagnoseRow } from './diagnose';
import { isRowError, rowIssues, type RowIssue, type RowValues } from './fund-row';

type Where = { sheet: string; cell: string; row: number; col: number };

const KEYS = ['total', 'province', 'shenzhen', 'heyuan', 'heyuanCity', 'county'] as const;

/** Pushes the row's arithmetic findings onto `out`; returns the row's amounts once fixed, when one cell explains it. */
export function rowArithmetic(
  e: FundRow,
  f: RowFigures,
  who: { town: string; year: number },
  table: FundTable,
  profile: Profile,
  tol: bigint,
  out: Finding[],
): Partial<Record<AmountKey, bigint>> | undefined {
  const values: Partial<Record<AmountKey, bigint>> = {};
  // 河源市 summed from 市级 + 县级 is not a typed value (left out, not deleted: a delete makes a slow object).
  for (const k of KEYS) if (f[k] !== undefined && !(k === 'heyuan' && f.heyuanDerived)) values[k] = f[k];
  const r: RowValues = { values, others: f.others, heyuanColumn: table.columns.heyuan !== undefined };
  const issues = rowIssues(r, profile, tol);
  if (issues.length === 0) return undefined;
  const unit = table.unit;
  const where = (k: AmountKey): Where | undefined => {
    const c = e.amountAt(k);
    if (c) return refOf(c);
    const city = k === 'heyuan' ? e.amountAt('heyuanCity') : undefined;
    const county = k === 'heyuan' ? e.amountAt('county') : undefined;
    if (city && county) return span([refOf(city), refOf(county)]);
    return undefined;
  };
  const errors = issues.filter(isRowError);
  if (errors.length === 0) {
    for (const i of issues) {
      const at = where(i.key);
      if (at) out.push(finding(i, at, who, unit, profile));
    }
    return undefined;
  }
  const d = diagnoseRow(r, profile, tol);
  if (d.kind === 'cell') {
    const at = where(d.key);
    if (!at) return undefined;
    const code = d.key === 'total' ? 'FUND-SUM' : d.key === 'heyuanCity' || d.key === 'county' ? 'FUND-LOCAL-SPLIT' : 'FUND-SHARE';
    out.push(finding({ code, key: d.key, expected: d.expected, actual: values[d.key]! }, at, who, unit, profile));
    return d.fixed;
  }
  // Each candidate's cell is looked up once (a cell is made for each look-up).
  const cells: Where[] = [];
  const candidates: string[] = [];
  // 实际: the candidates' values as the row has them (「40.00 / -160.00」), so that an ignore of the row lapses when
  // any of them changes (ignores.ts keys on the actual value).
  let actual = '';
  let shown = 0;
  for (const k of d.candidates) {
    const at = where(k);
    if (!at) continue;
    cells.push(at);
    candidates.push(at.cell);
    const v = values[k];
    if (v !== undefined) actual = shown++ === 0 ? fmt(v, unit) : `${actual} / ${fmt(v, unit)}`;
  }
  if (cells.length === 0) return undefined;
  out.push(rowFinding(errors[0], span(cells), who, candidates, actual));
  return undefined;
}

function refOf(c: AmountCell): Where {
  return { sheet: c.ref.sheet, cell: toA1(c.ref.row, c.ref.col), row: c.ref.row, col: c.ref.col };
}

function span(cells: Where[]): Where {
  if (cells.length === 1) return cells[0];
  let top = cells[0].row;
  let left = cells[0].col;
  let bottom = top;
  let right = left;
  for (let i = 1; i < cells.length; i++) {
    const c = cells[i];
    if (c.row < top) top = c.row;
    if (c.row > bottom) bottom = c.row;
    if (c.col < left) left = c.col;
    if (c.col > right) right = c.col;
  }
  return { sheet: cells[0].sheet, cell: toA1Range(top, left, bottom, right), row: top, col: left };
}

const RATIO_TEXT = new WeakMap<readonly { ratio: number }[], string>();

/** 「6:3:1」: a profile's ratios as the finding names them, made once per profile (not once per finding). */
function ratioText(parts: readonly { ratio: number }[]): string {
  let t = RATIO_TEXT.get(parts);
  if (t === undefined) {
    t = parts.map((p) => p.ratio).join(':');
    RATIO_TEXT.set(parts, t);
  }
  return t;
}

function finding(i: RowIssue, at: Where, who: { town: string; year: number }, unit: FundTable['unit'], profile: Profile): Finding {
  const ea = { expected: fmt(i.expected, unit), actual: fmt(i.actual, unit) };
  const { town, year } = who;
  switch (i.code) {
    case 'FUND-SUM':
      return makeFinding('FUND-SUM', at, who, ea);
    case 'FUND-SHARE':
      return makeFinding('FUND-SHARE', at, { town, year, source: i.key, ratio: ratioText(profile.sources) }, ea);
    case 'FUND-LOCAL-SPLIT':
      return makeFinding('FUND-LOCAL-SPLIT', at, { town, year, part: i.key, ratio: ratioText(profile.localSplit) }, ea);
    case 'FUND-ROUNDING':
      return makeFinding('FUND-ROUNDING', at, { town, year, source: i.key }, ea);
  }
}

/** No one cell explains the row: one finding on the row, naming the cells to look at. */
function rowFinding(first: RowIssue, at: Where, who: { town: string; year: number }, candidates: string[], actual: string): Finding {
  const extras = actual ? { actual } : {};
  switch (first.code) {
    // Params written out key by key in the spread's order (a spread of `who` per finding was slow).
    case 'FUND-SUM':
      return makeFinding('FUND-SUM', at, { town: who.town, year: who.year, candidates }, extras);
    case 'FUND-LOCAL-SPLIT':
      return makeFinding('FUND-LOCAL-SPLIT', at, { town: who.town, year: who.year, part: first.key, candidates }, extras);
    default:
      return makeFinding('FUND-SHARE', at, { town: who.town, year: who.year, source: first.key, candidates }, extras);
  }
}
