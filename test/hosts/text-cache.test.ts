/**
 * The reader's cache of inline strings (text-cache.ts, issue 14): whatever texts come, in whatever order and
 * however often they repeat or share a slot, each is the text its own bytes decode to.
 */
import fc from 'fast-check';
import { TextCache } from '../../src/hosts/xlsx/text-cache';

const utf8 = new TextEncoder();
const decoder = new TextDecoder();

it('gives every text as its bytes decode, through repeats, slot collisions and long texts', () => {
  const word = fc.oneof(
    fc.constantFrom('测试1镇', '测试2镇', '万元', 'a', '', 'ab', 'ba', '紫城镇', 'x'.repeat(48), 'y'.repeat(49)),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.integer({ min: 0, max: 5000 }).map((n) => `测试${n}镇`),
  );
  fc.assert(
    fc.property(fc.array(word, { maxLength: 400 }), fc.integer({ min: 0, max: 7 }), (words, pad) => {
      let calls = 0;
      const cache = new TextCache((b, s, e) => (calls++, `<${decoder.decode(b.subarray(s, e))}>`));
      for (const w of words) {
        // The text sits at an offset inside a larger buffer, as in a sheet part.
        const bytes = utf8.encode(`${'<'.repeat(pad)}${w}<`);
        expect(cache.text(bytes, pad, bytes.length - 1)).toBe(`<${w}>`);
      }
      expect(calls).toBeLessThanOrEqual(words.length);
    }),
    { numRuns: 300 },
  );
});

it('decodes a text that repeats only once while it stays in its slot', () => {
  let calls = 0;
  const cache = new TextCache((b, s, e) => (calls++, decoder.decode(b.subarray(s, e))));
  const rows = Array.from({ length: 1000 }, (_, i) => utf8.encode(`测试${Math.floor(i / 5)}镇`));
  for (const r of rows) cache.text(r, 0, r.length);
  expect(calls).toBe(200);
});
