/**
 * WB-UNREADABLE in plain words (issue 12): one sentence per reason saying what the file is and what to do, in
 * zh-CN and en-US. A reader's internal detail (an English exception, a byte count) is never shown: only the
 * few details a clerk can act on (Strict Open XML, a Word or PowerPoint file, .xlsb, a plain zip) change the
 * sentence, and sizes are given in MB or GB.
 */
import type { FindingParams } from '../findings';
import type { Lang } from './lang';

type Params = FindingParams['WB-UNREADABLE'];

/** A byte count as people read it: 「400 MB」, 「1.5 GB」 (never a raw byte count). */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  const round1 = (x: number) => (x >= 100 ? String(Math.round(x)) : String(Math.round(x * 10) / 10));
  return mb >= 1024 ? `${round1(mb / 1024)} GB` : mb >= 1 ? `${round1(mb)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** A count as people read it: 「100 万」 in Chinese, 「1,000,000」 in English (never a run of more than 6 digits in zh-CN). */
function formatCount(n: number, lang: Lang): string {
  if (lang === 'en-US') return n.toLocaleString('en-US');
  return n >= 10000 ? `${Math.round(n / 1000) / 10} 万` : String(n);
}

function tooLargeZh(p: Params): string {
  const { limit, size, max } = p;
  const over = (what: string, x: string) => `${what}超过了本工具的上限 ${x}`;
  const tail = '。请删除无关的工作表、图片或空白行列后另存为 .xlsx 再校验；命令行可用 --max-file-mb 等参数调高上限';
  if (limit === 'file' && max !== undefined)
    return `文件过大（${size !== undefined ? formatBytes(size) : ''}${size !== undefined ? '，' : ''}${over('', formatBytes(max))}）${tail}`;
  if (limit === 'unzipped' && max !== undefined)
    return `文件解压后的内容太大（${over('', formatBytes(max))}），可能夹带了大量无关数据${tail}`;
  if (limit === 'cells' && max !== undefined) return `工作簿的单元格太多（${over('', `${formatCount(max, 'zh-CN')}个`)}）${tail}`;
  if (limit === 'entries' && max !== undefined) return `工作簿包含的部件太多（${over('', `${formatCount(max, 'zh-CN')}个`)}）${tail}`;
  if (limit === 'text' && max !== undefined) return `工作簿中有一段文字太长（${over('', formatBytes(max))}）${tail}`;
  if (limit === 'merges' && max !== undefined) return `工作簿的合并单元格区域太多（${over('', `${formatCount(max, 'zh-CN')}个`)}）${tail}`;
  if (limit === 'memory' && max !== undefined)
    return `读取这个文件需要的内存超过了上限 ${formatBytes(max)}，已停止读取（其他文件不受影响）。请删除无关的工作表或数据后再校验；命令行可用 --max-memory-mb 调高上限`;
  if (limit === 'time' && max !== undefined)
    return `读取和校验这个文件超过了 ${Math.round(max / 1000)} 秒，已停止（其他文件不受影响）。请删除无关的工作表或数据后再校验；命令行可用 --timeout 延长时间`;
  return `文件过大，超过了本工具为防止内存耗尽设置的读取上限${tail}`;
}

function tooLargeEn(p: Params): string {
  const { limit, size, max } = p;
  const tail =
    '; remove unrelated sheets, pictures or empty rows and columns, save as .xlsx and check again (the CLI can raise the limits with --max-file-mb and the like)';
  if (limit === 'file' && max !== undefined)
    return `the file is too large (${size !== undefined ? `${formatBytes(size)}, ` : ''}over this tool's limit of ${formatBytes(max)})${tail}`;
  if (limit === 'unzipped' && max !== undefined)
    return `the file's content is too large once unzipped (over ${formatBytes(max)}), perhaps with much unrelated data${tail}`;
  if (limit === 'cells' && max !== undefined) return `the workbook has too many cells (over ${formatCount(max, 'en-US')})${tail}`;
  if (limit === 'entries' && max !== undefined) return `the workbook has too many parts (over ${formatCount(max, 'en-US')})${tail}`;
  if (limit === 'text' && max !== undefined) return `one text in the workbook is too long (over ${formatBytes(max)})${tail}`;
  if (limit === 'merges' && max !== undefined) return `the workbook has too many merged areas (over ${formatCount(max, 'en-US')})${tail}`;
  if (limit === 'memory' && max !== undefined)
    return `reading this file needed more memory than the limit of ${formatBytes(max)}, so it was stopped (other files are not affected); remove unrelated sheets or data and check again, or raise the limit with --max-memory-mb`;
  if (limit === 'time' && max !== undefined)
    return `reading and checking this file took longer than ${Math.round(max / 1000)} seconds, so it was stopped (other files are not affected); remove unrelated sheets or data and check again, or allow more time with --timeout`;
  return `the file is too large: beyond the limits that keep this tool from running out of memory${tail}`;
}

