/** en-US: the same sentences as zh-CN.ts, for English-language Office. */
import type { Finding } from '../findings';
import type { Profile } from '../profile';
import { amountLabel } from './labels';
import { unreadableEn } from './unreadable';

const CHECK_EN: Record<string, string> = {
  sum: 'total = sum of parts',
  share: 'province : Shenzhen : Heyuan ratio',
  'local-split': 'city : county split',
  pool: 'county pool',
  'total-row': 'total rows',
};

const MISSING_COLUMN: Record<string, string> = {
  town: 'a town column',
  type: 'a type column',
  lead: 'a lead-unit column',
  amount: 'amount columns (total, province, Shenzhen, Heyuan…)',
  year: 'a year (a year column, or a year in the sheet name or title)',
};

/** H1 2023 / Q2 2023. */
function periodEn(year: number, half: number | undefined, quarter: number | undefined): string {
  return quarter ? `Q${quarter} ${year}` : half ? `H${half} ${year}` : `${year}`;
}

/** A fund row that no one cell explains (diagnose.ts). */
function rowEn(at: string, p: { town: string; year: number; candidates?: string[] }): string {
  return `${at}the amounts of '${p.town}' in ${p.year} disagree and no single cell explains it: check ${(p.candidates ?? []).join(', ')}.`;
}

/** '0.1' → '10%'. */
function pct(share: string | undefined): string {
  const n = Number(share ?? '');
  return Number.isFinite(n) ? `${Math.round(n * 10000) / 100}%` : (share ?? '');
}

