/**
 * Excel's refusals as sentences a clerk understands (STYLE.md "Errors at host boundaries"): a HostError holds a
 * catalog key and the inner error; the pane shows `userMessage(lang)` and the details on demand.
 */
import type { Lang } from '../../core';

export type HostErrorKey = 'cellEditing' | 'protected' | 'tooLarge' | 'notInExcel' | 'general';

const MESSAGES: Record<Lang, Record<HostErrorKey, string>> = {
  'zh-CN': {
    cellEditing: 'Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑，再点“校验”。',
    protected: '工作簿或工作表受保护，无法写入“测算结果”“校验问题”。请在“审阅”选项卡中撤销保护后再试。',
    tooLarge: '工作簿太大，Excel 网页版一次无法传输这么多数据。请删除无关的工作表，或在桌面版 Excel 中校验。',
    notInExcel: '请在 Excel 中打开本加载项（当前不是 Excel 环境）。',
    general: 'Excel 未能完成操作，请稍后重试；如仍失败，请把详细信息发给县财政局。',
  },
  'en-US': {
    cellEditing: 'Excel is editing a cell. Press Enter or Esc to finish, then click Check again.',
    protected:
      'The workbook or a sheet is protected, so 测算结果 and 校验问题 cannot be written. Unprotect it on the Review tab and try again.',
    tooLarge: 'The workbook is too large for Excel on the web to transfer at once. Remove unrelated sheets, or check it in desktop Excel.',
    notInExcel: 'Open this add-in in Excel (this is not an Excel host).',
    general: 'Excel could not finish. Try again; if it keeps failing, send the details to the county finance bureau.',
  },
};

export class HostError extends Error {
  constructor(
    public key: HostErrorKey,
    public innerError?: unknown,
  ) {
    super(MESSAGES['zh-CN'][key]);
    this.name = 'HostError';
  }
  userMessage(lang: Lang): string {
    return MESSAGES[lang][this.key];
  }
}

/** Maps Office.js error codes to the keys above; the original error is kept as `innerError`. */
export function toHostError(err: unknown): HostError {
  if (err instanceof HostError) return err;
  const code = typeof err === 'object' && err !== null ? String((err as { code?: unknown }).code ?? '') : '';
  const key: HostErrorKey =
    code === 'InvalidOperationInCellEditMode'
      ? 'cellEditing'
      : code === 'AccessDenied' || (code === 'InvalidOperation' && /protect/i.test(String((err as Error).message)))
        ? 'protected'
        : code === 'RequestPayloadSizeLimitExceeded' || code === 'PayloadTooLarge'
          ? 'tooLarge'
          : 'general';
  return new HostError(key, err);
}
