/**
 * The 规则参数 sheet (DESIGN.md "The profile"; RULES.md PARAM-INVALID): every parameter of the profile as one
 * labelled row 参数 | 键 | 值 | 说明, and each town as a `town` row. When such a sheet is in the workbook it
 * overrides the default profile value by value; a value that does not parse or breaks the schema is a
 * PARAM-INVALID finding on its cell, and the default is kept for it.
 *
 * Pure: the sheet comes in as a SheetSnapshot; render/params.ts writes the same rows back.
 */
import { makeFinding, type Finding } from '../findings';
import { findHeader } from '../recognise/header';
import { cellText } from '../recognise/text';
import { viewSheet } from '../recognise/view';
import { type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../types';
import { mergeDeep, setPath, startsWith } from './merge';
import { deriveTypeCounts, paramRowOf, stringifyParam, TOWN_ROW, type ParamReason, type ParamRow } from './param-rows';
import { clean, parseTown, parseValue } from './param-values';
import { profileSchema, type Profile, type Town } from './schema';

export * from './param-rows';

/** The 规则参数 sheet's columns and the names they go by (both languages, as renderParams writes them). */
const HEADERS = {
  label: ['参数', '参数名称', '名称', '项目', 'parameter', 'Parameter', 'label', 'Label'],
  key: ['键', '代码', '参数代码', '键名', 'key', 'Key', 'KEY', 'code', 'Code'],
  value: ['值', '取值', '参数值', '数值', 'value', 'Value', 'VALUE'],
  note: ['说明', '备注', '注释', 'note', 'Note', 'notes', 'Notes', 'description', 'Description'],
};
type Column = keyof typeof HEADERS;

interface ParamsLayout {
  headerRow: number;
  cols: Partial<Record<Column, number>>;
}

/** The header row by content, with the recogniser's header search: 键 and 值, and 参数 or 说明 beside them. */
function findParamsHeader(sheet: SheetSnapshot): ParamsLayout | undefined {
  const score = (keys: ReadonlySet<Column>) =>
    keys.has('key') && keys.has('value') && (keys.has('label') || keys.has('note')) ? keys.size : 0;
  const header = findHeader(viewSheet(sheet), HEADERS, { score, minScore: 3 });
  if (!header) return undefined;
  const cols: ParamsLayout['cols'] = {};
  for (const c of header.columns) cols[c.key] ??= c.col;
  return { headerRow: header.bottom, cols };
}

/** Whether a sheet is a 规则参数 sheet: a header row 参数 | 键 | 值 | 说明 within the first 20 rows, by content. */
export function isParamsSheet(sheet: SheetSnapshot): boolean {
  return findParamsHeader(sheet) !== undefined;
}

interface Entry {
  row: ParamRow;
  path: string[];
  value: unknown;
  at: { sheet: string; row: number; col: number };
  actual: string;
}

/**
 * Reads a 规则参数 sheet over `base`. Each value is parsed by its kind and schema-checked alone (merged into
 * `base`), then the whole is checked; a bad value is a PARAM-INVALID finding on its cell and keeps the default.
 * Town rows, when any is good, replace the town list; typeCounts then follow from them unless given.
 */
export function readParamsSheet(sheet: SheetSnapshot, base: Profile): { profile: Profile; findings: Finding[] } {
  const layout = findParamsHeader(sheet);
  if (!layout) return { profile: base, findings: [] };
  const { cols } = layout;
  const keyCol = cols.key!;
  const valueCol = cols.value!;
  const findings: Finding[] = [];
  const invalid = (
    at: Entry['at'],
    key: string,
    label: string | undefined,
    reason: ParamReason,
    detail?: string,
    expected?: string | number | null,
    actual?: string,
  ) =>
    findings.push(
      makeFinding(
        'PARAM-INVALID',
        at,
        { key, ...(label ? { label } : {}), reason, ...(detail !== undefined ? { detail } : {}) },
        {
          ...(expected !== null && expected !== undefined && expected !== '' ? { expected: String(expected) } : {}),
          ...(actual !== undefined ? { actual } : {}),
        },
      ),
    );

  const scalars: Entry[] = [];
  const townCells: { at: Entry['at']; raw: CellValue; actual: string }[] = [];
  const seen = new Set<string>();
  for (let r = layout.headerRow + 1; r <= sheet.rows.length; r++) {
    const cells = sheet.rows[r - 1] ?? [];
    const key = clean(cellText(cells[keyCol - 1] ?? null));
    if (!key || key.startsWith('#')) continue;
    const raw = cells[valueCol - 1] ?? null;
    const at = { sheet: sheet.name, row: r, col: valueCol };
    const actual = cellText(raw);
    const pr = paramRowOf(key, base);
    if (!pr) {
      invalid({ ...at, col: keyCol }, key, undefined, 'unknown-key', undefined, undefined, key);
      continue;
    }
    if (raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
    if (pr.kind === 'town') {
      townCells.push({ at, raw, actual });
      continue;
    }
    const expected = stringifyParam(pr, base);
    if (seen.has(pr.key)) {
      invalid(at, pr.key, pr.zh, 'duplicate', undefined, expected, actual);
      continue;
    }
    seen.add(pr.key);
    const parsed = parseValue(pr, raw, base);
    if (!parsed.ok) {
      invalid(at, pr.key, pr.zh, parsed.reason, parsed.detail, expected, actual);
      continue;
    }
    const path = pr.key.split('.');
    const alone = profileSchema().safeParse(mergeDeep(base, setPath({}, path, parsed.value)));
    const own = alone.success ? undefined : alone.error.issues.find((i) => startsWith(i.path.map(String), path));
    if (own) {
      invalid(at, pr.key, pr.zh, reasonOfIssue(own), undefined, expected, actual);
      continue;
    }
    scalars.push({ row: pr, path, value: parsed.value, at, actual });
  }

  // Town rows, read with the type words in effect (the sheet's own typeLabels when they are good).
  const interim = build(base, scalars, []);
  const labels = profileSchema().safeParse(interim).success ? (interim as Profile) : base;
  const towns: Entry[] = [];
  const names = new Set<string>();
  for (const c of townCells) {
    const parsed = parseTown(c.raw, labels);
    const fail = (reason: ParamReason, detail?: string) => invalid(c.at, TOWN_ROW.key, TOWN_ROW.zh, reason, detail, undefined, c.actual);
    if (!parsed.ok) {
      fail(parsed.reason, parsed.detail);
      continue;
    }
    const town = parsed.value as Town;
    const checked = profileSchema().shape.towns.def.element.safeParse(town);
    if (!checked.success) {
      fail('town-fields');
      continue;
    }
    if (names.has(town.name)) {
      fail('town-duplicate', town.name);
      continue;
    }
    names.add(town.name);
    towns.push({ row: TOWN_ROW, path: ['towns', String(towns.length)], value: town, at: c.at, actual: c.actual });
  }

  // The whole: a value that conflicts with others (years.first after years.last) is dropped, until the profile is valid.
  let entries = [...scalars, ...towns];
  for (let round = 0; round < 10; round++) {
    const r = profileSchema().safeParse(
      build(
        base,
        entries.filter((e) => e.row !== TOWN_ROW),
        entries.filter((e) => e.row === TOWN_ROW),
      ),
    );
    if (r.success) return { profile: r.data, findings };
    const culprits = new Set<Entry>();
    for (const issue of r.error.issues) {
      const p = issue.path.map(String);
      for (const e of entries) if (startsWith(p, e.path) || startsWith(e.path, p)) culprits.add(e);
    }
    if (culprits.size === 0) break;
    for (const e of culprits)
      invalid(
        e.at,
        e.row.key,
        e.row.zh,
        e.row === TOWN_ROW ? 'town-fields' : 'conflict',
        undefined,
        e.row === TOWN_ROW ? undefined : stringifyParam(e.row, base),
        e.actual,
      );
    entries = entries.filter((e) => !culprits.has(e));
  }
  return { profile: base, findings };
}

/** The profile a workbook asks for: its first 规则参数 sheet that is not the product's own, over `base`. */
export function profileFromWorkbook(snapshot: WorkbookSnapshot, base: Profile): { profile: Profile; findings: Finding[]; sheet?: string } {
  const sheet = snapshot.sheets.find((s) => !s.owned && isParamsSheet(s));
  if (!sheet) return { profile: base, findings: [] };
  return { ...readParamsSheet(sheet, base), sheet: sheet.name };
}

/** Base + scalar values + (when given) the towns, with what follows from them. */
function build(base: Profile, scalars: readonly Entry[], towns: readonly Entry[]): unknown {
  let over: Record<string, unknown> = {};
  for (const e of scalars) over = setPath(over, e.path, e.value);
  const given = (k: string) => scalars.some((e) => e.row.key === k);
  if (towns.length > 0) {
    const list = towns.map((e) => e.value as Town);
    const counts = deriveTypeCounts(list);
    over.typeCounts = { ...counts, ...((over.typeCounts as object | undefined) ?? {}) };
    over.towns = list;
  }
  const merged = mergeDeep(base, over) as Record<string, unknown>;
  // A map given in the sheet replaces the default's entries rather than adding to them.
  for (const e of scalars) if (e.row.kind === 'map') merged[e.row.key] = e.value;
  // Old names pointing at towns no longer in the list would suggest a town of another plan.
  if (towns.length > 0 && !given('townAliases')) {
    merged.townAliases = Object.fromEntries(
      Object.entries(base.townAliases).filter(([, t]) => towns.some((x) => (x.value as Town).name === t)),
    );
  }
  // Another county's English names are not the base's: drop them unless the sheet gives them.
  if (given('county') && merged.county !== base.county && !given('countyEn')) delete merged.countyEn;
  if (given('city') && merged.city !== base.city && !given('cityEn')) delete merged.cityEn;
  return merged;
}

function reasonOfIssue(issue: { code: string; origin?: unknown }): ParamReason {
  if (issue.code === 'too_small') return issue.origin === 'array' || issue.origin === 'string' ? 'empty' : 'too-small';
  if (issue.code === 'too_big') return 'too-big';
  if (issue.code === 'invalid_format') return 'date-format';
  return 'conflict';
}
