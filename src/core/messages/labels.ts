/** Names of amount columns and other shared words, per language; the county and city come from the profile. */
import type { AmountKey, UnreadableReason } from '../findings';
import type { Profile } from '../profile';
import type { Lang } from './lang';

export function amountLabel(
  key: AmountKey | string,
  lang: Lang,
  profile?: Pick<Profile, 'county' | 'city' | 'countyEn' | 'cityEn'>,
): string {
  const county = profile?.county ?? '紫金县';
  const city = profile?.city ?? '河源市';
  const cityShort = profile ? (profile.cityEn ?? 'City') : 'Heyuan';
  const countyShort = profile ? (profile.countyEn ?? 'County') : 'Zijin';
  if (lang === 'zh-CN') {
    const zh: Record<AmountKey, string> = {
      total: '合计',
      province: '省级',
      shenzhen: '深圳市',
      heyuan: `${city}`,
      heyuanCity: `${city}级`,
      county: `${county}级`,
    };
    return zh[key as AmountKey] ?? key;
  }
  const en: Record<AmountKey, string> = {
    total: 'Total',
    province: 'Province',
    shenzhen: 'Shenzhen',
    heyuan: `${cityShort} (whole)`,
    heyuanCity: `${cityShort} city level`,
    county: `${countyShort} county level`,
  };
  return en[key as AmountKey] ?? key;
}

export const UNREADABLE_ZH: Record<UnreadableReason, string> = {
  empty: '文件是空的（0 字节）',
  encrypted: '文件设置了打开密码，本工具无法读取。请在 Excel/WPS 中取消密码后另存为 .xlsx 再校验',
  xls: '这是旧版 Excel 97-2003（.xls）或 WPS 表格（.et）文件。请在 Excel/WPS 中“另存为”Excel 工作簿（.xlsx）后再校验',
  csv: '这是文本/CSV 文件，不是 Excel 工作簿。请在 Excel/WPS 中打开后另存为 .xlsx 再校验',
  'not-xlsx': '这不是 Excel 工作簿（.xlsx）文件',
  damaged: '文件已损坏或格式无法识别，Excel 工作簿无法打开。请在 Excel/WPS 中打开并重新保存后再校验',
  'too-large': '文件过大（超过本工具为防止内存耗尽设置的上限）。请删除无关的工作表或数据后再校验',
  'not-found': '找不到该文件，或无法读取',
  other: '无法读取该文件',
};

export const UNREADABLE_EN: Record<UnreadableReason, string> = {
  empty: 'the file is empty (0 bytes)',
  encrypted: 'the file is password-protected and cannot be read; remove the password in Excel/WPS and save as .xlsx',
  xls: 'this is an old Excel 97-2003 (.xls) or a WPS (.et) file; save it as an Excel Workbook (.xlsx) in Excel/WPS and check again',
  csv: 'this is a text/CSV file, not an Excel workbook; open it in Excel/WPS and save it as .xlsx',
  'not-xlsx': 'this is not an Excel workbook (.xlsx)',
  damaged: 'the file is damaged or in a format that cannot be read; open and re-save it in Excel/WPS',
  'too-large': 'the file is too large (beyond the limits that keep this tool from running out of memory); remove unrelated sheets or data',
  'not-found': 'the file cannot be found or read',
  other: 'the file cannot be read',
};

/** What a WB-UNREADABLE detail means and what to do, where the reader names the format; other details are shown as given. */
export const UNREADABLE_DETAIL_ZH: Record<string, string> = {
  strict: '“严格 Open XML”格式，请另存为普通 Excel 工作簿',
  xlsb: 'Excel 二进制工作簿（.xlsb），请在 Excel/WPS 中“另存为”Excel 工作簿（.xlsx）后再校验',
  docx: 'Word 文档，请提交 Excel 工作簿（.xlsx）',
  pptx: 'PowerPoint 演示文稿，请提交 Excel 工作簿（.xlsx）',
  zip: '压缩包，请解压后校验其中的 .xlsx 文件',
};

export const UNREADABLE_DETAIL_EN: Record<string, string> = {
  strict: 'Strict Open XML; save it as a standard Excel workbook',
  xlsb: 'an Excel binary workbook (.xlsb); save it as an Excel Workbook (.xlsx) in Excel/WPS and check again',
  docx: 'a Word document; submit the Excel workbook (.xlsx)',
  pptx: 'a PowerPoint presentation; submit the Excel workbook (.xlsx)',
  zip: 'a zip archive; unpack it and check the .xlsx files in it',
};
