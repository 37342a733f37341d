/**
 * Sentences of a round of files (issue 12): the 汇总 workbook's sheets and columns, a file's status, the page's
 * per-file sections, print and downloads, and the CLI's round lines. zh-CN is the source of the keys.
 */
import type { SheetKind } from '../recognition';
import type { RoundStatus } from '../round';

const zh = {
  summaryFile: '汇总.xlsx',
  allFile: '全部结果.zip',
  sheetFiles: '文件',
  sheetFindings: '问题',
  sheetShares: '分担',
  filesTitle: (n: number) => `本轮共 ${n} 个文件`,
  findingsTitle: '全部文件的校验问题（含跨文件检查）',
  sharesTitle: '全部文件的分担测算（各文件各用其单位，不相加）',
  colScope: '镇/单位',
  colRecognised: '识别为',
  colStatus: '状态',
  colRule: '规则',
  colFiles: '文件',
  county: '全县',
  round: '本轮（跨文件）',
  status: { pass: '通过', fix: '需修改', unreadable: '无法读取' } as Record<RoundStatus, string>,
  kind: {
    pairing: '结对安排表',
    'fund-by-town': '资金表',
    'fund-by-source': '资金池表',
    team: '工作队名册',
    village: '村集体经济',
    meeting: '会议记录',
    factors: '因素表',
    params: '规则参数',
    none: '',
  } as Record<SheetKind, string>,
  notRecognised: '未识别出表格',
  list: '、',
  // The page.
  downloadSummary: '下载汇总',
  downloadAll: '全部下载',
  printReport: '打印报告',
  copyShares: '复制',
  copied: '已复制，可粘贴到 Excel/WPS',
  copyFailed: '无法访问剪贴板，请选中表格后手动复制',
  sharesOf: (file: string, unit: string) => `${file}（单位：${unit}）`,
  perYearTotal: (year: number) => `${year} 年合计`,
  axisUnit: (unit: string) => `单位：${unit}`,
  /** What each bar of the chart adds up: the years it spans. */
  chartYears: (first: number, last: number) => (first === last ? `（${first} 年）` : `（${first}—${last} 年合计）`),
  roundHeading: '跨文件检查',
  /** The printed heading: how many files were compared (not a count of findings). */
  roundOfFiles: (n: number) => `跨文件检查（${n} 个文件）`,
  roundNone: '各文件之间没有发现矛盾。',
  replacedFile: (name: string) => `已用新选择的“${name}”替换之前的同名文件。`,
  badCardFix: '请按上面的提示处理后重新选择文件。',
  printedOn: (file: string) => `文件：${file}`,
  resultSuffix: '校验结果',
  csvSuffix: '校验问题',
  // The CLI.
  cliRound: (n: number) => `跨文件检查（${n} 个文件）：`,
  cliRoundNone: '跨文件检查：没有发现矛盾。',
  cliSummaryWrote: (p: string) => `已写出汇总：${p}`,
  cliSummaryFailed: (p: string, why: string) => `无法写出汇总“${p}”：${why}`,
};

export type RoundStrings = typeof zh;

const en: RoundStrings = {
  summaryFile: 'summary.xlsx',
  allFile: 'all-results.zip',
  sheetFiles: 'Files',
  sheetFindings: 'Findings',
  sheetShares: 'Shares',
  filesTitle: (n) => `${n} file${n === 1 ? '' : 's'} in this round`,
  findingsTitle: 'Findings of every file (with the cross-file checks)',
  sharesTitle: 'Shares of every file (each in its own unit, never added up)',
  colScope: 'Town/unit',
  colRecognised: 'Recognised as',
  colStatus: 'Status',
  colRule: 'Rule',
  colFiles: 'Files',
  county: 'Whole county',
  round: 'This round (cross-file)',
  status: { pass: 'Passed', fix: 'Needs fixing', unreadable: 'Unreadable' },
  kind: {
    pairing: 'pairing table',
    'fund-by-town': 'fund sheet',
    'fund-by-source': 'pool by source',
    team: 'team roster',
    village: 'village income',
    meeting: 'meetings',
    factors: 'factor sheet',
    params: 'rule parameters',
    none: '',
  },
  notRecognised: 'no table recognised',
  list: ', ',
  downloadSummary: 'Download summary',
  downloadAll: 'Download all',
  printReport: 'Print report',
  copyShares: 'Copy',
  copied: 'Copied: paste it into Excel/WPS',
  copyFailed: 'The clipboard is not available; select the table and copy it by hand',
  sharesOf: (file, unit) => `${file} (unit: ${unit})`,
  perYearTotal: (year) => `Total ${year}`,
  axisUnit: (unit) => `Unit: ${unit}`,
  chartYears: (first, last) => (first === last ? ` (${first})` : ` (${first}–${last} summed)`),
  roundHeading: 'Cross-file checks',
  roundOfFiles: (n) => `Cross-file checks (${n} files)`,
  roundNone: 'No contradictions between the files.',
  replacedFile: (name) => `“${name}” replaced the file of the same name chosen before.`,
  badCardFix: 'Do as the message says, then choose the file again.',
  printedOn: (file) => `File: ${file}`,
  resultSuffix: 'checked',
  csvSuffix: 'findings',
  cliRound: (n) => `Cross-file checks (${n} files):`,
  cliRoundNone: 'Cross-file checks: no contradictions.',
  cliSummaryWrote: (p) => `Wrote the summary: ${p}`,
  cliSummaryFailed: (p, why) => `Cannot write the summary '${p}': ${why}`,
};

export function roundUi(lang: 'zh-CN' | 'en-US'): RoundStrings {
  return lang === 'en-US' ? en : zh;
}
