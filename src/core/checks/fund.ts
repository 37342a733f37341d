/**
 * Fund sheets (资金筹集 / 资金分配) — 四（十一）: 2021—2025, on average 2000 万元 a town a year, shared by
 * 广东省 : 深圳市 : 河源市 = 6 : 3 : 1, and 河源市's part by 河源市 : 紫金县 = 2 : 8.
 */
import { toA1Range } from '../a1';
import { makeFinding, type AmountKey, type Finding } from '../findings';
import { numberToFen, splitShares, type Shares } from '../money';
import type { Profile } from '../profile';
import type { FundRow, FundTable } from '../recognise/tables';
import { AMOUNT_KEYS } from '../recognise/vocabulary';
import { isCellError } from '../types';
import { absDiff, fmt, poolAmount, readingFindings, readsQuietly, rowFiguresOf, toleranceFen } from './amounts';
import { checkTotalRows } from './fund-totals';
import { rowArithmetic } from './fund-cells';
import { rowPool } from './fund-row';
import { pushAll } from '../push-all';
import { resolveFundTown, unknownTownParams } from './towns';
import { townYearMap } from './town-years';
import type { Check, CheckContext } from './registry';
import type { Scope } from '../recognition';

/** A fund row that names a plan town and a year of the plan, with its pool amount where readable. */
export interface FundLine {
  row: FundRow;
  town: string;
  townIndex: number;
  year: number;
  pool?: bigint;
  /** The exact split of `pool`. */
  shares?: Shares;
  duplicate: boolean;
}

export interface FundCheck {
  findings: Finding[];
  lines: FundLine[];
}

export interface FundCheckOptions {
  /** A town's own submission: no FUND-ROW-MISSING or FUND-POOL about the other towns (RULES.md "Additions"). */
  scope?: Scope;
}

