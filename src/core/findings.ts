/**
 * Findings are data: a stable code (RULES.md), its severity and plan clause, where it is, and typed params.
 * Wording lives in messages/, never here. `RULES` is the one registry of codes; `Code` is derived from it.
 */
import type { CellRef, Severity } from './types';
import { toA1 } from './a1';

interface RuleInfo {
  readonly severity: Severity;
  /** The plan clause, as RULES.md gives it ('' for workbook-wide problems the plan does not speak of). */
  readonly clause: string;
}

const PAIRING = '二（二）, 附件';
const FUND = '四（十一）';
const TEAM = '二（一）';
const TALENT = '四（十二）';

/** Every code of RULES.md, plus WB-UNREADABLE (issue 3). Order here is the order of RULES.md. */
export const RULES = {
  'WB-UNREADABLE': { severity: 'error', clause: '' },
  'WB-NO-PAIRING': { severity: 'error', clause: PAIRING },
  'WB-NO-FUND': { severity: 'error', clause: FUND },
  'WB-CELL-ERROR': { severity: 'error', clause: '' },
  'PARAM-INVALID': { severity: 'error', clause: '' },

  'PAIR-HEADER': { severity: 'error', clause: PAIRING },
  'PAIR-TOWN-UNKNOWN': { severity: 'error', clause: PAIRING },
  'PAIR-TOWN-DUPLICATE': { severity: 'error', clause: PAIRING },
  'PAIR-TOWN-MISSING': { severity: 'error', clause: PAIRING },
  'PAIR-TYPE-INVALID': { severity: 'error', clause: PAIRING },
  'PAIR-TYPE-MISMATCH': { severity: 'error', clause: PAIRING },
  'PAIR-TYPE-COUNT': { severity: 'error', clause: PAIRING },
  'PAIR-LEAD-LEVEL': { severity: 'error', clause: PAIRING },
  'PAIR-LEAD-CHANGED': { severity: 'warning', clause: PAIRING },
  'PAIR-MEMBERS-EMPTY': { severity: 'warning', clause: PAIRING },

  'FUND-HEADER': { severity: 'error', clause: FUND },
  'FUND-NOT-NUMBER': { severity: 'error', clause: FUND },
  'FUND-TEXT-NUMBER': { severity: 'info', clause: FUND },
  'FUND-NEGATIVE': { severity: 'error', clause: FUND },
  'FUND-YEAR-RANGE': { severity: 'error', clause: FUND },
  'FUND-TOWN-UNKNOWN': { severity: 'error', clause: FUND },
  'FUND-ROW-DUPLICATE': { severity: 'error', clause: FUND },
  'FUND-ROW-MISSING': { severity: 'warning', clause: FUND },
  'FUND-SUM': { severity: 'error', clause: FUND },
  'FUND-SHARE': { severity: 'error', clause: FUND },
  'FUND-LOCAL-SPLIT': { severity: 'error', clause: FUND },
  'FUND-POOL': { severity: 'warning', clause: FUND },
  'FUND-TOTAL-ROW': { severity: 'error', clause: FUND },
  'FUND-OTHER-STREAM': { severity: 'info', clause: FUND },
  'FUND-ROUNDING': { severity: 'info', clause: FUND },
  'FUND-UNIT': { severity: 'warning', clause: FUND },
  'FUND-COLUMN-UNMAPPED': { severity: 'warning', clause: FUND },
  'FUND-CHECK-SKIPPED': { severity: 'warning', clause: FUND },
  'FUND-UNCALCULATED': { severity: 'error', clause: FUND },
  'FUND-TOWN-BLANK': { severity: 'error', clause: FUND },
  'FUND-TOWN-VARIANT': { severity: 'info', clause: FUND },
  'FUND-SOURCE-TOTAL': { severity: 'error', clause: FUND },
  'WB-NOTHING-FILLED': { severity: 'info', clause: '' },
  'ROUND-CONFLICT': { severity: 'error', clause: FUND },
  'ROUND-POOL': { severity: 'warning', clause: FUND },

  'ALLOC-NO-WEIGHTS': { severity: 'info', clause: FUND },
  'ALLOC-WEIGHTS': { severity: 'error', clause: FUND },
  'ALLOC-FACTOR-MISSING': { severity: 'warning', clause: FUND },
  'ALLOC-DEVIATION': { severity: 'warning', clause: FUND },

  'TEAM-SIZE': { severity: 'warning', clause: TEAM },
  'TEAM-LEADER-PARTY': { severity: 'error', clause: TEAM },
  'TEAM-LEADER-RANK': { severity: 'error', clause: TEAM },
  'TEAM-LEADER-POST': { severity: 'warning', clause: TEAM },
  'TEAM-MEMBER-PARTY': { severity: 'info', clause: TEAM },
  'TEAM-MEMBER-STAFF': { severity: 'warning', clause: TEAM },
  'TEAM-ROTATION': { severity: 'warning', clause: TEAM },
  'TEAM-TECH': { severity: 'error', clause: TALENT },
  'TEAM-SANZHIYIFU': { severity: 'warning', clause: TALENT },
  'TEAM-VOLUNTEERS': { severity: 'warning', clause: TALENT },
  'TEAM-FIRST-SECRETARY': { severity: 'warning', clause: TEAM },

  'VILLAGE-INCOME': { severity: 'warning', clause: '三（八）' },

  'MEET-JOINT': { severity: 'warning', clause: '四（九）' },
  'MEET-PARTY': { severity: 'warning', clause: '四（九）' },
} as const satisfies Record<string, RuleInfo>;

