/**
 * The rows of the 规则参数 sheet: every parameter of the profile with its key (a dotted path into the Profile),
 * zh-CN and en-US labels, how its value is written, and a note; and how a profile's value is written back.
 */
import type { FindingParams } from '../findings';
import { getPath } from './merge';
import type { Group, Profile, Town } from './schema';

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
  ['town', '镇名', 'town'],
  ['type', '帮扶类型', 'type'],
  ['lead', '牵头单位', 'lead unit'],
  ['members', '成员单位', 'member units'],
  ['year', '年度', 'year'],
  ['total', '合计', 'total'],
  ['province', '省级', 'province'],
  ['shenzhen', '深圳市', 'Shenzhen'],
  ['heyuan', '市（合计）', 'city (whole)'],
  ['heyuanCity', '市级', 'city level'],
  ['county', '县级', 'county level'],
  ['otherStreams', '其他资金（不计入）', 'other money streams'],
  ['totalRows', '合计行', 'total rows'],
  ['subtotalRows', '小计行', 'subtotal rows'],
];
const SHEET_ALIAS_ROWS: [string, string, string][] = [
  ['name', '姓名', 'name'],
  ['role', '队内职务', 'team role'],
  ['party', '政治面貌', 'party status'],
  ['rank', '职级', 'rank'],
  ['staff', '编制', 'establishment'],
  ['since', '派驻日期', 'posted since'],
  ['category', '人员类别', 'category'],
  ['unit', '所属单位', 'unit'],
  ['post', '镇任职', 'post in the town'],
  ['village', '村', 'village'],
  ['villageType', '村类型', 'village type'],
  ['income', '集体经济收入', 'collective income'],
  ['date', '会议日期', 'meeting date'],
  ['meetingType', '会议类型', 'meeting type'],
  ['topic', '议题', 'topic'],
  ['weightRow', '权重行', 'weight row'],
];
const WORD_ROWS: [string, string, string][] = [
  ['leader', '队长', 'leader'],
  ['firstSecretary', '第一书记', 'first secretary'],
  ['fullMember', '正式党员', 'full party member'],
  ['probationary', '预备党员', 'probationary member'],
  ['party', '党员', 'party member'],
  ['staff', '在编', 'on the establishment'],
  ['tech', '科技特派员', 'science envoy'],
  ['sanZhiYiFu', '三支一扶', 'Sanzhiyifu staff'],
  ['volunteer', '志愿者', 'volunteer'],
  ['leaderPost', '党委副书记', 'deputy party secretary post'],
  ['jointMeeting', '联席会议', 'joint meeting'],
  ['partyMeeting', '党组（班子）会议', 'party-group meeting'],
  ['assistanceTopic', '帮扶议题', 'assistance topic'],
  ['yes', '“是”', 'yes'],
  ['no', '“否”', 'no'],
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
  row(
    'sources',
    '资金来源比例（省:深圳:市）',
    'Source ratio (province:Shenzhen:city)',
    'ratio',
    '按 省级:深圳市:市 的顺序写成整数比，如 6:3:1',
  ),
  row('localSplit', '市县分担比例（市级:县级）', 'Local split (city:county)', 'ratio', '市的部分再按 市级:县级 分，如 2:8'),
  row('tolerance', '金额比较容差（万元）', 'Amount tolerance (万元)', 'number'),
  row('allocation.tolerance', '因素法分配容差（万元）', 'Allocation tolerance (万元)', 'number', '四（十一）'),
  row(
    'allocation.allocTolerance',
    '因素法逐镇提示的偏差比例',
    'Share of a town’s amount beyond which it is listed on its own',
    'number',
    '四（十一）：偏差超过该镇测算数的这一比例才逐镇列出，0.1 即 10%',
  ),
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

export const TOWN_ROW: ParamRow = row(
  'town',
  '帮扶镇',
  'Town',
  'town',
  '镇名｜类型｜组别（深圳/市直/县直）｜牵头单位｜成员单位；有此类行时代替默认镇名单',
);

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
    ? row(
        `weights.${f}`,
        `因素权重：${word}`,
        `Factor weight: ${f}`,
        'number',
        '四（十一）因素法权重（各项之和为 1，可写 30%）；不填则不做因素法测算',
      )
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

export const GROUP_WORD: Record<Group, string> = { shenzhen: '深圳', city: '市直', county: '县直' };

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
      return (
        Array.isArray(v)
          ? (v as { name: string; note: string }[]).map((o) => [o.name, o.note])
          : Object.entries(v as Record<string, string>)
      )
        .map(([a, b]) => `${a}=${b}`)
        .join('；');
    default:
      return String(v);
  }
}

/** 二（二）'s counts (11 重点: 8 + 3, 5 巩固提升) as the given towns make them. */
export function deriveTypeCounts(towns: readonly Town[]): Profile['typeCounts'] {
  const key = towns.filter((t) => t.type === 'key');
  return {
    key: key.length,
    consolidate: towns.length - key.length,
    keyShenzhen: key.filter((t) => t.group === 'shenzhen').length,
    keyCity: key.filter((t) => t.group === 'city').length,
  };
}