export function checkFund(table: FundTable, profile: Profile, options: FundCheckOptions = {}): FundCheck {
  const out: Finding[] = [];
  const lines: FundLine[] = [];
  const unit = table.unit;
  const tol = toleranceFen(profile, unit);
  const { first, last } = profile.years;
  const label = (k: AmountKey) => table.columns[k]?.label ?? k;
  const seen = townYearMap<FundRow>(profile.towns.length, first, last);
  const fixes = new Map<number, Partial<Record<AmountKey, bigint>>>();
  const sectionsSaid = new Set<string>();

  for (const c of table.others) out.push(makeFinding('FUND-OTHER-STREAM', c.ref, { column: c.label }));
  if (!table.year && !table.sheetYear) out.push(makeFinding('FUND-HEADER', table.town.ref, { missing: ['year'] }));
  if (table.sheetYear && table.sheetYear.from !== 'section' && (table.sheetYear.value < first || table.sheetYear.value > last)) {
    const where = table.sheetYear.ref ?? { sheet: table.sheet };
    out.push(
      makeFinding(
        'FUND-YEAR-RANGE',
        where,
        { year: table.sheetYear.value, first, last },
        { expected: `${first}—${last}`, actual: String(table.sheetYear.value) },
      ),
    );
  }

  for (const e of table.entries) {
    if (e.kind !== 'row') {
      for (const k of Object.keys(e.amounts) as AmountKey[]) pushAll(out, readingFindings(e.amounts[k], label(k)));
      e.others.forEach((o, i) => pushAll(out, readingFindings(o, table.others[i].label)));
      continue;
    }
    // The row is read through its values; a cell (with its CellRef) is made only for a finding (compact-row.ts).
    const town = e.townValue;
    const townRaw = e.townRaw;
    const townError = isCellError(townRaw);
    if (townError) out.push(makeFinding('WB-CELL-ERROR', e.town.ref, { error: townRaw.error }, { actual: townRaw.error }));
    const year = e.yearValue ?? undefined;
    for (const k of AMOUNT_KEYS) {
      if (readsQuietly(e.readAt(k))) continue;
      pushAll(out, readingFindings(e.amountAt(k), label(k), town, year));
    }
    for (let i = 0; i < e.otherCount; i++) {
      if (readsQuietly(e.otherReadAt(i))) continue;
      pushAll(out, readingFindings(e.otherAt(i), table.others[i].label, town, year));
    }

    // A year section (「三 | 2026年」) outside the plan's years: said once on its section row, never dropped in silence.
    const yearFrom = e.yearFrom;
    if (table.layout === 'year-sections' && yearFrom === 'title' && e.yearValue !== null) {
      const ey = e.year;
      const y = e.yearValue;
      const at = ey.ref ? `${ey.ref.row}:${ey.ref.col}` : '';
      if (ey.ref && (y < first || y > last) && !sectionsSaid.has(at)) {
        sectionsSaid.add(at);
        out.push(makeFinding('FUND-YEAR-RANGE', ey.ref, { year: y, first, last }, { expected: `${first}—${last}`, actual: String(y) }));
      }
    }
    // Year: a year cell that is not a year, or a year outside the plan's years (a year column's row always has its cell).
    if (yearFrom === 'column') {
      const yv = e.yearValue;
      if (yv === null) {
        const ey = e.year;
        if (ey.text !== '')
          out.push(
            makeFinding(
              'FUND-YEAR-RANGE',
              ey.ref!,
              { year: ey.text, first, last, town },
              { expected: `${first}—${last}`, actual: ey.text },
            ),
          );
      } else if (yv < first || yv > last) {
        out.push(
          makeFinding(
            'FUND-YEAR-RANGE',
            e.year.ref!,
            { year: yv, first, last, town },
            { expected: `${first}—${last}`, actual: String(yv) },
          ),
        );
      }
    }

    // A row with amounts but no town is an error on that row, never dropped (RULES.md "Additions").
    if (town === '' && !townError) {
      out.push(makeFinding('FUND-TOWN-BLANK', e.town.ref, year ? { year } : {}));
      continue;
    }
    const match = townError ? undefined : resolveFundTown(town, profile);
    if (match?.kind === 'plan' && 'variant' in match && !table.townFrom) {
      out.push(
        makeFinding('FUND-TOWN-VARIANT', e.town.ref, { town: match.town.name, written: town }, { expected: match.town.name, actual: town }),
      );
    }
    if (match?.kind === 'unknown') {
      out.push(
        makeFinding('FUND-TOWN-UNKNOWN', e.town.ref, unknownTownParams(match), {
          actual: town,
          ...(match.suggestion ? { expected: match.suggestion } : {}),
        }),
      );
    }

    const f = rowFiguresOf(e);

    // FUND-SUM / FUND-SHARE / FUND-LOCAL-SPLIT: the row's arithmetic; when it fails, the one cell to fix (diagnose.ts).
    const fix = rowArithmetic(e, f, { town, year: year ?? 0 }, table, profile, tol, out);
    if (fix) fixes.set(e.row, fix);
    // The pool the shares and the year's pool are computed from: the row as corrected when one cell explains it
    // (a total typed 2100 over parts of 2000 is split as 2000, and the year's FUND-POOL does not count the typo again).
    const pool =
      (fix ? rowPool({ values: fix, others: f.others, heyuanColumn: table.columns.heyuan !== undefined }) : undefined) ?? poolAmount(f);

    if (match?.kind !== 'plan' || year === undefined || year < first || year > last) continue;
    const firstRow = seen.get(match.index, year);
    if (firstRow) {
      const firstRef = firstRow.town.ref;
      const firstCell = `${firstRef.sheet}!${toA1Range(firstRef.row, firstRef.col, firstRef.row, firstRef.col)}`;
      out.push(makeFinding('FUND-ROW-DUPLICATE', e.town.ref, { town: match.town.name, year, firstCell }, { actual: match.town.name }));
    } else {
      seen.set(match.index, year, e);
    }
    const line: FundLine = { row: e, town: match.town.name, townIndex: match.index, year, duplicate: !!firstRow };
    if (pool !== undefined) line.pool = pool;
    if (pool !== undefined && pool >= 0n) line.shares = splitShares(pool, profile);
    lines.push(line);
  }

  pushAll(out, checkTotalRows(table, profile, fixes));
  // One sheet per town covers one town: the other towns are not missing from it.
  if (options.scope?.kind !== 'town' && !table.townFrom) pushAll(out, checkCoverage(table, profile, lines));
  else
    pushAll(
      out,
      checkCoverage(table, profile, lines).filter((f) => f.code === 'FUND-UNIT'),
    );
  return { findings: out, lines };
}

