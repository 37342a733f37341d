/**
 * Allocation among towns — 四（十一）: 筹集资金将由我县结合各镇面积、人口、行政村数量、脱贫人口以及美丽乡村风貌带、
 * 高速公路沿线等因素统筹使用. The plan fixes the factors but not their weights, so the factor method is checked only
 * when weights are given (the factor sheet's 权重 row, or the profile): ALLOC-NO-WEIGHTS, ALLOC-WEIGHTS,
 * ALLOC-FACTOR-MISSING, ALLOC-DEVIATION. Everything is exact: weights and factor values are bigint fractions,
 * amounts are 分.
 */
import { toA1Range } from '../a1';
import { makeFinding, type Finding } from '../findings';
import {
  addR,
  compareR,
  divR,
  formatFen,
  formatRational,
  mulR,
  numberToFen,
  ONE,
  parseRational,
  splitByWeights,
  splitShares,
  sumR,
  ZERO,
  type Rational,
  type Shares,
  formatCents,
  type Unit,
} from '../money';
import type { Profile } from '../profile';
import type { RecordRow, RecordTable } from '../recognise/records';
import { textOf } from '../recognise/records';
import type { FundTable } from '../recognise/tables';
import { normaliseName } from '../recognise/text';
import { isCellError, type CellRef, type CellValue, type Located } from '../types';
import type { FundLine } from './fund';
import { resolveTown } from './towns';
import { pushAll } from '../push-all';
import type { Check, CheckContext } from './registry';
import { fundResults } from './fund';

/** What one plan town gets under the factor method, beside what the fund sheets give it. */
export interface AllocationLine {
  town: string;
  /** Index of the town in `profile.towns`. */
  townIndex: number;
  /** The town's coefficient Σ_k weight_k × value_k / Σ_towns value_k, as decimal text to 6 places. */
  score: string;
  /** The what-if amount in 分: the pool split by the coefficients (largest remainder, adds up to the pool). */
  amount: bigint;
  /** `amount` split 省 : 深圳 : 河源, then 市 : 县 (splitShares). */
  shares: Shares;
  /** The town's pool amount on each fund sheet row (分), for comparison. */
  submitted: { year: number; total: bigint; sheet: string; row: number }[];
}

/**
 * The factor-method what-if of 四（十一）: weights by factor key (decimal text, as fractions of 1), the yearly pool
 * (plan towns × standard, in 分; `unit` says how to show it) and one line per plan town in plan order.
 */
export interface Allocation {
  /** The factor sheet the values were read from. */
  sheet: string;
  weights: Record<string, string>;
  pool: bigint;
  unit: '万元';
  lines: AllocationLine[];
}

export interface AllocationCheck {
  findings: Finding[];
  allocation?: Allocation;
}

type Cell = Located<CellValue> | undefined;

/**
 * Checks the allocation among towns against the factor method. No factor sheet: nothing to say. Weights never
 * invented: without a 权重 row or `profile.weights`, one ALLOC-NO-WEIGHTS and nothing else. Never throws.
 */
