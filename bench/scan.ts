/**
 * npx tsx bench/scan.ts — the measurement behind the choice of XML tokenizer (src/hosts/xlsx/xmlscan.ts):
 * the same 100,000-row worksheet XML through our scanner and through saxes (ExcelJS's tokenizer), each
 * collecting the cells' <v> text, fed in 64 KB chunks as the reader feeds them. Best of three.
 */
import { SaxesParser } from 'saxes';
import { XmlScanner } from '../src/hosts/xlsx/xmlscan';

function sheetXml(rows: number): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>',
  ];
  for (let r = 1; r <= rows; r++)
    parts.push(
      `<row r="${r}" spans="1:7"><c r="A${r}" t="s"><v>${r % 17}</v></c><c r="B${r}" s="2"><v>2024</v></c><c r="C${r}" s="3"><f>SUM(D${r}:G${r})</f><v>${r * 3.5}</v></c><c r="D${r}" s="3"><v>1400</v></c><c r="E${r}" s="3"><v>1000</v></c><c r="F${r}" s="3"><v>300</v></c><c r="G${r}" s="3"><v>300</v></c></row>`,
    );
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

function chunks(s: string, size = 65536): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out;
}

function ours(cs: string[]): number {
  let n = 0;
  let inV = false;
  const h = {
    wantText: false,
    open(el: { uri: string; local: string; attr(n: string): string | undefined }) {
      if (el.local === 'c') el.attr('r');
      if (el.local === 'v') inV = h.wantText = true;
    },
    close(_u: string, local: string) {
      if (local === 'v') inV = h.wantText = false;
    },
    text(s: string) {
      if (inV) n += s.length;
    },
  };
  const sc = new XmlScanner(h as never);
  for (const c of cs) sc.feed(c);
  sc.end();
  return n;
}

function saxes(cs: string[]): number {
  let n = 0;
  let inV = false;
  const p = new SaxesParser({ xmlns: true });
  p.on('opentag', (t) => {
    if (t.local === 'c') void t.attributes.r;
    if (t.local === 'v') inV = true;
  });
  p.on('closetag', (t) => {
    if (t.local === 'v') inV = false;
  });
  p.on('text', (s) => {
    if (inV) n += s.length;
  });
  for (const c of cs) p.write(c);
  p.close();
  return n;
}

function best(f: () => number): { ms: number; n: number } {
  let ms = Infinity;
  let n = 0;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    n = f();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, n };
}

const xml = sheetXml(100_000);
const cs = chunks(xml);
const a = best(() => ours(cs));
const b = best(() => saxes(cs));
process.stdout.write(
  `${(xml.length / 1e6).toFixed(1)} M chars: scanner ${a.ms.toFixed(0)} ms, saxes ${b.ms.toFixed(0)} ms (${(b.ms / a.ms).toFixed(1)}×); same text: ${a.n === b.n}\n`,
);
