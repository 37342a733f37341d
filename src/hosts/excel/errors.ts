/**
 * Excel's refusals as sentences a clerk understands, each saying what happened and what to do (STYLE.md
 * "Errors at host boundaries"): a HostError holds a catalog key (src/core/messages/ui.ts, `addin.errors`) and
 * the inner error; the pane shows `userMessage(lang)` and the details on demand. Nothing defaults to "ask the
 * county": the user may be the county.
 */
import { ui, type Lang } from '../../core';

export type HostErrorKey = keyof ReturnType<typeof ui>['addin']['errors'];

export class HostError extends Error {
  constructor(
    public key: HostErrorKey,
    public innerError?: unknown,
  ) {
    super(ui('zh-CN').addin.errors[key]);
    this.name = 'HostError';
  }
  userMessage(lang: Lang): string {
    return ui(lang).addin.errors[this.key];
  }
}

/** Office.js error codes (Excel.ErrorCodes and OfficeExtension's) the host can meet → catalog keys. */
export const ERROR_KEYS: Readonly<Record<string, HostErrorKey>> = {
  ItemNotFound: 'itemNotFound',
  InvalidOperationInCellEditMode: 'cellEditing',
  AccessDenied: 'protected',
  ApiNotFound: 'apiNotFound',
  ApiNotAvailable: 'apiNotFound',
  ResponsePayloadSizeLimitExceeded: 'responseTooLarge',
  RequestPayloadSizeLimitExceeded: 'requestTooLarge',
  PayloadTooLarge: 'requestTooLarge',
  GeneralException: 'general',
};

const codeOf = (err: unknown) => (typeof err === 'object' && err !== null ? String((err as { code?: unknown }).code ?? '') : '');

/** Maps an Office.js error to its key; the original error is kept as `innerError`. */
export function toHostError(err: unknown): HostError {
  if (err instanceof HostError) return err;
  const code = codeOf(err);
  const message = String((err as { message?: unknown } | null)?.message ?? '');
  // A protected sheet or workbook structure also comes as InvalidOperation ("…protected…").
  const key = ERROR_KEYS[code] ?? (code === 'InvalidOperation' && /protect/i.test(message) ? 'protected' : 'general');
  return new HostError(key, err);
}