export type Code = keyof typeof RULES;
export const CODES = Object.keys(RULES) as Code[];

/** Why a file could not be read at all (WB-UNREADABLE). */
export type UnreadableReason = 'empty' | 'encrypted' | 'xls' | 'csv' | 'not-xlsx' | 'damaged' | 'too-large' | 'not-found' | 'other';

/**
 * Which read limit a too-large file passed: its size, its unzipped content, its parts, its cells, one text in it,
 * its merged areas; or, in the CLI's worker, the memory or the time one file may take.
 */
export type UnreadableLimit = 'file' | 'unzipped' | 'entries' | 'cells' | 'text' | 'merges' | 'memory' | 'time';

/** The amount columns of a fund sheet. `heyuan` is 河源市's whole part, split into heyuanCity + county. */
export type AmountKey = 'total' | 'province' | 'shenzhen' | 'heyuan' | 'heyuanCity' | 'county';

/** Typed params for each code. Amounts in `expected` / `actual` are formatted strings; params hold names. */
export interface FindingParams {
  /**
   * `detail`: the reader's note (never shown as is; 'strict', 'docx', 'pptx', 'xlsb', 'zip' change the sentence).
   * For 'too-large': which limit was passed (`limit`), the size found and the limit (`size`, `max`: bytes, or a count for
   * cells and entries), so the message can say 「超过 400 MB」.
   */
  'WB-UNREADABLE': {
    reason: UnreadableReason;
    detail?: string;
    limit?: UnreadableLimit;
    size?: number;
    max?: number;
  };
  'WB-NO-PAIRING': Record<string, never>;
  'WB-NO-FUND': Record<string, never>;
  'WB-CELL-ERROR': { error: string; column?: string };
  /** `key` is the parameter's dotted path (`years.first`) or `town`; `label` its zh-CN name; `detail` e.g. the expected number of ratio parts. */
  'PARAM-INVALID': {
    key: string;
    label?: string;
    reason:
      | 'unknown-key'
      | 'duplicate'
      | 'cell-error'
      | 'not-number'
      | 'not-integer'
      | 'too-small'
      | 'too-big'
      | 'empty'
      | 'ratio-format'
      | 'ratio-parts'
      | 'range-format'
      | 'range-order'
      | 'date-format'
      | 'map-format'
      | 'town-fields'
      | 'town-type'
      | 'town-group'
      | 'town-duplicate'
      | 'conflict';
    detail?: string;
  };

  'PAIR-HEADER': { missing: string[] };
  'PAIR-TOWN-UNKNOWN': { town: string; suggestion?: string; outside?: boolean; note?: string };
  'PAIR-TOWN-DUPLICATE': { town: string; firstCell: string };
  'PAIR-TOWN-MISSING': { town: string };
  'PAIR-TYPE-INVALID': { town: string; type: string };
  'PAIR-TYPE-MISMATCH': { town: string };
  'PAIR-TYPE-COUNT': { what: 'types' | 'groups' };
  'PAIR-LEAD-LEVEL': { town: string; unit: string; type: string };
  'PAIR-LEAD-CHANGED': { town: string; field: 'lead' | 'members' };
  'PAIR-MEMBERS-EMPTY': { town: string };

