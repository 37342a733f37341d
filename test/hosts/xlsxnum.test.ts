/**
 * Numbers and references read straight from a sheet's bytes (src/hosts/xlsx/xlsxnum.ts) must be the very
 * values the string parsers give: `Number(text)` for a <v>, the reader's parseRef for a cell's r. A value the
 * byte parser declines (NaN, -1, false) goes to the string parser, so declining is allowed; a different value
 * never is. Common spellings must not be declined (else the fast path is dead).
 */
import fc from 'fast-check';
import { cellRefAt, decimalAt, digitsAt } from '../../src/hosts/xlsx/xlsxnum';
import { parseRef } from '../../src/hosts/xlsx/reader';

const bytes = (s: string) => new TextEncoder().encode(s);

/** Random decimal spellings: sign, digits (many or few), point, fraction, exponent. */
const decimal = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.oneof(fc.stringMatching(/^[0-9]{0,6}$/), fc.stringMatching(/^[0-9]{0,25}$/)),
    fc.option(fc.stringMatching(/^[0-9]{0,25}$/)),
    fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '-', '+'), fc.stringMatching(/^[0-9]{0,4}$/))),
  )
  .map(([s, i, f, e]) => `${s}${i}${f === null ? '' : `.${f}`}${e === null ? '' : e.join('')}`);

describe('numbers read from bytes', () => {
  it('are the double Number() and parseFloat give, or declined', () => {
    fc.assert(
      fc.property(decimal, (s) => {
        const b = bytes(s);
        const n = decimalAt(b, 0, b.length);
        // What it reads is a whole decimal, where parseFloat and Number agree.
        if (n === n) expect([Object.is(n, Number(s)), Object.is(n, parseFloat(s))]).toEqual([true, true]);
        // Declined only when it is not a number, or has more than 15 digits or an exponent.
        else expect(/^[+-]?\d*(\.\d*)?$/.test(s) && /^\D*(\d\D*){1,15}$/.test(s)).toBe(false);
      }),
      { numRuns: 20_000 },
    );
  });

  it('are the double Number() gives for any double written in any notation JavaScript writes', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 20 }), (x, digits) => {
        for (const s of [
          String(x),
          x.toPrecision(digits + 1),
          x.toExponential(digits),
          Math.abs(x) < 1e21 ? x.toFixed(digits) : String(x),
        ]) {
          const b = bytes(s);
          const n = decimalAt(b, 0, b.length);
          if (n === n) expect([Object.is(n, Number(s)), Object.is(n, parseFloat(s))]).toEqual([true, true]);
        }
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads amounts as offices write them, inside a larger buffer', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (cents, places) => {
        const s = (cents / 10 ** places).toString();
        const b = bytes(`<v>${s}</v>`);
        expect(decimalAt(b, 3, 3 + s.length)).toBe(Number(s));
      }),
    );
    for (const s of ['-0', '0.1', '2021', '1E+3', '5.', '.5', '-1.25e-7', '00012'])
      expect(Object.is(decimalAt(bytes(s), 0, s.length), Number(s))).toBe(true);
    for (const s of ['', '-', '.', '1e', '1e+', '0x1F', ' 1', '1 ', 'Infinity', '1,5', '1e400', '12345678901234567890'])
      expect(decimalAt(bytes(s), 0, s.length)).toBeNaN();
  });
});

describe('row numbers and cell references read from bytes', () => {
  it('a row number: plain digits as Number reads them, anything else declined', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[0-9]{1,16}$/), fc.string({ maxLength: 6 })), (s) => {
        const b = bytes(s);
        const n = digitsAt(b, 0, b.length);
        if (n >= 0) expect(n).toBe(Number(s));
        else expect(/^[0-9]{1,15}$/.test(s)).toBe(false);
      }),
      { numRuns: 5_000 },
    );
  });

  it('a reference: what parseRef gives, or declined; A1-style references are never declined', () => {
    const ref = fc
      .tuple(
        fc.constantFrom('', '$'),
        fc.stringMatching(/^[A-Za-z]{0,5}$/),
        fc.constantFrom('', '$', '$$', ' ', '-'),
        fc.oneof(fc.stringMatching(/^[0-9]{0,17}$/), fc.constantFrom('1.0', '1e3', '0x1')),
      )
      .map((xs) => xs.join(''));
    const out = new Float64Array(2);
    fc.assert(
      fc.property(ref, (s) => {
        const b = bytes(s);
        if (cellRefAt(b, 0, b.length, out)) expect(parseRef(s)).toEqual([out[0], out[1]]);
        else if (/^\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}$/.test(s)) throw new Error(`declined ${s}`);
      }),
      { numRuns: 20_000 },
    );
  });
});
