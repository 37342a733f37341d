/**
 * What one check of one workbook produces, and its JSON form (RULES.md "One result, three fronts").
 */
import type { AmountKey, Finding, Summary, UnreadableLimit, UnreadableReason } from './findings';
import type { Shares, Unit } from './money';
import type { Profile } from './profile';
import type { Allocation } from './checks/allocation';
import type { Recognition } from './recognition';

/** One town-year's computed split, beside what the sheet said (submitted amounts in 分, where present). */
export interface ShareLine {
  town: string;
  year: number;
  unit: Unit;
  sheet: string;
  /** 1-based row of the town-year on its sheet. */
  row: number;
  /** A1 address of the row's total cell (the figure a round compares across files), when the sheet has one. */
  cell?: string;
  computed: Shares;
  submitted: Partial<Record<AmountKey, bigint>>;
}

/** The engine's answer for one workbook; every front renders this. */
export interface CheckReport {
  profile: Profile;
  /** Sorted: severity, then sheet order, then row and column. */
  findings: Finding[];
  /** Plan order of towns, then year. */
  shares: ShareLine[];
  /** The factor-method what-if (四（十一）), when the workbook has a factor sheet with valid weights. */
  allocation?: Allocation;
  /** Names of the workbook's sheets in order, for sorting and hosts. */
  sheetOrder: string[];
  /** What was read of each sheet (issue 10): never a silent pass. */
  recognition?: Recognition;
  /** Which fronts' parts ran: 'default' or 'sheet' (a 规则参数 sheet overrode the profile). */
  profileSource: 'default' | 'file' | 'sheet';
  /** The workbook had the product's 忽略记录 sheet (ignores.ts): the outputs rewrite it even when it is now empty. */
  ignoreSheet?: boolean;
}

/** JSON shapes, exactly RULES.md's. Amounts are decimal strings in the sheet's unit. */
export interface JsonFinding {
  code: Finding['code'];
  severity: Finding['severity'];
  sheet: string;
  cell: string;
  clause: string;
  message: string;
  expected: string;
  actual: string;
  /** Findings of one cause share a group id (issue 11). */
  group?: string;
  /** The rule's short name in the output language (「省级分担比例不符」). */
  rule?: string;
  /** Set aside by the user: counted in `summary.ignored`, not in errors / warnings / infos. */
  ignored?: { reason: string };
  /** WB-UNREADABLE only: the reason, and for a file too large the limit it passed. */
  unreadable?: { reason: UnreadableReason; limit?: UnreadableLimit };
}

export interface JsonShare {
  town: string;
  year: number;
  unit: Unit;
  total: string;
  province: string;
  shenzhen: string;
  heyuan: string;
  heyuanCity: string;
  county: string;
  /** Where the town-year stands (sheet and its total cell), so a round's cross-file findings can name it. */
  sheet?: string;
  cell?: string;
}

export interface FileResult {
  file: string;
  profile: string;
  summary: Summary;
  findings: JsonFinding[];
  shares: JsonShare[];
  /** RULES.md "Additions": what was read, mapped and skipped, per sheet. */
  recognition?: Recognition;
}