  'FUND-HEADER': { missing: ('town' | 'amount' | 'year')[] };
  'FUND-NOT-NUMBER': { column: string; town?: string };
  'FUND-TEXT-NUMBER': { column: string; town?: string };
  'FUND-NEGATIVE': { column: string; town?: string; year?: number };
  'FUND-YEAR-RANGE': { year: number | string; first: number; last: number; town?: string };
  'FUND-TOWN-UNKNOWN': { town: string; suggestion?: string; outside?: boolean; note?: string };
  'FUND-ROW-DUPLICATE': { town: string; year: number; firstCell: string };
  'FUND-ROW-MISSING': { town: string; year: number };
  /** `candidates`: set when no one cell explains the row (diagnose.ts): the cells to look at; the finding is then on the row. */
  'FUND-SUM': { town: string; year: number; candidates?: string[] };
  /** `ratio`: the profile's ratio as text ('6:3:1'; '2:8' for the local split), for the message. */
  'FUND-SHARE': { town: string; year: number; source: AmountKey; candidates?: string[]; ratio?: string };
  'FUND-LOCAL-SPLIT': { town: string; year: number; part: AmountKey; candidates?: string[]; ratio?: string };
  'FUND-POOL': { year: number; towns: number };
  'FUND-TOTAL-ROW': { label: string; column: string };
  'FUND-OTHER-STREAM': { column: string };
  'FUND-ROUNDING': { town: string; year: number; source: AmountKey };
  'FUND-UNIT': { unit: string; suggested: string };
  /** `column`: the header text of a money-looking column that maps to no source, total or known other stream. */
  'FUND-COLUMN-UNMAPPED': { column: string };
  /** `missing`: the source or total columns the sheet lacks; `checks`: the checks that therefore did not run. */
  'FUND-CHECK-SKIPPED': { missing: AmountKey[]; checks: ('sum' | 'share' | 'local-split' | 'pool' | 'total-row')[] };
  /** One per sheet: `count` formulas without a calculated result, within `range`. */
  'FUND-UNCALCULATED': { range: string; count: number };
  'FUND-TOWN-BLANK': { year?: number };
  /** `town`: the plan town read; `written`: the text as typed (「紫金县龙窝镇」, 「敬梓」). */
  'FUND-TOWN-VARIANT': { town: string; written: string };
  /** A pool-by-source table (sources as rows, years as columns): a source's yearly amount, or a column total. */
  'FUND-SOURCE-TOTAL': { source: AmountKey; year?: number; what: 'source' | 'total' };
  /** The fund sheets that have town rows but not one amount (the blank template, or a form not yet filled in). */
  'WB-NOTHING-FILLED': { sheets: string[] };
  /** Cross-file (a round): the same town and year with different amounts; `files` and `cells` name both sides. */
  'ROUND-CONFLICT': { town: string; year: number; files: string[]; cells: string[] };
  /** Cross-file (a round): a year's total over all files differs from towns × standard. */
  'ROUND-POOL': { year: number; towns: number; files: number };

  'ALLOC-NO-WEIGHTS': Record<string, never>;
  /** `source`: where the weights came from; `factor`: set when that factor's weight cell is not a number. */
  'ALLOC-WEIGHTS': { source: 'sheet' | 'profile'; factor?: string };
  /**
   * `what`: 'value' — the town's cell for `factor` is blank or not a number; 'town' — the plan town has no row on
   * the factor sheet (every factor); 'column' — the sheet has no column for `factor`, which has a weight. Counted as 0.
   */
  'ALLOC-FACTOR-MISSING': { what: 'value' | 'town' | 'column'; town?: string; factor?: string };
  /** `tolerance`: the profile's allocation tolerance in 万元, as text; `unit`: the fund sheet's unit of expected / actual. */
  /**
   * A year's warning has `towns` (how many are off the what-if) and `largest` ('龙窝镇 +600.00', largest first) and
   * town ''; a town's own warning (beyond `share` of its what-if amount, the profile's allocTolerance) has `share`.
   */
  'ALLOC-DEVIATION': { town: string; year?: number; tolerance: string; unit: string; towns?: number; largest?: string[]; share?: string };

