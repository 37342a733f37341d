/**
 * The words of the recognition summary (识别情况, RULES.md "Additions": `recognition`), spread into `ui(lang)`:
 * what each sheet was read as, its layout, header, years, rows, mapped columns and skipped rows.
 */
import type { FundLayout, SheetKind } from '../recognition';
import type { Lang } from './lang';

/** Reasons a reader gives for skipped rows or an unrecognised sheet, as short keys; any other text is shown as given. */
export type RecognitionWhy =
  | 'note'
  | 'group-heading'
  | 'year-section'
  | 'empty'
  | 'header-repeated'
  | 'total'
  | 'subtotal'
  | 'blank-town'
  | 'no-amounts'
  | 'no-header'
  | 'owned'
  | 'hidden'
  | 'unknown-town'
  | 'other-town';

/** Columns a reader names as missing (`why: 'missing: town, amount'`). */
const zhMissing: Record<string, string> = {
  town: '镇名列',
  type: '帮扶类型列',
  lead: '牵头单位列',
  amount: '金额列（合计、省级、深圳市、河源市…）',
  year: '年度（年度列，或表名、标题中的年份）',
};

const enMissing: Record<string, string> = {
  town: 'a town column',
  type: 'a type column',
  lead: 'a lead unit column',
  amount: 'amount columns (total, province, Shenzhen, Heyuan…)',
  year: 'the year (a year column, or the year in the sheet name or title)',
};

const zhWhy: Record<RecognitionWhy, string> = {
  note: '说明或备注',
  'group-heading': '分组标题行（没有金额）',
  'year-section': '年度分段标题行（其下各行属于该年度）',
  empty: '空白',
  'header-repeated': '重复的表头',
  total: '合计行（与所合计的行核对）',
  subtotal: '小计行（与所合计的行核对）',
  'blank-town': '有金额但没有镇名',
  'no-amounts': '没有金额',
  'no-header': '没有找到含“镇”列和金额列的表头',
  owned: '本工具写出的结果表',
  hidden: '隐藏的工作表',
  'unknown-town': '镇名不在方案范围内',
  'other-town': '其他镇的行',
};

const enWhy: Record<RecognitionWhy, string> = {
  note: 'a note',
  'group-heading': 'a group heading (no amounts)',
  'year-section': "a year section's heading (the rows below are that year's)",
  empty: 'blank',
  'header-repeated': 'a repeated header',
  total: 'a total row (checked against the rows it adds up)',
  subtotal: 'a subtotal row (checked against the rows it adds up)',
  'blank-town': 'amounts but no town',
  'no-amounts': 'no amounts',
  'no-header': 'no header with a town column and amount columns',
  owned: "this tool's own result sheet",
  hidden: 'a hidden sheet',
  'unknown-town': 'a town not in the plan',
  'other-town': "another town's row",
};

