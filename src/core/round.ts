/**
 * A round of submissions (RULES.md "Additions": ROUND-CONFLICT, ROUND-POOL; plan clause 四（十一）): the county
 * receives a workbook from each town and unit, checks them one by one, then looks across them. Works on the
 * fronts' JSON results (FileResult), which the page, the CLI and tests all hold, so the cross-file checks are
 * the same everywhere. Amounts are compared in 分 (bigint), whatever unit each file was written in: 2000 万元
 * in one file and 20,000,000 元 in another are the same amount, not a conflict.
 */
import { makeFinding, type Finding } from './findings';
import { decimalToFen, fenPerUnit, formatFen, numberToFen, type Unit } from './money';
import type { Profile } from './profile';
import type { FileResult, JsonShare } from './report';

/** One file of the round as the fronts hold it. */
export interface RoundFile {
  result: FileResult;
  /** The file could not be read at all (WB-UNREADABLE). */
  unreadable: boolean;
}

/** One town-year as one file gives it: the total in 分 and where it stands. */
interface Entry {
  file: string;
  unit: Unit;
  fen: bigint;
  where: string;
}

const where = (s: JsonShare): string => (s.sheet ? `${s.sheet}!${s.cell ?? ''}`.replace(/!$/, '') : '');

/** Each (town, year) of the round with every file's total for it, files in the round's order (first wins within a file). */
function entriesByTownYear(files: readonly RoundFile[]): Map<string, { town: string; year: number; entries: Entry[] }> {
  const out = new Map<string, { town: string; year: number; entries: Entry[] }>();
  for (const f of files) {
    if (f.unreadable) continue;
    for (const s of f.result.shares) {
      const fen = decimalToFen(s.total, s.unit);
      if (fen === null) continue;
      const key = `${s.town}|${s.year}`;
      if (!out.has(key)) out.set(key, { town: s.town, year: s.year, entries: [] });
      const slot = out.get(key)!;
      if (slot.entries.some((e) => e.file === f.result.file)) continue;
      slot.entries.push({ file: f.result.file, unit: s.unit, fen, where: where(s) });
    }
  }
  return out;
}

/** Half a hundredth of the coarser unit: 0.01 万元 when either side is in 万元, 1 分 between two 元 files. */
function tolerance(a: Unit, b: Unit): bigint {
  const coarse = fenPerUnit(a) > fenPerUnit(b) ? a : b;
  return fenPerUnit(coarse) / 100n;
}

const abs = (x: bigint) => (x < 0n ? -x : x);
const shown = (e: Entry) => `${formatFen(e.fen * 1n, e.unit)} ${e.unit}`;

/**
 * ROUND-CONFLICT (error): the same town and year with different totals in two files. One finding per town-year,
 * naming every file that gives it and the cell in each; `expected` is the first file's figure, `actual` the first
 * that disagrees. Files that agree with each other are not a conflict (a town's own copy of the county's row).
 */
function conflicts(files: readonly RoundFile[]): Finding[] {
  const out: Finding[] = [];
  for (const { town, year, entries } of entriesByTownYear(files).values()) {
    if (entries.length < 2) continue;
    const first = entries[0];
    const other = entries.find((e) => abs(e.fen - first.fen) > tolerance(e.unit, first.unit));
    if (!other) continue;
    out.push(
      makeFinding(
        'ROUND-CONFLICT',
        null,
        { town, year, files: entries.map((e) => e.file), cells: entries.map((e) => e.where) },
        { expected: shown(first), actual: shown(other) },
      ),
    );
  }
  return out;
}

/**
 * ROUND-POOL (warning): a year's total over the round (each town-year counted once, from the first file that gives
 * it) differs from the plan's towns × standard by more than the profile's tolerance. Only years inside the plan.
 */
function pool(files: readonly RoundFile[], profile: Profile): Finding[] {
  const readable = files.filter((f) => !f.unreadable && f.result.shares.length > 0);
  if (readable.length < 2) return [];
  const want = (numberToFen(profile.standard, '万元') ?? 0n) * BigInt(profile.towns.length);
  const tol = numberToFen(profile.tolerance, '万元') ?? 0n;
  const sums = new Map<number, { fen: bigint; files: Set<string> }>();
  for (const { year, entries } of entriesByTownYear(readable).values()) {
    if (year < profile.years.first || year > profile.years.last) continue;
    if (!sums.has(year)) sums.set(year, { fen: 0n, files: new Set() });
    const s = sums.get(year)!;
    s.fen += entries[0].fen;
    for (const e of entries) s.files.add(e.file);
  }
  const out: Finding[] = [];
  for (const [year, s] of [...sums].sort((a, b) => a[0] - b[0])) {
    if (abs(s.fen - want) <= tol) continue;
    out.push(
      makeFinding(
        'ROUND-POOL',
        null,
        { year, towns: profile.towns.length, files: s.files.size },
        { expected: `${formatFen(want, '万元')} 万元`, actual: `${formatFen(s.fen, '万元')} 万元` },
      ),
    );
  }
  return out;
}

/**
 * The cross-file findings of a round: ROUND-CONFLICT first (by town-year as the files list them), then ROUND-POOL
 * by year. A round of one file has none.
 *
 * @example checkRound([{ result: a, unreadable: false }, { result: b, unreadable: false }], DEFAULT_PROFILE)
 */
export function checkRound(files: readonly RoundFile[], profile: Profile): Finding[] {
  if (files.filter((f) => !f.unreadable).length < 2) return [];
  return [...conflicts(files), ...pool(files, profile)];
}

/** A file's status in the round: 通过 (no error), 需修改 (an error of its own or a round conflict naming it), 无法读取. */
export type RoundStatus = 'pass' | 'fix' | 'unreadable';

export function roundStatus(f: RoundFile, round: readonly Finding[]): RoundStatus {
  if (f.unreadable) return 'unreadable';
  if (f.result.summary.errors > 0) return 'fix';
  const named = round.some((x) => x.severity === 'error' && x.code === 'ROUND-CONFLICT' && x.params.files.includes(f.result.file));
  return named ? 'fix' : 'pass';
}