  'TEAM-SIZE': { town: string; size: number; min: number };
  'TEAM-LEADER-PARTY': { town: string; name: string };
  'TEAM-LEADER-RANK': { town: string; name: string };
  'TEAM-LEADER-POST': { town: string; name: string };
  'TEAM-MEMBER-PARTY': { town: string; name: string };
  'TEAM-MEMBER-STAFF': { town: string; name: string };
  'TEAM-ROTATION': { town: string; name: string; years: number };
  /** `count`: the town's 农村科技特派员 rows. */
  'TEAM-TECH': { town: string; count: number };
  'TEAM-SANZHIYIFU': { town: string; count: number };
  'TEAM-VOLUNTEERS': { town: string; count: number };
  'TEAM-FIRST-SECRETARY': { town: string; village: string; villageType: string };

  /** Before `fromYear` (the profile's village.fromYear) an info line per town and year with the count `below`. */
  'VILLAGE-INCOME': { town: string; village: string; year: number; below?: number; fromYear?: number };

  /** A calendar half year (1: Jan–Jun, 2: Jul–Dec) with `found` joint meetings, fewer than `required`. */
  'MEET-JOINT': { unit: string; year: number; half: 1 | 2; required: number; found: number };
  /** A calendar quarter with `found` party-group or leadership meetings on the assistance, fewer than `required`. */
  'MEET-PARTY': { unit: string; year: number; quarter: 1 | 2 | 3 | 4; required: number; found: number };
}

interface FindingOf<C extends Code> {
  readonly code: C;
  readonly severity: Severity;
  readonly clause: string;
  /** '' for workbook-wide findings. */
  readonly sheet: string;
  /** A1 address or range on `sheet`; '' for workbook-wide or sheet-wide findings. */
  readonly cell: string;
  /** 1-based row of `cell`'s top-left corner, for sorting and hosts (0 when there is no cell). */
  readonly row: number;
  readonly col: number;
  readonly expected?: string;
  readonly actual?: string;
  readonly params: FindingParams[C];
  /** Findings of one cause share a group (groups.ts), set by the engine once the findings are sorted. */
  readonly group?: string;
  /** Set aside by the user, with the reason (ignores.ts): counted in `ignored`, never as an error or warning. */
  readonly ignored?: { readonly reason: string };
}

/** A finding: a union on `code`, each variant with its own params. */
export type Finding = { [C in Code]: FindingOf<C> }[Code];

/** Where a finding points: a cell, a range on a sheet, a whole sheet, or nowhere (workbook-wide). */
export type Where = CellRef | { sheet: string; cell: string; row?: number; col?: number } | { sheet: string } | null;

export interface FindingExtras {
  expected?: string;
  actual?: string;
  /** Overrides the registry severity where RULES.md says so (VILLAGE-INCOME before 2025 is info). */
  severity?: Severity;
}

/** Makes a finding with its code's severity and clause from the registry. */
export function makeFinding<C extends Code>(code: C, where: Where, params: FindingParams[C], extras: FindingExtras = {}): Finding {
  const rule: RuleInfo = RULES[code];
  let sheet = '';
  let cell = '';
  let row = 0;
  let col = 0;
  if (where && 'row' in where && 'col' in where && typeof where.row === 'number' && !('cell' in where)) {
    sheet = where.sheet;
    cell = toA1(where.row, where.col);
    row = where.row;
    col = where.col;
  } else if (where && 'cell' in where) {
    sheet = where.sheet;
    cell = where.cell;
    row = where.row ?? 0;
    col = where.col ?? 0;
  } else if (where) {
    sheet = where.sheet;
  }
  const f: FindingOf<C> = {
    code,
    severity: extras.severity ?? rule.severity,
    clause: rule.clause,
    sheet,
    cell,
    row,
    col,
    params,
  };
  // Set in place, not spread from small objects: 100,000 findings make no 200,000 throw-away objects.
  if (extras.expected !== undefined) (f as { expected?: string }).expected = extras.expected;
  if (extras.actual !== undefined) (f as { actual?: string }).actual = extras.actual;
  return f as Finding;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  /** Findings the user set aside (ignores.ts): never counted as errors, warnings or infos. */
  ignored: number;
}

export function summarise(findings: readonly Finding[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0, ignored: 0 };
  for (const f of findings) {
    if (f.ignored) s.ignored++;
    else if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}