export const RECOGNITION_ZH = {
  /** The catalog's own language, for fronts that hold only the strings. */
  recogLang: 'zh-CN' as Lang,
  recogHeading: '识别情况',
  recogScopeCounty: '按全县汇总表读取（多个镇）',
  recogScopeTown: (town: string) => `按“${town}报送”读取：只有本镇的行，不要求其他镇的行和结对安排表`,
  recogNothing: '没有识别情况（工作簿没有被读取）。',
  recogCount: (sheets: number, unread: number) => `${sheets} 张表${unread ? `，${unread} 张未识别` : '，全部识别'}`,
  recogShowSheet: '查看表头',
  recogTitle: (count: string) => `识别情况（${count}）`,
  recogSheetTitle: (sheet: string, as: string) => `${sheet}：${as}`,
  recogAs: {
    pairing: '结对安排表',
    'fund-by-town': '资金表（按镇）',
    'fund-by-source': '资金筹集表（按来源）',
    team: '工作队名册',
    village: '村集体经济表',
    meeting: '会议记录',
    factors: '因素表',
    params: '规则参数表',
    none: '未识别',
  } as Record<SheetKind, string>,
  recogLayout: {
    long: '长表（每行一镇一年）',
    'wide-year-groups': '宽表（年度分列）',
    'year-sections': '按年度分段',
    'sheet-per-town': '一镇一表',
    'per-year-sheet': '一年一表',
    'pool-by-source': '来源为行、年度为列',
  } as Record<FundLayout, string>,
  recogRole: {
    town: '镇',
    year: '年度',
    type: '帮扶类型',
    lead: '牵头单位',
    members: '成员单位',
    other: '其他资金',
  } as Record<string, string>,
  recogHeader: (range: string) => `表头 ${range}`,
  recogYears: (years: string) => `年度 ${years}`,
  recogRows: (n: number) => `读取 ${n} 行`,
  recogUnit: (unit: string) => `单位 ${unit}`,
  recogTown: (town: string) => `镇 ${town}`,
  recogColumns: (list: string) => `列：${list}`,
  recogColumn: (role: string, cols: string, header: string) => `${role} → ${cols}「${header}」`,
  recogSkipped: (rows: string, why: string) => `跳过 ${rows}：${why}`,
  recogWhy: zhWhy as Record<string, string>,
  recogMissingCol: zhMissing,
  recogMissing: (list: string) => `缺少${list}`,
  recogSep: '；',
  recogListSep: '、',
  recogYearRange: (a: number, b: number) => `${a}–${b}`,
};

export type RecognitionStrings = typeof RECOGNITION_ZH;

export const RECOGNITION_EN: RecognitionStrings = {
  recogLang: 'en-US',
  recogHeading: 'What was read',
  recogScopeCounty: "Read as the county's table (many towns)",
  recogScopeTown: (town) =>
    `Read as ${town}'s own submission: only this town's rows; other towns' rows and the pairing table are not required`,
  recogNothing: 'Nothing to tell (the workbook was not read).',
  recogCount: (sheets, unread) => `${sheets} sheet${sheets === 1 ? '' : 's'}${unread ? `, ${unread} not recognised` : ', all recognised'}`,
  recogShowSheet: 'Go to the header',
  recogTitle: (count) => `What was read (${count})`,
  recogSheetTitle: (sheet, as) => `${sheet}: ${as}`,
  recogAs: {
    pairing: 'pairing table',
    'fund-by-town': 'fund sheet (by town)',
    'fund-by-source': 'fund pool (by source)',
    team: 'team roster',
    village: 'village income',
    meeting: 'meetings',
    factors: 'allocation factors',
    params: 'rule parameters',
    none: 'not recognised',
  },
  recogLayout: {
    long: 'long (one row per town and year)',
    'wide-year-groups': 'wide (years as column groups)',
    'year-sections': 'year sections',
    'sheet-per-town': 'one sheet per town',
    'per-year-sheet': 'one sheet per year',
    'pool-by-source': 'sources as rows, years as columns',
  },
  recogRole: {
    town: 'town',
    year: 'year',
    type: 'type',
    lead: 'lead unit',
    members: 'member units',
    other: 'other funds',
  },
  recogHeader: (range) => `header ${range}`,
  recogYears: (years) => `years ${years}`,
  recogRows: (n) => `${n} row${n === 1 ? '' : 's'} read`,
  recogUnit: (unit) => `unit ${unit}`,
  recogTown: (town) => `town ${town}`,
  recogColumns: (list) => `columns: ${list}`,
  recogColumn: (role, cols, header) => `${role} → ${cols} '${header}'`,
  recogSkipped: (rows, why) => `skipped ${rows}: ${why}`,
  recogWhy: enWhy,
  recogMissingCol: enMissing,
  recogMissing: (list) => `missing ${list}`,
  recogSep: '; ',
  recogListSep: ', ',
  recogYearRange: (a, b) => `${a}–${b}`,
};