export function enUS(f: Finding, profile?: Pick<Profile, 'county' | 'city' | 'countyEn' | 'cityEn'>): string {
  const at = f.sheet ? `'${f.sheet}'${f.cell ? ` ${f.cell}` : ''}: ` : '';
  const ea = f.expected !== undefined || f.actual !== undefined ? ` (expected ${f.expected ?? '—'}, found ${f.actual ?? '—'})` : '';
  const label = (k: string) => amountLabel(k, 'en-US', profile);
  switch (f.code) {
    case 'WB-UNREADABLE':
      return `Cannot read the file: ${unreadableEn(f.params)}.`;
    case 'WB-NO-PAIRING':
      return 'No pairing table found (columns such as 被帮扶镇, 帮扶类型, 牵头单位).';
    case 'WB-NO-FUND':
      return 'No fund sheet found (a town column and amount columns such as 合计, 省级, 深圳市, 河源市).';
    case 'WB-CELL-ERROR':
      return f.params.error === '#UNCALCULATED'
        ? `${at}the formula has no calculated value (the program that saved the file did not calculate it); open, recalculate and save it in Excel/WPS.`
        : `${at}the cell holds the error ${f.params.error}${f.params.column ? ` (column ${f.params.column})` : ''}; the amount cannot be read.`;
    case 'PARAM-INVALID': {
      const d = f.params.detail ?? '';
      const why: Record<string, string> = {
        'cell-error': `the cell holds the error ${d}`,
        'not-number': 'not a number',
        'not-integer': 'not a whole number',
        'too-small': 'too small (negative, or it must be above 0)',
        'too-big': 'too large',
        empty: 'it must not be empty',
        'ratio-format': `write a ratio of whole numbers, e.g. ${d === '2' ? '2:8' : '6:3:1'}`,
        'ratio-parts': `the ratio must have ${d} parts, e.g. ${d === '2' ? '2:8' : '6:3:1'}`,
        'range-format': "write 'least-most', e.g. 1-2",
        'range-order': 'the least is above the most',
        'date-format': 'not a valid date; write e.g. 2024-06-30',
        'map-format': "write each entry as 'name=text', entries separated by '；'",
        'town-fields': "write 'town｜type｜group｜lead unit｜member units'",
        'town-type': `the type '${d}' is neither 重点帮扶镇 nor 巩固提升镇`,
        'town-group': `the group '${d}' must be 深圳, 市直 or 县直`,
        'town-duplicate': `the town '${d}' is listed twice`,
        conflict: 'it contradicts another parameter (e.g. the first year is after the last)',
      };
      if (f.params.reason === 'unknown-key') return `${at}unknown rule parameter '${f.params.key}'; the row is ignored.`;
      if (f.params.reason === 'duplicate')
        return `${at}the rule parameter '${f.params.key}' is given twice; the first value is used and this row is ignored.`;
      if (f.params.reason.startsWith('town-'))
        return `${at}the town row cannot be used: ${why[f.params.reason]}. The town is left out of the town list.`;
      return `${at}the rule parameter '${f.params.key}' cannot be used: ${why[f.params.reason] ?? f.params.reason}. The default${f.expected !== undefined ? ` ${f.expected}` : ' (empty)'} is used instead.`;
    }
    case 'PAIR-HEADER':
      return `${at}this looks like the pairing table but lacks ${f.params.missing.map((m) => MISSING_COLUMN[m] ?? m).join(', ')}.`;
    case 'PAIR-TOWN-UNKNOWN':
    case 'FUND-TOWN-UNKNOWN':
      return f.params.outside
        ? `${at}'${f.params.town}' is outside the plan${f.params.note ? ` (${f.params.note})` : ''}.`
        : f.params.suggestion
          ? `${at}the town '${f.params.town}' is not one of the plan's towns; did you mean '${f.params.suggestion}'? Use the plan's full name.`
          : `${at}the town '${f.params.town}' is not one of the plan's towns.`;
    case 'PAIR-TOWN-DUPLICATE':
      return `${at}'${f.params.town}' is listed twice (first at ${f.params.firstCell}).`;
    case 'PAIR-TOWN-MISSING':
      return `${at}the pairing table lacks the plan town '${f.params.town}'.`;
    case 'PAIR-TYPE-INVALID':
      return `${at}the type '${f.params.type}' of '${f.params.town}' is neither 重点帮扶镇 nor 巩固提升镇${ea}.`;
    case 'PAIR-TYPE-MISMATCH':
      return `${at}the type of '${f.params.town}' differs from the plan${ea}.`;
    case 'PAIR-TYPE-COUNT':
      return f.params.what === 'types'
        ? `${at}the number of towns of each type differs from the plan${ea}.`
        : `${at}the key towns led by Shenzhen units and by Heyuan city units differ from the plan (Shenzhen + Heyuan)${ea}.`;
    case 'PAIR-LEAD-LEVEL':
      return `${at}'${f.params.town}' is a ${f.params.type}, but its lead unit '${f.params.unit}' is of the wrong level: key towns are led by Shenzhen or Heyuan city units, consolidation towns by county units.`;
    case 'PAIR-LEAD-CHANGED':
      return `${at}the ${f.params.field === 'lead' ? 'lead unit' : 'member units'} of '${f.params.town}' differ from the plan's annex (ignore if changed by a later notice)${ea}.`;
    case 'PAIR-MEMBERS-EMPTY':
      return `${at}'${f.params.town}' has no member units${f.expected ? ` (the annex lists: ${f.expected})` : ''}.`;
    case 'FUND-HEADER':
      return `${at}this looks like a fund sheet but lacks ${f.params.missing.map((m) => MISSING_COLUMN[m] ?? m).join(', ')}.`;
    case 'FUND-NOT-NUMBER':
      return `${at}${f.params.town ? `the ${f.params.column} of '${f.params.town}'` : f.params.column} is not a number: '${f.actual ?? ''}'.`;
    case 'FUND-TEXT-NUMBER':
      return `${at}${f.params.column} is a number stored as text '${f.actual ?? ''}'; read as ${f.expected ?? ''}. Consider a number format.`;
    case 'FUND-NEGATIVE':
      return `${at}${f.params.town ? `the ${f.params.column} of '${f.params.town}'` : f.params.column} is negative: ${f.actual ?? ''}.`;
    case 'FUND-YEAR-RANGE':
      return `${at}the year '${f.params.year}' is outside the plan's years ${f.params.first}–${f.params.last}.`;
    case 'FUND-ROW-DUPLICATE':
      return `${at}'${f.params.town}' has a second row for ${f.params.year} (first at ${f.params.firstCell}).`;
    case 'FUND-ROW-MISSING':
      return `${at}no row for '${f.params.town}' in ${f.params.year}.`;
    case 'FUND-SUM':
      if (f.params.candidates) return rowEn(at, f.params);
      return `${at}the total of '${f.params.town}'${f.params.year ? ` in ${f.params.year}` : ''} is not the sum of its parts${ea}.`;
    case 'FUND-SHARE':
      if (f.params.candidates) return rowEn(at, f.params);
      return `${at}the ${label(f.params.source)} share of '${f.params.town}' in ${f.params.year} does not follow the province : Shenzhen : Heyuan ratio${f.params.ratio ? ` of ${f.params.ratio}` : ''}${ea}.`;
    case 'FUND-LOCAL-SPLIT':
      if (f.params.candidates) return rowEn(at, f.params);
      return `${at}the ${label(f.params.part)} part of '${f.params.town}' in ${f.params.year} does not follow the city : county split${f.params.ratio ? ` of ${f.params.ratio}` : ''}${ea}.`;
    case 'FUND-POOL':
      return `${at}the total over all towns in ${f.params.year} is not ${f.params.towns} towns × the yearly standard${ea}.`;
    case 'FUND-TOTAL-ROW':
      return `${at}the ${f.params.column} of the '${f.params.label}' row is not the sum of the rows it covers${ea}.`;
    case 'FUND-OTHER-STREAM':
      return `${at}the column '${f.params.column}' holds money outside the plan's pool; it is listed and left out of the ratio and pool checks.`;
    case 'FUND-ROUNDING':
      return `${at}the ${label(f.params.source)} of '${f.params.town}' in ${f.params.year} differs from the exact split by a rounding difference within the tolerance${ea}.`;
    case 'FUND-UNIT':
      return `${at}the amounts do not look like '${f.params.unit}'; they may be in '${f.params.suggested}'. Please check the unit${ea}.`;
    case 'FUND-COLUMN-UNMAPPED':
      return `${at}the column '${f.params.column}' looks like money but matches no source, total or known other stream, so it was not checked; rename its header to one of the plan's column names (省级, 深圳市, 河源市级, 紫金县级, 合计).`;
    case 'FUND-CHECK-SKIPPED':
      return `${at}the fund sheet has no ${f.params.missing.map((k) => label(k)).join(', ')} column, so these checks did not run: ${f.params.checks.map((c) => CHECK_EN[c]).join(', ')}.`;
    case 'FUND-UNCALCULATED':
      return `${at}${f.params.count} formulas in ${f.params.range} have no calculated result (the program that saved the file does not calculate); open and save the file in Excel or WPS, then check again.`;
    case 'FUND-TOWN-BLANK':
      return `${at}this row has amounts but no town${f.params.year ? ` (${f.params.year})` : ''}; fill in the town or delete the row.`;
    case 'FUND-TOWN-VARIANT':
      return `${at}the town written '${f.params.written}' was read as the plan's '${f.params.town}'; consider writing it as the plan does.`;
    case 'FUND-SOURCE-TOTAL':
      return f.params.what === 'total'
        ? `${at}the total${f.params.year ? ` for ${f.params.year}` : ''} is not the sum of the sources${ea}.`
        : `${at}the ${label(f.params.source)} amount${f.params.year ? ` for ${f.params.year}` : ''} is not towns × the yearly standard × its ratio${ea}.`;
    case 'WB-NOTHING-FILLED':
      return `No amounts are filled in yet: the fund sheet${f.params.sheets.length === 1 ? '' : 's'} ${f.params.sheets.map((s) => `'${s}'`).join(', ')} ${f.params.sheets.length === 1 ? 'has' : 'have'} towns and years but every amount is blank (a blank template, or not filled in yet), so there are no figures to check. Fill in the amounts, then check again.`;
    case 'ROUND-CONFLICT':
      return `'${f.params.town}' in ${f.params.year} has different amounts in different files: ${f.params.files.map((x, i) => `${x} ${f.params.cells[i] ?? ''}`.trim()).join('; ')}${ea}.`;
    case 'ROUND-POOL':
      return `the total for ${f.params.year} over this round's ${f.params.files} files is not ${f.params.towns} towns × the yearly standard${ea}.`;
    case 'ALLOC-NO-WEIGHTS':
      return `${at}the factor sheet's weight (权重) row is missing or blank and the rule parameters give no factor weights, so no factor-method allocation was checked (weights are never assumed).`;
    case 'ALLOC-WEIGHTS':
      return f.params.factor
        ? `${at}the weight of the factor '${f.params.factor}' is not a number: '${f.actual ?? ''}'; no factor-method allocation was made.`
        : `${at}the factor weights ${f.params.source === 'profile' ? 'of the rule parameters' : 'of the weight row'} do not add up to 1 (100%); no factor-method allocation was made${ea}.`;
    case 'ALLOC-FACTOR-MISSING':
      return f.params.what === 'town'
        ? `${at}the factor sheet has no row for '${f.params.town ?? ''}'; every factor counts as 0 for it.`
        : f.params.what === 'column'
          ? `${at}the factor sheet has no '${f.params.factor ?? ''}' column although that factor has a weight; it counts as 0.`
          : `${at}'${f.params.town ?? ''}' has no usable value for the factor '${f.params.factor ?? ''}'${f.actual ? ` ('${f.actual}')` : ' (blank)'}; it counts as 0.`;
    case 'ALLOC-DEVIATION':
      if (f.params.towns !== undefined)
        return `${at}in ${f.params.year}, ${f.params.towns} town${f.params.towns === 1 ? '' : 's'} differ from the factor-method amount (factors × weights) by more than ${f.params.tolerance} 万元; the largest: ${(f.params.largest ?? []).join(', ')} (in ${f.params.unit}).`;
      return `${at}the allocation of '${f.params.town}'${f.params.year ? ` in ${f.params.year}` : ''} differs from its factor-method amount by more than ${pct(f.params.share)} of it (factor method ${f.expected ?? '—'}, found ${f.actual ?? '—'}, in ${f.params.unit}).`;
    case 'TEAM-SIZE':
      return `${at}the team of '${f.params.town}' has ${f.params.size} cadres (not counting commissioners, 三支一扶 staff and volunteers); in principle at least ${f.params.min}${ea}.`;
    case 'TEAM-LEADER-PARTY':
      return `${at}the team leader of '${f.params.town}', ${f.params.name}, is not a full CPC member (a probationary member is not)${ea}.`;
    case 'TEAM-LEADER-RANK':
      return `${at}'${f.params.town}' is assisted by county units and its team leader ${f.params.name} is below the required rank, or the rank is blank or not recognised${ea}.`;
    case 'TEAM-LEADER-POST':
      return `${at}the team leader of '${f.params.town}', ${f.params.name}, is not recorded in the required post of the town${ea}.`;
    case 'TEAM-MEMBER-PARTY':
      return `${at}the member ${f.params.name} of '${f.params.town}' is not a CPC member (the plan asks for members in principle; a note only)${ea}.`;
    case 'TEAM-MEMBER-STAFF':
      return `${at}the member ${f.params.name} of '${f.params.town}' is not recorded as on the establishment (在编) of a group unit${ea}.`;
    case 'TEAM-ROTATION':
      return `${at}${f.params.name} of '${f.params.town}' has served ${f.params.years} full years and is due for rotation (expected at most ${f.expected ?? '—'} years, posted on ${f.actual ?? '—'}).`;
    case 'TEAM-TECH':
      return `${at}'${f.params.town}' has too few rural science and technology commissioners (农村科技特派员): ${f.params.count}${ea}.`;
    case 'TEAM-SANZHIYIFU':
      return `${at}the team of '${f.params.town}' has ${f.params.count} 三支一扶 staff, outside the plan's range${ea}.`;
    case 'TEAM-VOLUNTEERS':
      return `${at}the team of '${f.params.town}' has ${f.params.count} graduate volunteers, outside the plan's range${ea}.`;
    case 'TEAM-FIRST-SECRETARY':
      return `${at}${f.params.village} in '${f.params.town}' is a ${f.params.villageType} but the team roster has no first secretary (第一书记) for it.`;
    case 'VILLAGE-INCOME':
      return f.severity === 'info'
        ? `${at}in ${f.params.year}, ${f.params.below ?? 1} village(s) of '${f.params.town}' still have collective income not above the threshold${f.params.fromYear !== undefined ? `; all must be above it by ${f.params.fromYear}` : ''}${f.expected !== undefined ? ` (threshold: income ${f.expected})` : ''}.`
        : `${at}the collective income of ${f.params.village} ('${f.params.town}') in ${f.params.year} is not above the threshold${ea}.`;
    case 'MEET-JOINT':
      return `${at}${f.params.unit} held ${f.params.found} joint meeting(s) (联席会议) in ${periodEn(f.params.year, f.params.half, undefined)}; the plan asks for at least ${f.params.required} every half year.`;
    case 'MEET-PARTY':
      return `${at}${f.params.unit} held ${f.params.found} party-group or leadership meeting(s) on the assistance in ${periodEn(f.params.year, undefined, f.params.quarter)}; the plan asks for at least ${f.params.required} every quarter.`;
  }
}
