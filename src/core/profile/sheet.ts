/**
 * The 规则参数 sheet (DESIGN.md "The profile"; RULES.md PARAM-INVALID): every parameter of the profile as one
 * labelled row 参数 | 键 | 值 | 说明, and each town as a `town` row. When such a sheet is in the workbook it
 * overrides the default profile value by value; a value that does not parse or breaks the schema is a
 * PARAM-INVALID finding on its cell, and the default is kept for it.
 *
 * Pure: the sheet comes in as a SheetSnapshot; render/params.ts writes the same rows back.
 */
import { makeFinding, type Finding, type FindingParams } from '../findings';
import { toHalfWidth } from '../money/text';
import { cellText, normaliseLabel, normaliseName } from '../recognise/text';
import { isCellError, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../types';
import { ProfileSchema, type Group, type Profile, type Town, type TownType } from './schema';

/** How a value is written in the 值 column. */
export type ParamKind = 'int' | 'number' | 'text' | 'list' | 'ratio' | 'range' | 'date' | 'map' | 'town';

/** Why a value was not used (words in the message catalogs). */
export type ParamReason = FindingParams['PARAM-INVALID']['reason'];

export interface ParamRow {
  /** Dotted path into the Profile (`years.first`), or `town` for a town row. */
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly kind: ParamKind;
  /** What the value means and how to write it (zh-CN). */
  readonly note: string;
}

const row = (key: string, zh: string, en: string, kind: ParamKind, note = ''): ParamRow => ({ key, zh, en, kind, note });
const LIST_NOTE = '多项用“、”分隔';

const ALIAS_ROWS: [string, string, string][] = [
  ['town', '镇名', 'town'], ['type', '帮扶类型', 'type'], ['lead', '牵头单位', 'lead unit'], ['members', '成员单位', 'member units'],
  ['year', '年度', 'year'], ['total', '合计', 'total'], ['province', '省级', 'province'], ['shenzhen', '深圳市', 'Shenzhen'],
  ['heyuan', '市（合计）', 'city (whole)'], ['heyuanCity', '市级', 'city level'], ['county', '县级', 'county level'],
  ['otherStreams', '其他资金（不计入）', 'other money streams'], ['totalRows', '合计行', 'total rows'], ['subtotalRows', '小计行', 'subtotal rows'],
];
const SHEET_ALIAS_ROWS: [string, string, string][] = [
  ['name', '姓名', 'name'], ['role', '队内职务', 'team role'], ['party', '政治面貌', 'party status'], ['rank', '职级', 'rank'],
  ['staff', '编制', 'establishment'], ['since', '派驻日期', 'posted since'], ['category', '人员类别', 'category'], ['unit', '所属单位', 'unit'],
  ['post', '镇任职', 'post in the town'], ['village', '村', 'village'], ['villageType', '村类型', 'village type'],
  ['income', '集体经济收入', 'collective income'], ['date', '会议日期', 'meeting date'], ['meetingType', '会议类型', 'meeting type'],
  ['topic', '议题', 'topic'], ['weightRow', '权重行', 'weight row'],
];
const WORD_ROWS: [string, string, string][] = [
  ['leader', '队长', 'leader'], ['firstSecretary', '第一书记', 'first secretary'], ['fullMember', '正式党员', 'full party member'],
  ['probationary', '预备党员', 'probationary member'], ['party', '党员', 'party member'], ['staff', '在编', 'on the establishment'],
  ['tech', '科技特派员', 'science envoy'], ['sanZhiYiFu', '三支一扶', 'Sanzhiyifu staff'], ['volunteer', '志愿者', 'volunteer'],
  ['leaderPost', '党委副书记', 'deputy party secretary post'], ['jointMeeting', '联席会议', 'joint meeting'],
  ['partyMeeting', '党组（班子）会议', 'party-group meeting'], ['assistanceTopic', '帮扶议题', 'assistance topic'], ['yes', '“是”', 'yes'], ['no', '“否”', 'no'],
];

/** Every fixed parameter row, in the order the sheet lists them (town rows follow `cityEn`; factor rows are added per profile). */
export const PARAM_ROWS: readonly ParamRow[] = [
  row('id', '方案代码', 'Profile id', 'text', '结果中注明所用方案，如 zijin-2021-2025'),
  row('name', '方案名称', 'Profile name', 'text'),
  row('county', '县（区）', 'County', 'text', '列名和说明中的县名'),
  row('city', '地级市', 'City', 'text'),
  row('countyEn', '县名（英文）', 'County (English)', 'text', '英文界面用；换县时请一并填写'),
  row('cityEn', '市名（英文）', 'City (English)', 'text', '英文界面用'),
  row('townAliases', '旧镇名、简称', 'Old town names', 'map', '写成“旧名=方案镇名”，多项用“；”分隔；只作提示，不自动替换'),
  row('outsideTowns', '不在方案内的镇', 'Towns outside the plan', 'map', '写成“镇名=原因”，多项用“；”分隔'),
  row('typeLabels.key', '重点帮扶镇的写法', 'Words for 重点帮扶镇', 'list', `第一项为规范写法；${LIST_NOTE}`),
  row('typeLabels.consolidate', '巩固提升镇的写法', 'Words for 巩固提升镇', 'list', `第一项为规范写法；${LIST_NOTE}`),
  row('years.first', '起始年度', 'First year', 'int', '四（十一）资金年度，含本年'),
  row('years.last', '结束年度', 'Last year', 'int', '含本年'),
  row('standard', '每镇每年平均标准（万元）', 'Standard per town-year (万元)', 'number', '四（十一）'),
  row('sources', '资金来源比例（省:深圳:市）', 'Source ratio (province:Shenzhen:city)', 'ratio', '按 省级:深圳市:市 的顺序写成整数比，如 6:3:1'),
  row('localSplit', '市县分担比例（市级:县级）', 'Local split (city:county)', 'ratio', '市的部分再按 市级:县级 分，如 2:8'),
  row('tolerance', '金额比较容差（万元）', 'Amount tolerance (万元)', 'number'),
  row('allocation.tolerance', '因素法分配容差（万元）', 'Allocation tolerance (万元)', 'number', '四（十一）'),
  row('unitLevels.shenzhen', '深圳单位的标志词', 'Words of Shenzhen units', 'list', LIST_NOTE),
  row('unitLevels.city', '市直单位的标志词', 'Words of city units', 'list', LIST_NOTE),
  row('unitLevels.county', '县直单位的标志词', 'Words of county units', 'list', LIST_NOTE),
  row('team.minSize', '工作队最少人数', 'Team minimum size', 'int', '二（一）'),
  row('team.rotationYears', '轮换年限（年）', 'Rotation (years)', 'number', '二（一）'),
  row('team.leaderMinRank', '县直队长最低职级', 'Lowest rank of a county team leader', 'text', '须是“职级序列”中的一个名称'),
  row('team.ranks', '职级序列（由低到高）', 'Ranks, lowest first', 'list', '各级用“、”分隔；同一级的不同名称用“/”分隔'),
  row('team.techMin', '科技特派员最少人数', 'Minimum science envoys', 'int', '四（十二）'),
  row('team.sanZhiYiFu', '三支一扶人数', 'Sanzhiyifu staff', 'range', '写成“最少-最多”，如 1-2'),
  row('team.volunteers', '志愿者人数', 'Graduate volunteers', 'range', '写成“最少-最多”，如 2-3'),
  row('team.keyVillageTypes', '须派第一书记的村类型', 'Village types needing a first secretary', 'list', LIST_NOTE),
  row('village.incomeThreshold', '村集体经济收入标准（万元）', 'Village income threshold (万元)', 'number', '三（八）：须高于此数'),
  row('village.fromYear', '收入标准起始年度', 'Income threshold from year', 'int'),
  row('meetings.jointPerHalfYear', '每半年联席会议次数', 'Joint meetings per half year', 'int', '四（九）'),
  row('meetings.partyPerQuarter', '每季度党组（班子）会议次数', 'Party-group meetings per quarter', 'int', '四（九）'),
  row('checkDate', '校验日期', 'Check date', 'date', '时间类校验所用日期，如 2024-06-30；空则为当天'),
  ...ALIAS_ROWS.map(([k, zh, en]) => row(`aliases.${k}`, `列名：${zh}`, `Column names: ${en}`, 'list', LIST_NOTE)),
  ...SHEET_ALIAS_ROWS.map(([k, zh, en]) => row(`sheetAliases.${k}`, `列名：${zh}`, `Column names: ${en}`, 'list', LIST_NOTE)),
  ...WORD_ROWS.map(([k, zh, en]) => row(`words.${k}`, `用语：${zh}`, `Words: ${en}`, 'list', LIST_NOTE)),
];

export const TOWN_ROW: ParamRow = row('town', '帮扶镇', 'Town', 'town', '镇名｜类型｜组别（深圳/市直/县直）｜牵头单位｜成员单位；有此类行时代替默认镇名单');

const TYPE_COUNT_ROWS: readonly ParamRow[] = [
  row('typeCounts.key', '重点帮扶镇个数', 'Number of key towns', 'int', '不填则按镇行计算'),
  row('typeCounts.consolidate', '巩固提升镇个数', 'Number of consolidation towns', 'int', '不填则按镇行计算'),
  row('typeCounts.keyShenzhen', '深圳帮扶的重点镇个数', 'Key towns with Shenzhen units', 'int', '不填则按镇行计算'),
  row('typeCounts.keyCity', '市直帮扶的重点镇个数', 'Key towns with city units', 'int', '不填则按镇行计算'),
];

const FIXED = new Map([...PARAM_ROWS, ...TYPE_COUNT_ROWS].map((r) => [r.key.toLowerCase(), r]));

/** The row of a key (case-insensitive), including `sheetAliases.factors.<f>` and `weights.<f>`; undefined when unknown. */
export function paramRowOf(key: string, profile?: Profile): ParamRow | undefined {
  const k = key.trim();
  if (k.toLowerCase() === 'town' || k.toLowerCase() === 'towns') return TOWN_ROW;
  const fixed = FIXED.get(k.toLowerCase());
  if (fixed) return fixed;
  const m = /^(sheetAliases\.factors|weights)\.([A-Za-z][A-Za-z0-9_]*)$/i.exec(k);
  if (!m) return undefined;
  const f = m[2];
  const word = profile?.sheetAliases.factors[f]?.[0] ?? f;
  return m[1].toLowerCase() === 'weights'
    ? row(`weights.${f}`, `因素权重：${word}`, `Factor weight: ${f}`, 'number', '四（十一）因素法权重（各项之和为 1，可写 30%）；不填则不做因素法测算')
    : row(`sheetAliases.factors.${f}`, `因素列名：${word}`, `Factor column names: ${f}`, 'list', LIST_NOTE);
}

/** The rows written for a profile: the fixed ones with factor rows, and typeCounts only where they differ from the towns. */
export function paramRowsFor(profile: Profile): ParamRow[] {
  const factors = [...new Set([...Object.keys(profile.sheetAliases.factors), ...Object.keys(profile.weights ?? {})])];
  const derived = deriveTypeCounts(profile.towns);
  const countOf = (r: ParamRow) => r.key.split('.')[1] as keyof Profile['typeCounts'];
  const counts = TYPE_COUNT_ROWS.filter((r) => derived[countOf(r)] !== profile.typeCounts[countOf(r)]);
  const at = PARAM_ROWS.findIndex((r) => r.key === 'checkDate');
  return [
    ...PARAM_ROWS.slice(0, at),
    ...counts,
    ...factors.map((f) => paramRowOf(`weights.${f}`, profile)!),
    ...PARAM_ROWS.slice(at),
    ...Object.keys(profile.sheetAliases.factors).map((f) => paramRowOf(`sheetAliases.factors.${f}`, profile)!),
  ];
}

// ---------------------------------------------------------------- writing values

const GROUP_WORD: Record<Group, string> = { shenzhen: '深圳', city: '市直', county: '县直' };

/** A town as its row writes it: 龙窝镇｜重点帮扶镇｜深圳｜龙华区民治街道｜成员1、成员2. */
export function stringifyTown(town: Town, profile: Pick<Profile, 'typeLabels'>): string {
  return [town.name, profile.typeLabels[town.type][0], GROUP_WORD[town.group], town.lead, town.members.join('、')].join('｜');
}

/** A parameter's current value as the 值 cell holds it (null: empty). */
export function stringifyParam(r: ParamRow, profile: Profile): string | number | null {
  const v = getPath(profile, r.key.split('.'));
  if (v === undefined || v === null) return null;
  switch (r.kind) {
    case 'int':
    case 'number':
      return v as number;
    case 'list':
      return (v as string[]).join('、');
    case 'ratio':
      return (v as { ratio: number }[]).map((p) => p.ratio).join(':');
    case 'range':
      return (v as number[]).join('-');
    case 'map':
      return (Array.isArray(v) ? (v as { name: string; note: string }[]).map((o) => [o.name, o.note]) : Object.entries(v as Record<string, string>))
        .map(([a, b]) => `${a}=${b}`)
        .join('；');
    default:
      return String(v);
  }
}

// ---------------------------------------------------------------- reading values

type Parsed = { ok: true; value: unknown } | { ok: false; reason: ParamReason; detail?: string };
const bad = (reason: ParamReason, detail?: string): Parsed => (detail === undefined ? { ok: false, reason } : { ok: false, reason, detail });

const clean = (s: string) => toHalfWidth(s).replace(/[\s\u200B-\u200D\u2060\uFEFF\u00A0]/g, '');

function parseNumber(v: CellValue, int: boolean): Parsed {
  let n: number;
  if (typeof v === 'number') n = v;
  else {
    let s = clean(cellText(v)).replace(/,/g, '');
    const pct = s.endsWith('%');
    if (pct) s = s.slice(0, -1);
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return bad('not-number');
    n = pct ? Number(s) / 100 : Number(s);
  }
  if (!Number.isFinite(n)) return bad('not-number');
  if (int && !Number.isInteger(n)) return bad('not-integer');
  return { ok: true, value: n };
}

/** Lists: 、 (written), also ；;，, and line breaks (read). */
function splitList(s: string): string[] {
  return s
    .split(/[、；;，,\n\r]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

function parseRatio(v: CellValue, base: readonly { key: string }[]): Parsed {
  let s: string;
  if (typeof v === 'number') {
    // Excel turns a typed 6:3:1 into the time 06:03:01 (and 2:8 into 02:08); read it back as h:m:s.
    if (v < 0 || v >= 10) return bad('ratio-format', String(base.length));
    const sec = Math.round(v * 86400);
    const hms = [Math.floor(sec / 3600), Math.floor(sec / 60) % 60, sec % 60];
    s = (base.length === 2 ? hms.slice(0, 2) : hms).join(':');
  } else s = clean(cellText(v)).replace(/[∶比]/g, ':');
  const parts = s.split(':');
  if (!parts.every((p) => /^\d+$/.test(p))) return bad('ratio-format', String(base.length));
  if (parts.length !== base.length) return bad('ratio-parts', String(base.length));
  return { ok: true, value: base.map((b, i) => ({ key: b.key, ratio: Number(parts[i]) })) };
}

function parseRange(v: CellValue): Parsed {
  let pair: number[];
  if (typeof v === 'number') {
    // Excel turns a typed 1-2 into the date 1月2日: month and day are the two numbers.
    if (v > 1000 && Number.isInteger(v)) {
      const t = new Date(Date.UTC(1899, 11, 30) + v * 86_400_000);
      pair = [t.getUTCMonth() + 1, t.getUTCDate()];
    } else pair = [v, v];
  } else {
    const s = clean(cellText(v));
    const m = /^(\d+)(?:(?:-|–|—|~|～|至|到)(\d+))?$/.exec(s);
    if (!m) return bad('range-format');
    pair = [Number(m[1]), Number(m[2] ?? m[1])];
  }
  if (!pair.every((n) => Number.isInteger(n) && n >= 0)) return bad('range-format');
  if (pair[0] > pair[1]) return bad('range-order');
  return { ok: true, value: pair };
}

function parseDateValue(v: CellValue): Parsed {
  let y: number, m: number, d: number;
  if (typeof v === 'number') {
    if (!(v > 0 && v < 120000)) return bad('date-format');
    const t = new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 86_400_000);
    [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  } else {
    const r = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/.exec(clean(cellText(v)));
    if (!r) return bad('date-format');
    [y, m, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
    const t = new Date(Date.UTC(y, m - 1, d));
    if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return bad('date-format');
  }
  return { ok: true, value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

function parseMap(v: CellValue, pairs: boolean): Parsed {
  // Entries are separated by ；; and line breaks (notes may hold commas); 、 also separates when an entry has several '='.
  const entries = cellText(v)
    .split(/[；;\n\r]+/)
    .flatMap((e) => ((e.match(/[=＝]/g) ?? []).length > 1 ? e.split(/[、，,]/) : [e]))
    .map((e) => e.trim())
    .filter(Boolean);
  const out: [string, string][] = [];
  for (const e of entries) {
    const m = /^([^=＝]+)[=＝](.+)$/.exec(e);
    if (!m) return bad('map-format');
    out.push([normaliseName(m[1]), m[2].trim()]);
  }
  return { ok: true, value: pairs ? out.map(([name, note]) => ({ name, note })) : Object.fromEntries(out) };
}

const GROUPS: Record<string, Group> = {
  深圳: 'shenzhen', 深圳市: 'shenzhen', shenzhen: 'shenzhen',
  市直: 'city', 市: 'city', 市级: 'city', city: 'city',
  县直: 'county', 县: 'county', 县级: 'county', county: 'county',
};

/** A town row: name｜type｜group｜lead｜members (members may be left out). */
function parseTown(v: CellValue, profile: Pick<Profile, 'typeLabels' | 'city'>): Parsed {
  const f = cellText(v).split(/[｜|]/).map((x) => x.trim());
  if (f.length < 4 || f.length > 5) return bad('town-fields');
  const name = normaliseName(f[0]);
  const typeText = normaliseName(f[1]);
  const type: TownType | undefined = (['key', 'consolidate'] as const).find(
    (t) => t === typeText || profile.typeLabels[t].some((l) => normaliseName(l) === typeText),
  );
  if (!type) return bad('town-type', f[1]);
  const g = normaliseName(f[2]);
  // 河源市直 → 市直, 河源市 → 市: the city's own name may stand before the group word.
  const short = profile.city.replace(/市$/, '');
  const group = GROUPS[g.toLowerCase()] ?? (short && g.startsWith(short) ? GROUPS[g.slice(short.length)] : undefined);
  if (!group) return bad('town-group', f[2]);
  const town = { name, type, group, lead: normaliseName(f[3]), members: splitList(f[4] ?? '').map(normaliseName) };
  return { ok: true, value: town };
}

function parseValue(r: ParamRow, v: CellValue, base: Profile): Parsed {
  if (isCellError(v)) return bad('cell-error', v.error);
  switch (r.kind) {
    case 'int':
      return parseNumber(v, true);
    case 'number':
      return parseNumber(v, false);
    case 'list':
      return { ok: true, value: splitList(cellText(v)) };
    case 'ratio':
      return parseRatio(v, getPath(base, [r.key]) as { key: string }[]);
    case 'range':
      return parseRange(v);
    case 'date':
      return parseDateValue(v);
    case 'map':
      return parseMap(v, r.key === 'outsideTowns');
    case 'town':
      return parseTown(v, base);
    default:
      return { ok: true, value: cellText(v).trim() };
  }
}

// ---------------------------------------------------------------- the sheet

const HEADERS = {
  label: ['参数', '参数名称', '名称', '项目', 'parameter', 'label'],
  key: ['键', '代码', '参数代码', '键名', 'key', 'code'],
  value: ['值', '取值', '参数值', '数值', 'value'],
  note: ['说明', '备注', '注释', 'note', 'notes', 'description'],
};
type Column = keyof typeof HEADERS;

interface ParamsLayout {
  headerRow: number;
  cols: Partial<Record<Column, number>>;
}

function findHeader(sheet: SheetSnapshot): ParamsLayout | undefined {
  const rows = sheet.rows;
  for (let r = 0; r < Math.min(20, rows.length); r++) {
    const cols: Partial<Record<Column, number>> = {};
    (rows[r] ?? []).forEach((v, c) => {
      const t = normaliseLabel(cellText(v)).toLowerCase();
      for (const col of Object.keys(HEADERS) as Column[]) if (cols[col] === undefined && HEADERS[col].includes(t)) cols[col] = c + 1;
    });
    if (cols.key && cols.value && (cols.label || cols.note)) return { headerRow: r + 1, cols };
  }
  return undefined;
}

/** Whether a sheet is a 规则参数 sheet: a header row 参数 | 键 | 值 | 说明 within the first 20 rows, by content. */
export function isParamsSheet(sheet: SheetSnapshot): boolean {
  return findHeader(sheet) !== undefined;
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
  const layout = findHeader(sheet);
  if (!layout) return { profile: base, findings: [] };
  const { cols } = layout;
  const keyCol = cols.key!;
  const valueCol = cols.value!;
  const findings: Finding[] = [];
  const invalid = (at: Entry['at'], key: string, label: string | undefined, reason: ParamReason, detail?: string, expected?: string | number | null, actual?: string) =>
    findings.push(
      makeFinding('PARAM-INVALID', at, { key, ...(label ? { label } : {}), reason, ...(detail !== undefined ? { detail } : {}) }, {
        ...(expected !== null && expected !== undefined && expected !== '' ? { expected: String(expected) } : {}),
        ...(actual !== undefined ? { actual } : {}),
      }),
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
    const alone = ProfileSchema.safeParse(mergeDeep(base, setPath({}, path, parsed.value)));
    const own = alone.success ? undefined : alone.error.issues.find((i) => startsWith(i.path.map(String), path));
    if (own) {
      invalid(at, pr.key, pr.zh, reasonOfIssue(own), undefined, expected, actual);
      continue;
    }
    scalars.push({ row: pr, path, value: parsed.value, at, actual });
  }

  // Town rows, read with the type words in effect (the sheet's own typeLabels when they are good).
  const interim = build(base, scalars, []);
  const labels = ProfileSchema.safeParse(interim).success ? (interim as Profile) : base;
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
    const checked = ProfileSchema.shape.towns.element.safeParse(town);
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
    const r = ProfileSchema.safeParse(build(base, entries.filter((e) => e.row !== TOWN_ROW), entries.filter((e) => e.row === TOWN_ROW)));
    if (r.success) return { profile: r.data, findings };
    const culprits = new Set<Entry>();
    for (const issue of r.error.issues) {
      const p = issue.path.map(String);
      for (const e of entries) if (startsWith(p, e.path) || startsWith(e.path, p)) culprits.add(e);
    }
    if (culprits.size === 0) break;
    for (const e of culprits) invalid(e.at, e.row.key, e.row.zh, e.row === TOWN_ROW ? 'town-fields' : 'conflict', undefined, e.row === TOWN_ROW ? undefined : stringifyParam(e.row, base), e.actual);
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
    merged.townAliases = Object.fromEntries(Object.entries(base.townAliases).filter(([, t]) => towns.some((x) => (x.value as Town).name === t)));
  }
  // Another county's English names are not the base's: drop them unless the sheet gives them.
  if (given('county') && merged.county !== base.county && !given('countyEn')) delete merged.countyEn;
  if (given('city') && merged.city !== base.city && !given('cityEn')) delete merged.cityEn;
  return merged;
}

function deriveTypeCounts(towns: readonly Town[]): Profile['typeCounts'] {
  const key = towns.filter((t) => t.type === 'key');
  return {
    key: key.length,
    consolidate: towns.length - key.length,
    keyShenzhen: key.filter((t) => t.group === 'shenzhen').length,
    keyCity: key.filter((t) => t.group === 'city').length,
  };
}

function reasonOfIssue(issue: { code: string; origin?: unknown }): ParamReason {
  if (issue.code === 'too_small') return issue.origin === 'array' || issue.origin === 'string' ? 'empty' : 'too-small';
  if (issue.code === 'too_big') return 'too-big';
  if (issue.code === 'invalid_format') return 'date-format';
  return 'conflict';
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => p === path[i]);
}

function getPath(obj: unknown, path: readonly string[]): unknown {
  let v: unknown = obj;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

function setPath(obj: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const out = { ...obj };
  const [head, ...rest] = path;
  out[head] = rest.length === 0 ? value : setPath(isPlain(out[head]) ? (out[head] as Record<string, unknown>) : {}, rest, value);
  return out;
}

/** Objects merge key by key; arrays and scalars replace (as parseProfile merges). */
function mergeDeep(base: unknown, over: unknown): unknown {
  if (isPlain(base) && isPlain(over)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = k in base ? mergeDeep(base[k], v) : v;
    return out;
  }
  return over === undefined ? base : over;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