export function checkAllocation(
  factors: readonly RecordTable[],
  funds: readonly { table: FundTable; lines: readonly FundLine[] }[],
  profile: Profile,
): AllocationCheck {
  const table = factors.find((t) => t.kind === 'factor');
  if (!table) return { findings: [] };
  const out: Finding[] = [];
  const keys = Object.keys(profile.sheetAliases.factors);
  const label = (k: string) => table.columns[k]?.label ?? profile.sheetAliases.factors[k]?.[0] ?? k;

  // A 权重 row left blank (as the template gives it) is no weights at all, not weights adding up to 0.
  const sheetGivesWeights = table.weightRow && keys.some((k) => !isBlank(table.weightRow!.cells[k]?.raw));
  const read = sheetGivesWeights ? sheetWeights(table, keys, label) : profile.weights ? profileWeights(table, profile.weights) : null;
  if (!read) return { findings: [makeFinding('ALLOC-NO-WEIGHTS', { sheet: table.sheet }, {})] };
  pushAll(out, read.findings);
  const weights = read.weights;

  // Plan towns' rows (the first row of each; other towns are reported by other checks).
  const rowOf = new Map<number, RecordRow>();
  for (const r of table.rows) {
    const m = resolveTown(textOf(r.cells.town), profile);
    if (m.kind === 'plan' && !rowOf.has(m.index)) rowOf.set(m.index, r);
  }
  const weighted = [...weights.entries()].filter(([, w]) => w.num > 0n).map(([k]) => k);

  // ALLOC-FACTOR-MISSING: a weighted factor with no column, a plan town with no row, a blank or non-number cell.
  for (const k of weighted) {
    if (!table.columns[k]) out.push(makeFinding('ALLOC-FACTOR-MISSING', { sheet: table.sheet }, { what: 'column', factor: label(k) }));
  }
  const values = profile.towns.map((t, i) => {
    const r = rowOf.get(i);
    const v = new Map<string, Rational>();
    if (!r) {
      out.push(makeFinding('ALLOC-FACTOR-MISSING', townColumn(table), { what: 'town', town: t.name }, { expected: t.name }));
      return v;
    }
    for (const k of weighted) {
      if (!table.columns[k]) continue;
      const x = factorValue(r.cells[k], profile);
      if (x) v.set(k, x);
      else if (r.cells[k])
        out.push(
          makeFinding(
            'ALLOC-FACTOR-MISSING',
            r.cells[k]!.ref,
            { what: 'value', town: t.name, factor: label(k) },
            { actual: shownText(r.cells[k]) },
          ),
        );
    }
    return v;
  });
  if (!read.valid) return { findings: out };

  // Coefficients: Σ_k w_k × v_tk / Σ_t v_tk; a factor whose column adds up to 0 contributes nothing.
  const coef = profile.towns.map(() => ZERO);
  for (const k of weighted) {
    const total = sumR(values.map((v) => v.get(k) ?? ZERO));
    if (total.num === 0n) continue;
    const w = weights.get(k)!;
    values.forEach((v, i) => {
      const x = v.get(k);
      if (x) coef[i] = addR(coef[i], mulR(w, divR(x, total)));
    });
  }
  if (sumR(coef).num === 0n) return { findings: out };

  const perTown = numberToFen(profile.standard, '万元') ?? 0n;
  const pool = perTown * BigInt(profile.towns.length);
  const amounts = splitByWeights(pool, coef);
  const lines: AllocationLine[] = profile.towns.map((t, i) => ({
    town: t.name,
    townIndex: i,
    score: formatRational(coef[i], 6),
    amount: amounts[i],
    shares: splitShares(amounts[i], profile),
    submitted: [],
  }));

  // ALLOC-DEVIATION (RULES.md "Additions"): one warning per sheet and year naming how many towns are off the what-if
  // and the largest deviations; a town's own warning only beyond allocTolerance of its what-if amount.
  const tol = numberToFen(profile.allocation.tolerance, '万元') ?? 0n;
  const tolerance = formatFen(tol, '万元');
  for (const { table: fund, lines: fl } of funds) {
    const years = new Map<number, Deviation[]>();
    for (const l of fl) {
      if (l.duplicate || l.pool === undefined) continue;
      const line = lines[l.townIndex];
      if (!line) continue;
      line.submitted.push({ year: l.year, total: l.pool, sheet: fund.sheet, row: l.row.row });
      const d = l.pool - line.amount;
      if ((d < 0n ? -d : d) <= tol) continue;
      if (!years.has(l.year)) years.set(l.year, []);
      years
        .get(l.year)!
        .push({ town: l.town, d, pool: l.pool, amount: line.amount, where: l.row.amountAt('total')?.ref ?? l.row.town.ref });
    }
    for (const [year, devs] of [...years.entries()].sort((a, b) => a[0] - b[0])) {
      pushAll(out, deviationFindings(fund.sheet, fund.unit, year, devs, tolerance, profile.allocation.allocTolerance));
    }
  }
  const weightText: Record<string, string> = {};
  for (const [k, w] of weights) weightText[k] = formatRational(w);
  return { findings: out, allocation: { sheet: table.sheet, weights: weightText, pool, unit: '万元', lines } };
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

interface WeightRead {
  weights: Map<string, Rational>;
  findings: Finding[];
  /** Every weight read and they add up to exactly 1: the what-if can be made. */
  valid: boolean;
}

/**
 * The 权重 row: one cell per factor column. 0.3, "30%" and, when they add up to 100 (or clearly are percentages),
 * 30 are all 30 %. A blank cell is a weight of 0; a cell that is not a number is ALLOC-WEIGHTS on that cell.
 */
function sheetWeights(table: RecordTable, keys: readonly string[], label: (k: string) => string): WeightRead {
  const row = table.weightRow!;
  const findings: Finding[] = [];
  const raw = new Map<string, Rational>();
  let percentText = false;
  let left = Infinity;
  let right = 0;
  for (const k of keys) {
    const c = row.cells[k];
    if (!table.columns[k] || !c) continue;
    left = Math.min(left, c.ref.col);
    right = Math.max(right, c.ref.col);
    const v = c.raw;
    if (isBlank(v)) {
      raw.set(k, ZERO);
      continue;
    }
    const r = typeof v === 'number' || typeof v === 'string' ? parseRational(v) : null;
    if (!r || r.num < 0n) {
      findings.push(makeFinding('ALLOC-WEIGHTS', c.ref, { source: 'sheet', factor: label(k) }, { actual: shownText(c) }));
      continue;
    }
    if (typeof v === 'string' && v.trim().endsWith('%')) percentText = true;
    raw.set(k, r);
  }
  if (findings.length) return { weights: raw, findings, valid: false };
  const rawSum = sumR([...raw.values()]);
  // Plain 30 / 20 / … typed for percentages: any sum of 10 or more cannot be fractions of 1.
  const percent = percentText || compareR(rawSum, { num: 10n, den: 1n }) >= 0;
  const hundred = { num: 100n, den: 1n };
  const weights = new Map([...raw].map(([k, w]) => [k, percent && !percentText ? divR(w, hundred) : w]));
  const sum = sumR([...weights.values()]);
  if (compareR(sum, ONE) === 0) return { weights, findings, valid: true };
  const where =
    right > 0 ? { sheet: table.sheet, cell: toA1Range(row.row, left, row.row, right), row: row.row, col: left } : { sheet: table.sheet };
  const extras = percent
    ? { expected: '100%', actual: `${formatRational(mulR(sum, hundred))}%` }
    : { expected: '1', actual: formatRational(sum) };
  findings.push(makeFinding('ALLOC-WEIGHTS', where, { source: 'sheet' }, extras));
  return { weights, findings, valid: false };
}

/** `profile.weights` (a 规则参数 sheet or a profile file), read as the decimals they show. */
function profileWeights(table: RecordTable, given: Record<string, number>): WeightRead {
  const weights = new Map<string, Rational>();
  for (const [k, w] of Object.entries(given)) weights.set(k, parseRational(w) ?? ZERO);
  const sum = sumR([...weights.values()]);
  if (compareR(sum, ONE) === 0) return { weights, findings: [], valid: true };
  return {
    weights,
    findings: [makeFinding('ALLOC-WEIGHTS', { sheet: table.sheet }, { source: 'profile' }, { expected: '1', actual: formatRational(sum) })],
    valid: false,
  };
}

/**
 * A factor value: a number or text number ≥ 0; for yes/no factors (美丽乡村风貌带, 沿高速) a yes word is 1 and a
 * no word 0. Null when blank, an error, negative or not a number.
 */
function factorValue(c: Cell, profile: Profile): Rational | null {
  const v = c?.raw ?? null;
  if (v === null || isCellError(v)) return null;
  if (typeof v === 'boolean') return v ? ONE : ZERO;
  let r: Rational | null;
  if (typeof v === 'number') r = parseRational(v);
  else {
    const t = normaliseName(v);
    if (t === '') return null;
    if (profile.words.yes.includes(t)) return ONE;
    if (profile.words.no.includes(t)) return ZERO;
    r = parseRational(t);
  }
  return r && r.num >= 0n ? r : null;
}

function shownText(c: Cell): string {
  const v = c?.raw ?? null;
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  return String(v);
}

/** The factor sheet's town column over its data rows (or its header cell when it has none). */
function townColumn(table: RecordTable) {
  const col = table.columns.town;
  if (!col) return { sheet: table.sheet };
  if (table.rows.length === 0) return col.ref;
  const top = table.rows[0].row;
  const bottom = table.rows[table.rows.length - 1].row;
  return { sheet: table.sheet, cell: toA1Range(top, col.col, bottom, col.col), row: top, col: col.col };
}

interface Deviation {
  town: string;
  /** Submitted pool minus the what-if amount, in 分. */
  d: bigint;
  pool: bigint;
  amount: bigint;
  where: CellRef;
}

const LARGEST = 3;

/** A year's ALLOC-DEVIATION: the year's warning (towns off, largest first), then each town beyond `share` of its amount. */
function deviationFindings(sheet: string, unit: Unit, year: number, devs: Deviation[], tolerance: string, share: number): Finding[] {
  const abs = (x: bigint) => (x < 0n ? -x : x);
  const sorted = [...devs].sort((a, b) => (abs(b.d) > abs(a.d) ? 1 : abs(b.d) < abs(a.d) ? -1 : 0));
  const largest = sorted.slice(0, LARGEST).map((v) => `${v.town} ${v.d > 0n ? '+' : '−'}${formatCents(abs(v.d), unit)}`);
  // The rows' span by a loop, never Math.min(...rows): a what-if plan's year may have more towns than a call takes arguments.
  let top = Infinity;
  let bottom = -Infinity;
  for (const v of devs) {
    if (v.where.row < top) top = v.where.row;
    if (v.where.row > bottom) bottom = v.where.row;
  }
  const cols = new Set(devs.map((v) => v.where.col));
  const col = devs[0].where.col;
  const where = cols.size === 1 ? { sheet, cell: toA1Range(top, col, bottom, col), row: top, col } : { sheet };
  const out: Finding[] = [makeFinding('ALLOC-DEVIATION', where, { town: '', year, tolerance, unit, towns: devs.length, largest })];
  // share × amount, exactly: share is a decimal like 0.1.
  const r = parseRational(share) ?? ZERO;
  for (const v of devs) {
    if (abs(v.d) * r.den <= abs(v.amount) * r.num) continue;
    out.push(
      makeFinding(
        'ALLOC-DEVIATION',
        v.where,
        { town: v.town, year, tolerance, unit, share: formatRational(r) },
        { expected: formatCents(v.amount, unit), actual: formatCents(v.pool, unit) },
      ),
    );
  }
  return out;
}

/** The factor-method what-if of the workbook, computed once per run (the engine reports it beside the findings). */
export function allocationResult(ctx: CheckContext): AllocationCheck {
  return ctx.memo('allocation', () => checkAllocation(ctx.records('factor'), fundResults(ctx), ctx.profile));
}

/** The registry entry: the allocation among towns against the factor method. */
export const allocationCheck: Check = {
  id: 'allocation',
  codes: ['ALLOC-NO-WEIGHTS', 'ALLOC-WEIGHTS', 'ALLOC-FACTOR-MISSING', 'ALLOC-DEVIATION'],
  run: (ctx) => allocationResult(ctx).findings,
};