/**
 * FUND-ROW-MISSING, FUND-POOL and FUND-UNIT: what the table's rows say together, year by year.
 */
function checkCoverage(table: FundTable, profile: Profile, lines: readonly FundLine[]): Finding[] {
  const out: Finding[] = [];
  const unit = table.unit;
  const tol = toleranceFen(profile, unit);
  const byYear = new Map<number, FundLine[]>();
  for (const l of lines) {
    if (!byYear.has(l.year)) byYear.set(l.year, []);
    byYear.get(l.year)!.push(l);
  }
  // The years the sheet covers: those of every row inside the plan's years, whatever its town; and the
  // rows of each year, for where to point.
  const span = new Map<number, { top: number; bottom: number }>();
  for (const e of table.entries) {
    const y = e.kind === 'row' ? e.yearValue : null;
    if (y === null || y < profile.years.first || y > profile.years.last) continue;
    const s = span.get(y);
    if (!s) span.set(y, { top: e.row, bottom: e.row });
    else s.bottom = Math.max(s.bottom, e.row);
    if (!byYear.has(y)) byYear.set(y, []);
  }
  const townCol = table.town.col;

  // FUND-UNIT: the magnitudes against the standard amount (2000 万元 a town-year).
  const standard = numberToFen(profile.standard, '万元') ?? 0n;
  const pools = sortedPools(lines);
  let unitSuspect = false;
  if (pools.length && standard > 0n) {
    const median = pools[Math.floor(pools.length / 2)];
    const smaller = unit === '亿元' ? '万元' : unit === '万元' ? '元' : undefined;
    const larger = unit === '元' ? '万元' : unit === '万元' ? '亿元' : undefined;
    const where = table.unitRef ?? table.columns.total?.ref ?? table.town.ref;
    if (median >= standard * 1000n && smaller) {
      out.push(makeFinding('FUND-UNIT', where, { unit, suggested: smaller }, { expected: smaller, actual: unit }));
      unitSuspect = true;
    } else if (median * 1000n <= standard && larger) {
      out.push(makeFinding('FUND-UNIT', where, { unit, suggested: larger }, { expected: larger, actual: unit }));
      unitSuspect = true;
    }
  }

  for (const [year, ls] of [...byYear.entries()].sort((a, b) => a[0] - b[0])) {
    const { top, bottom } = span.get(year)!;
    const have = townsPresent(ls, profile);
    for (let i = 0; i < profile.towns.length; i++) {
      const t = profile.towns[i];
      if (!have(i)) {
        out.push(
          makeFinding(
            'FUND-ROW-MISSING',
            { sheet: table.sheet, cell: toA1Range(top, townCol, bottom, townCol), row: top, col: townCol },
            { town: t.name, year },
            { expected: t.name },
          ),
        );
      }
    }
    if (unitSuspect || ls.length === 0) continue;
    // The year's pool over its town-years, each once; none when a town-year's pool cannot be read.
    let sum: bigint | undefined = 0n;
    for (const l of ls) {
      if (l.duplicate) continue;
      if (l.pool === undefined) {
        sum = undefined;
        break;
      }
      sum += l.pool;
    }
    if (sum === undefined) continue;
    const want = standard * BigInt(profile.towns.length);
    if (absDiff(sum, want) > tol) {
      const totalRow = table.entries.find((e) => e.kind === 'total' && e.year === year && e.level === 'total');
      const totalCol = table.columns.total?.col;
      const where =
        totalRow && totalCol
          ? { sheet: table.sheet, row: totalRow.row, col: totalCol }
          : {
              sheet: table.sheet,
              cell: toA1Range(top, totalCol ?? townCol, bottom, totalCol ?? townCol),
              row: top,
              col: totalCol ?? townCol,
            };
      out.push(
        makeFinding('FUND-POOL', where, { year, towns: profile.towns.length }, { expected: fmt(want, unit), actual: fmt(sum, unit) }),
      );
    }
  }
  return out;
}

