/**
 * The measures --out works out for every cell of its sheets (issue 14), read without Intl or a regular expression
 * per character, give exactly what they gave before: money as Intl's #,##0.00 text (the column widths of 测算结果
 * follow it) and text widths (column widths and the heights of wrapped rows).
 */
import fc from 'fast-check';
import { moneyText } from '../../src/core/render/money-text';
import { textWidth } from '../../src/core/render/text-width';

const intl = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

it('money text is Intl.NumberFormat en-US with two decimals, for any double', () => {
  const amount = fc.oneof(
    fc.double(),
    fc.double({ min: -1e15, max: 1e15 }),
    fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
    fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 1000),
    fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 1000 + 0.005),
    fc.constantFrom(0, -0, 1.005, 2.675, 999.995, -0.001, 0.015, 1e-7, 9999999999999.99, 1e14 - 0.01, 1e21, NaN, Infinity, -Infinity),
  );
  fc.assert(
    fc.property(amount, (v) => {
      expect(moneyText(v)).toBe(intl.format(v));
    }),
    { numRuns: 20_000 },
  );
});

/** The measure as it was: a regular expression per character. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
function before(s: string, cap = Infinity): number {
  let w = 0;
  for (const ch of s) {
    w += WIDE.test(ch) ? 2 : 1;
    if (w >= cap) break;
  }
  return w;
}

it('text width counts wide characters two, any other character (a surrogate pair, a lone surrogate) one', () => {
  const edges = [
    0x10ff, 0x1100, 0x115f, 0x1160, 0x2e7f, 0x2e80, 0xa4cf, 0xa4d0, 0xabff, 0xac00, 0xd7a3, 0xd7a4, 0xf8ff, 0xf900, 0xfaff, 0xfb00,
  ];
  const more = [
    0xfe2f, 0xfe30, 0xfe4f, 0xfe50, 0xfeff, 0xff00, 0xff60, 0xff61, 0xffdf, 0xffe0, 0xffe6, 0xffe7, 0xd800, 0xdbff, 0xdc00, 0xdfff,
  ];
  const unit = fc.oneof(
    fc.constantFrom(...[...edges, ...more].map((c) => String.fromCharCode(c))),
    fc.constantFrom('镇', 'a', '，', '１', '\u{20BB7}', '😀', ' ', '\n'),
    fc.string({ unit: 'binary', maxLength: 1 }),
  );
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 60 }), fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }), (s, cap) => {
      expect(textWidth(s, cap)).toBe(before(s, cap));
    }),
    { numRuns: 5000 },
  );
});
