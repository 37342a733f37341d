/**
 * The clustered column chart of 测算结果 (shares by town and source) as DrawingML parts: a drawing anchored on the sheet
 * and a chart whose series point at the sheet's cells, with cached values so that viewers draw it at once.
 */
import { colToLetters, type ChartSpec, type OutputSheet } from '../../core';
import { RELS_HEAD, REL_NS, XML_DECL, relsPathOf } from './opc';
import { escapeXml } from './xml';

const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** The sheet's chart, when it has one with rows and series to draw. */
export function chartOf(sheet: OutputSheet): ChartSpec | undefined {
  const c = sheet.chart;
  return c && c.lastRow >= c.firstRow && c.seriesCols.length ? c : undefined;
}

/** A part to add to the package: its name, its text and (for an Override) its content type. */
export interface NewPart {
  name: string;
  text: string;
  type?: string;
}

/**
 * The parts that draw `spec` on the sheet at `sheetPart` (written under `sheetName`): the sheet's .rels (the drawing
 * is its rId1), the drawing and its .rels, and the chart. `drawing` and `chart` are the new parts' names.
 */
export function chartParts(
  sheet: OutputSheet,
  spec: ChartSpec,
  sheetName: string,
  sheetPart: string,
  drawing: string,
  chart: string,
): NewPart[] {
  const rel = (type: string, target: string) =>
    `${RELS_HEAD}<Relationship Id="rId1" Type="${REL_NS}/${type}" Target="${target}"/></Relationships>`;
  const up = (part: string) => `../${part.split('/').slice(-2).join('/')}`;
  return [
    { name: relsPathOf(sheetPart), text: rel('drawing', up(drawing)) },
    { name: drawing, text: drawingXml(spec, 'rId1'), type: CT_DRAWING },
    { name: relsPathOf(drawing), text: rel('chart', up(chart)) },
    { name: chart, text: chartXml(sheet, spec, sheetName), type: CT_CHART },
  ];
}

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

export function drawingXml(spec: ChartSpec, chartRelId: string): string {
  const { row, col, width, height } = spec.anchor;
  const from = `<xdr:from><xdr:col>${col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`;
  const to = `<xdr:to><xdr:col>${col - 1 + width}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1 + height}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;
  return (
    XML_DECL +
    `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}"><xdr:twoCellAnchor>${from}${to}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="帮扶资金分担图"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

export function chartXml(sheet: OutputSheet, spec: ChartSpec, sheetName: string): string {
  const q = `'${sheetName.replace(/'/g, "''")}'`;
  const cell = (r: number, c: number) => sheet.rows[r - 1]?.[c - 1]?.v ?? null;
  const n = spec.lastRow - spec.firstRow + 1;
  const catRef = `${q}!$${colToLetters(spec.categoryCol)}$${spec.firstRow}:$${colToLetters(spec.categoryCol)}$${spec.lastRow}`;
  const cats = Array.from(
    { length: n },
    (_, i) => `<c:pt idx="${i}"><c:v>${escapeXml(String(cell(spec.firstRow + i, spec.categoryCol) ?? ''))}</c:v></c:pt>`,
  ).join('');
  const series = spec.seriesCols
    .map((col, s) => {
      const L = colToLetters(col);
      const vals = Array.from({ length: n }, (_, i) => {
        const v = cell(spec.firstRow + i, col);
        return typeof v === 'number' ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '';
      }).join('');
      return (
        `<c:ser><c:idx val="${s}"/><c:order val="${s}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(`${q}!$${L}$${spec.headerRow}`)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(String(cell(spec.headerRow, col) ?? ''))}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
        `<c:cat><c:strRef><c:f>${escapeXml(catRef)}</c:f><c:strCache><c:ptCount val="${n}"/>${cats}</c:strCache></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(`${q}!$${L}$${spec.firstRow}:$${L}$${spec.lastRow}`)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${n}"/>${vals}</c:numCache></c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join('');
  return (
    XML_DECL +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/><c:axId val="500100"/><c:axId val="500200"/></c:barChart>` +
    `<c:catAx><c:axId val="500100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="500200"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500100"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
}