const DISTINCT = new WeakMap<Profile, boolean>();

/**
 * Whether the plan town at an index has a line among `lines` (a line names its town by name): marked by index, which is
 * the same when the plan's names are distinct, as the profile schema requires; by name otherwise.
 */
function townsPresent(lines: readonly FundLine[], profile: Profile): (i: number) => boolean {
  let distinct = DISTINCT.get(profile);
  if (distinct === undefined) {
    distinct = new Set(profile.towns.map((t) => t.name)).size === profile.towns.length;
    DISTINCT.set(profile, distinct);
  }
  if (!distinct) {
    const names = new Set(lines.map((l) => l.town));
    return (i) => names.has(profile.towns[i].name);
  }
  const marked = new Uint8Array(profile.towns.length);
  for (const l of lines) marked[l.townIndex] = 1;
  return (i) => marked[i] === 1;
}

const INT64 = 2n ** 63n;

/** The positive pools of the unique lines, ascending: in a BigInt64Array (a numeric sort, no comparator) when they fit. */
function sortedPools(lines: readonly FundLine[]): ArrayLike<bigint> {
  const pools: bigint[] = [];
  let fits = true;
  for (const l of lines) {
    if (l.duplicate || l.pool === undefined || l.pool <= 0n) continue;
    pools.push(l.pool);
    if (l.pool >= INT64) fits = false;
  }
  if (fits) return BigInt64Array.from(pools).sort();
  return pools.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One fund table's check: its findings and the town-year lines shares and allocation are computed from. */
export interface FundResult {
  table: FundTable;
  lines: FundLine[];
  findings: Finding[];
}

/** Every fund table's check, computed once per run (allocation and the shares reuse the lines). */
export function fundResults(ctx: CheckContext): FundResult[] {
  return ctx.memo('fund', () =>
    ctx.rec.funds.map((table) => {
      const r = checkFund(table, ctx.profile, { scope: ctx.scope });
      return { table, lines: r.lines, findings: r.findings };
    }),
  );
}

/** The registry entry: every fund sheet's rows, totals and coverage (四（十一）). */
export const fundCheck: Check = {
  id: 'fund',
  codes: [
    'FUND-HEADER',
    'FUND-NOT-NUMBER',
    'FUND-TEXT-NUMBER',
    'FUND-NEGATIVE',
    'FUND-YEAR-RANGE',
    'FUND-TOWN-UNKNOWN',
    'FUND-ROW-DUPLICATE',
    'FUND-ROW-MISSING',
    'FUND-SUM',
    'FUND-SHARE',
    'FUND-LOCAL-SPLIT',
    'FUND-POOL',
    'FUND-TOTAL-ROW',
    'FUND-OTHER-STREAM',
    'FUND-ROUNDING',
    'FUND-UNIT',
    'FUND-TOWN-BLANK',
    'FUND-TOWN-VARIANT',
    'WB-CELL-ERROR',
  ],
  run: (ctx) => fundResults(ctx).flatMap((r) => r.findings),
};