const NOT_XLSX_ZH: Record<string, string> = {
  docx: '这是 Word 文档，不是 Excel 工作簿。请选择资金表所在的 .xlsx 工作簿',
  pptx: '这是 PowerPoint 演示文稿，不是 Excel 工作簿。请选择资金表所在的 .xlsx 工作簿',
  xlsb: '这是 Excel 二进制工作簿（.xlsb）。请在 Excel 中“另存为”Excel 工作簿（.xlsx）后再校验',
  zip: '这是一个压缩包，不是 Excel 工作簿。请先解压，再选择其中的 .xlsx 文件',
};
const NOT_XLSX_EN: Record<string, string> = {
  docx: 'this is a Word document, not an Excel workbook; choose the .xlsx workbook that holds the fund sheets',
  pptx: 'this is a PowerPoint presentation, not an Excel workbook; choose the .xlsx workbook that holds the fund sheets',
  xlsb: 'this is an Excel Binary Workbook (.xlsb); in Excel, save it as an Excel Workbook (.xlsx) and check again',
  zip: 'this is a zip archive, not an Excel workbook; unzip it and choose the .xlsx file inside',
};

/** The sentence after 「无法读取：」: what the file is and what to do. */
export function unreadableZh(p: Params): string {
  switch (p.reason) {
    case 'empty':
      return '文件是空的（0 字节），可能没有保存或复制完整。请在 Excel/WPS 中打开原文件，另存为 .xlsx 后再选择';
    case 'encrypted':
      return '文件设置了打开密码，本工具无法读取。请在 Excel/WPS 中取消密码后另存为 .xlsx 再校验';
    case 'xls':
      return '这是旧版 Excel 97-2003（.xls）或 WPS 表格（.et）文件。请在 Excel/WPS 中“另存为”Excel 工作簿（.xlsx）后再校验';
    case 'csv':
      return '这是文本/CSV 文件，不是 Excel 工作簿。请在 Excel/WPS 中打开后另存为 .xlsx 再校验';
    case 'not-xlsx':
      return (
        NOT_XLSX_ZH[p.detail ?? ''] ?? '这不是 Excel 工作簿。请选择 .xlsx 或 .xlsm 格式的工作簿；其他格式请先在 Excel/WPS 中另存为 .xlsx'
      );
    case 'damaged':
      return p.detail === 'strict'
        ? '文件是“严格 Open XML”格式。请在 Excel 中另存为普通的“Excel 工作簿（.xlsx）”后再校验'
        : '文件已损坏或不完整（可能没有下载或复制完整）。请在 Excel/WPS 中打开并重新保存，或重新获取该文件后再校验';
    case 'too-large':
      return tooLargeZh(p);
    case 'not-found':
      return '找不到该文件，或没有读取它的权限。请检查文件名和位置后再试';
    default:
      return '无法读取该文件。请在 Excel/WPS 中打开并另存为 .xlsx 后再校验';
  }
}

export function unreadableEn(p: Params): string {
  switch (p.reason) {
    case 'empty':
      return 'the file is empty (0 bytes), perhaps not saved or copied completely; open the original in Excel/WPS, save it as .xlsx and choose it again';
    case 'encrypted':
      return 'the file is password-protected and cannot be read; remove the password in Excel/WPS and save it as .xlsx';
    case 'xls':
      return 'this is an old Excel 97-2003 (.xls) or WPS (.et) file; save it as an Excel Workbook (.xlsx) in Excel/WPS and check again';
    case 'csv':
      return 'this is a text/CSV file, not an Excel workbook; open it in Excel/WPS and save it as .xlsx';
    case 'not-xlsx':
      return (
        NOT_XLSX_EN[p.detail ?? ''] ??
        'this is not an Excel workbook; choose an .xlsx or .xlsm workbook (save other formats as .xlsx in Excel/WPS first)'
      );
    case 'damaged':
      return p.detail === 'strict'
        ? "the file is in Strict Open XML; save it as a standard 'Excel Workbook (.xlsx)' in Excel and check again"
        : 'the file is damaged or incomplete (perhaps not fully downloaded or copied); open and re-save it in Excel/WPS, or get the file again';
    case 'too-large':
      return tooLargeEn(p);
    case 'not-found':
      return 'the file cannot be found or you may not read it; check its name and place and try again';
    default:
      return 'the file cannot be read; open it in Excel/WPS, save it as .xlsx and check again';
  }
}
