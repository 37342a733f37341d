/**
 * What the pane shows for a failure (STYLE.md "Errors at host boundaries"): the catalog sentence, and the inner
 * error behind a disclosure. Host errors carry their own sentence; anything else gets a generic one.
 */
import type { Lang } from '../core';
import { paneStrings } from './strings';

export interface PaneError {
  /** The sentence a clerk reads (zh-CN or en-US). */
  message: string;
  /** Technical details (error code, inner message), shown on demand. */
  details: string;
}

/** An error that already knows the sentence to show (the Excel host's HostError has this shape). */
interface Describable {
  userMessage(lang: Lang): string;
}

function isDescribable(e: unknown): e is Describable {
  return typeof e === 'object' && e !== null && typeof (e as Describable).userMessage === 'function';
}

/** Text of an error and of its inner errors (`innerError` in Office.js, `cause` in ES2022). */
export function errorDetails(e: unknown): string {
  const parts: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; cur !== undefined && cur !== null && depth < 5; depth++) {
    if (typeof cur === 'object') {
      const o = cur as {
        name?: unknown;
        code?: unknown;
        key?: unknown;
        message?: unknown;
        debugInfo?: unknown;
        innerError?: unknown;
        cause?: unknown;
      };
      const head = [o.name, o.code, o.key].filter((x) => typeof x === 'string' && x).join(' ');
      const msg = typeof o.message === 'string' ? o.message : '';
      parts.push([head, msg].filter(Boolean).join(': ') || String(cur));
      if (o.debugInfo && typeof o.debugInfo === 'object') {
        const d = o.debugInfo as { errorLocation?: unknown; statement?: unknown };
        if (typeof d.errorLocation === 'string') parts.push(`errorLocation: ${d.errorLocation}`);
      }
      cur = o.innerError ?? o.cause;
    } else {
      parts.push(String(cur));
      cur = undefined;
    }
  }
  return [...new Set(parts)].join('\n');
}

export function toPaneError(e: unknown, lang: Lang): PaneError {
  const message = isDescribable(e) ? e.userMessage(lang) : paneStrings(lang).unknownError;
  return { message, details: errorDetails(e) };
}
