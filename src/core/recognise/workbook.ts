/**
 * Recognising the pairing table and the fund sheets of a workbook by content, never by sheet name or
 * position (RULES.md "How tables are recognised").
 */
import type { Unit } from '../money';
import type { Profile } from '../profile';
import type { SheetSnapshot, WorkbookSnapshot } from '../types';
import { findHeader, type ColumnDictionary, type HeaderMatch } from './header';
import { findSheetTown, readFund } from './fund';
import { readSources } from './sources';
import { describeFund, describeNone, describePairing, describeRecords, describeSources } from './summary';
import { readPairing } from './pairing';
import type { FundKey, HeaderProblem, PairingKey, Recognised } from './tables';
import { AMOUNT_KEYS, cellText, columnMeaning, townInText } from './vocabulary';
import { viewSheet, type SheetView } from './view';
import { recogniseRecords } from './records';
import { pushAll } from '../push-all';

const PAIRING_ONLY: readonly PairingKey[] = ['type', 'lead', 'members'];

type AnyKey = PairingKey | FundKey;

/** The column names of both tables, from the profile (which can add more). */
export function tableDictionary(profile: Profile): ColumnDictionary<AnyKey> {
  const a = profile.aliases;
  return {
    town: a.town,
    type: a.type,
    lead: a.lead,
    members: a.members,
    year: a.year,
    heyuanCity: a.heyuanCity,
    county: a.county,
    province: a.province,
    shenzhen: a.shenzhen,
    heyuan: a.heyuan,
    total: a.total,
    other: a.otherStreams,
  };
}

/**
 * A column's key from its label stack. The deepest label decides, except that 市级 / 县级 / 合计 under a
 * 河源市 group are the split (or the whole) of 河源市's part, and anything under another stream's group
 * belongs to that stream.
 */
function refine(stack: readonly string[], matches: readonly (AnyKey | undefined)[]): AnyKey | undefined {
  if (matches.some((m) => m === 'other')) return 'other';
  let deepest: AnyKey | undefined;
  let at = -1;
  for (let i = matches.length - 1; i >= 0; i--) {
    if (matches[i]) {
      deepest = matches[i];
      at = i;
      break;
    }
  }
  if (deepest === 'total' && at > 0 && matches.slice(0, at).includes('heyuan')) return 'heyuan';
  void stack;
  return deepest;
}

function score(keys: ReadonlySet<AnyKey>): number {
  let s = keys.size;
  if (keys.has('town')) s += 1;
  return s;
}

/** The text of the rows above a header (titles), for years and 单位 lines. */
export function titleText(view: SheetView, beforeRow: number): string {
  const parts: string[] = [];
  for (const r of view.rowNumbers(1, Math.min(beforeRow, 21) - 1)) {
    for (const cell of view.cellsOf(r)) {
      if (cell.col > 30) break;
      const t = cellText(cell.value).trim();
      if (t) parts.push(t);
    }
  }
  return parts.join(' ');
}

function classify(
  view: SheetView,
  header: HeaderMatch<AnyKey> | null,
  problems: HeaderProblem[],
  profile: Profile,
): 'pairing' | 'fund' | 'fund-per-town' | null {
  const sheet = view.sheet.name;
  const keys = header?.keys ?? new Set<AnyKey>();
  const hasAmount = AMOUNT_KEYS.some((k) => keys.has(k));
  const hasPairing = PAIRING_ONLY.some((k) => keys.has(k));
  const ref = header ? { sheet, row: header.top, col: header.columns[0]?.col ?? 1 } : undefined;
  const title = `${sheet} ${titleText(view, header ? header.top : 4)}`;
  if (hasAmount && keys.has('town')) return 'fund';
  if (hasAmount && !hasPairing && (keys.has('year') || AMOUNT_KEYS.filter((k) => keys.has(k)).length >= 2)) {
    // One sheet per town (issue 10, 9): rows are years, the town is in the sheet name or title.
    if (keys.has('year') && townInText(title, profile)) return 'fund-per-town';
    problems.push({ kind: 'fund', sheet, missing: ['town'], ...(ref ? { ref } : {}) });
    return null;
  }
  if (keys.has('town') && hasPairing) {
    const missing = (['town', 'type', 'lead'] as const).filter((k) => !keys.has(k));
    if (missing.length) {
      problems.push({ kind: 'pairing', sheet, missing: [...missing], ...(ref ? { ref } : {}) });
      return null;
    }
    return 'pairing';
  }
  if (keys.has('town') && /资金/.test(title)) {
    problems.push({ kind: 'fund', sheet, missing: ['amount'], ...(ref ? { ref } : {}) });
    return null;
  }
  if (!keys.has('town') && hasPairing && /结对/.test(title)) {
    problems.push({ kind: 'pairing', sheet, missing: ['town'], ...(ref ? { ref } : {}) });
  }
  return null;
}

/** Recognises every table of the workbook. Owned sheets (the product's own output) are never read. */
export function recogniseWorkbook(snapshot: WorkbookSnapshot, profile: Profile): Recognised {
  const out: Recognised = { pairing: [], funds: [], problems: [], records: [], sources: [], summary: [] };
  const dict = tableDictionary(profile);
  for (const sheet of snapshot.sheets) {
    // The product's own sheets are neither read nor listed: a re-run must write the same summary.
    if (sheet.owned) continue;
    recogniseSheet(sheet, dict, profile, out);
  }
  return out;
}

function recogniseSheet(sheet: SheetSnapshot, dict: ColumnDictionary<AnyKey>, profile: Profile, out: Recognised): void {
  const view = viewSheet(sheet);
  if (view.rowNumbers().length === 0) {
    out.summary.push(describeNone(sheet.name, 'empty'));
    return;
  }
  const sources = readSources(view, profile);
  if (sources) {
    out.sources.push(sources);
    out.summary.push(describeSources(sources));
    return;
  }
  // A fund column label no alias names exactly is read by its meaning (vocabulary `columnMeaning`).
  const meaning = (label: string): AnyKey | 'ambiguous' | undefined => columnMeaning(label, profile);
  const header = findHeader(view, dict, { refine, score, minScore: 2, meaning });
  const problems: HeaderProblem[] = [];
  const kind = classify(view, header, problems, profile);
  if (!header || !kind) {
    const records = recogniseRecords(view, profile);
    if (records) {
      out.records.push(records);
      out.summary.push(describeRecords(records));
    } else {
      pushAll(out.problems, problems);
      out.summary.push(
        describeNone(sheet.name, problems.length ? `missing: ${problems.flatMap((p) => p.missing).join(', ')}` : 'no-header'),
      );
    }
    return;
  }
  if (kind === 'pairing') {
    const table = readPairing(view, header as HeaderMatch<PairingKey>, profile);
    out.pairing.push(table);
    out.summary.push(describePairing(table));
    return;
  }
  const fundHeader = header as HeaderMatch<FundKey>;
  const townFrom = kind === 'fund-per-town' ? findSheetTown(view, fundHeader, profile) : undefined;
  const tables = readFund(view, fundHeader, profile, townFrom);
  pushAll(out.funds, tables);
  out.summary.push(describeFund(tables));
}

export type { Unit };
