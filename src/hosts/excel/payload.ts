/** Sizes of what travels between the add-in and Excel, measured as Excel on the web does: UTF-8 bytes of JSON. */

/** Excel on the web refuses a request or a response over 5 MB; the host keeps every read under this. */
export const RESPONSE_BUDGET = 4 * 1024 * 1024;

/** UTF-8 bytes of a value's JSON. */
export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v) ?? '';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
