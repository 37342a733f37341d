/**
 * Sentences of the task pane and the ribbon command that the shared catalog (src/core/messages/ui.ts) does not
 * hold yet, zh-CN first. `TaskpaneStrings` is the zh-CN object's type, so en-US cannot miss a key (parity by type).
 * Severity names, step names, sheet names and column names come from `ui(lang)`.
 */
import type { Lang } from '../core';

const zh = {
  check: '校验',
  checkDescription: '检查当前工作簿的结对安排表和资金表，并写入“测算结果”“校验问题”两张表',
  checking: '正在校验…',
  insertTemplate: '新建模板',
  insertTemplateDescription:
    '在新建或空白工作簿中插入空白模板：结对安排表（按附件预填）、资金、因素、工作队、村集体经济、会议记录和规则参数各表；已有的同名表不会被覆盖',
  insertTemplateUnavailable: '此版本暂不能插入模板',
  templateInserted: '已插入模板。',
  templateSkipped: (names: string) => `已有同名工作表，未插入：${names}。`,
  insertParams: '插入规则参数表',
  insertParamsDescription: '插入“规则参数”表，预填内置方案的参数；改动后再校验，即按表中的参数检查',
  insertParamsUnavailable: '此版本暂不能插入规则参数表',
  paramsInserted: (sheet: string) => `已插入“${sheet}”表。`,
  paramsExists: (sheet: string) => `工作簿中已有“${sheet}”表，未插入。`,
  progressLabel: '校验进度',
  summaryLabel: '问题统计',
  findingsHeading: '校验问题',
  sharesHeading: '分担测算',
  filterSeverity: '严重程度',
  search: '搜索（代码、镇名、工作表）',
  searchPlaceholder: '代码、镇名、工作表',
  clearSearch: '清除搜索',
  noMatch: '没有符合筛选条件的问题。',
  workbookWide: '整个工作簿',
  withCount: (label: string, n: number) => `${label}（${n}）`,
  moreInSheet: (n: number, sheet: string) => `另有 ${n} 条未在此列出，完整清单见“${sheet}”表。`,
  goToCell: (sheet: string, cell: string) => `转到 ${sheet}!${cell}`,
  resultsWritten: (results: string, issues: string) => `结果已写入“${results}”“${issues}”两张表。`,
  unitNote: (unit: string) => `单位：${unit}`,
  townYear: '镇／年度',
  sharesTableLabel: '各镇各年度分担数',
  shareYear: '年度',
  allYears: '全部年度',
  errorTitle: '未能完成操作',
  showDetails: '显示详细信息',
  hideDetails: '隐藏详细信息',
  dismiss: '关闭',
  unknownError: '发生了意外错误，请重试；若仍然出错，请把详细信息发给技术支持。',
  notReady: '请在 Excel 中打开此加载项。',
  commandFailed: (why: string) => `帮扶资金校验未能完成：${why}`,
};

export type TaskpaneStrings = typeof zh;

const en: TaskpaneStrings = {
  check: 'Check',
  checkDescription: 'Check the pairing table and fund sheets of this workbook and write the sheets 测算结果 and 校验问题',
  checking: 'Checking…',
  insertTemplate: 'New template',
  insertTemplateDescription:
    'Insert a blank template into a new or empty workbook: the pairing table (prefilled from the annex) and sheets for funds, factors, teams, village income, meetings and rule parameters; sheets whose names exist are left alone',
  insertTemplateUnavailable: 'Inserting a template is not available in this version yet',
  templateInserted: 'The template was inserted.',
  templateSkipped: (names) => `Not inserted, a sheet of that name exists: ${names}.`,
  insertParams: 'Insert rule parameters',
  insertParamsDescription:
    "Insert the 规则参数 sheet, prefilled with the built-in plan's parameters; after editing it, the check uses the sheet's values",
  insertParamsUnavailable: 'Inserting the rule parameters is not available in this version yet',
  paramsInserted: (sheet) => `The sheet '${sheet}' was inserted.`,
  paramsExists: (sheet) => `The workbook already has a sheet '${sheet}'; nothing was inserted.`,
  progressLabel: 'Progress of the check',
  summaryLabel: 'Findings by severity',
  findingsHeading: 'Findings',
  sharesHeading: 'Shares',
  filterSeverity: 'Severity',
  search: 'Search (code, town, sheet)',
  searchPlaceholder: 'Code, town, sheet',
  clearSearch: 'Clear the search',
  noMatch: 'No findings match the filter.',
  workbookWide: 'Whole workbook',
  withCount: (label, n) => `${label} (${n})`,
  moreInSheet: (n, sheet) => `${n} more are not listed here; the sheet '${sheet}' has the full list.`,
  goToCell: (sheet, cell) => `Go to ${sheet}!${cell}`,
  resultsWritten: (results, issues) => `The results are in the sheets '${results}' and '${issues}'.`,
  unitNote: (unit) => `Unit: ${unit}`,
  townYear: 'Town / year',
  sharesTableLabel: 'Shares by town and year',
  shareYear: 'Year',
  allYears: 'All years',
  errorTitle: 'Could not finish',
  showDetails: 'Show details',
  hideDetails: 'Hide details',
  dismiss: 'Dismiss',
  unknownError: 'Something unexpected went wrong. Try again; if it keeps failing, send the details to support.',
  notReady: 'Open this add-in in Excel.',
  commandFailed: (why) => `The assistance fund check could not finish: ${why}`,
};

export function paneStrings(lang: Lang): TaskpaneStrings {
  return lang === 'en-US' ? en : zh;
}
