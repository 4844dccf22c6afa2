/**
 * Native charts in the package ExcelJS saved (ExcelJS cannot write charts): per sheet with charts, one
 * drawing part (`xl/drawings/drawingN.xml`, a two-cell anchor per chart, from the plan's anchor) and one
 * chart part per chart (`xl/charts/chartN.xml`: a clustered column chart or a radar chart, every series
 * with its name as literal text, its categories and its values as references to the sheet's cells), the
 * sheet's `<drawing r:id>` in its place in the worksheet, the relationships and the content types. A sheet
 * ExcelJS already gave a drawing (images) cannot take charts: that throws a PortError. Charts are named
 * `ISMS_Chart_<n>` per sheet, as the Office port names them. No cached values are written: Excel and
 * LibreOffice read the cells when they open the file.
 */
import { insertionPoint } from "./worksheetOrder";
import type { ChartPlan } from "../workbook/plan";
import { PortError } from "../workbook/port";
import { absoluteA1, parseRange, sheetRef } from "../workbook/cells/cellAddress";
import { xmlAttributeValue, xmlEncode } from "./xmlText";

/** Charts to write, by sheet name; a sheet's entry is replaced when a plan sets its charts again. */
export type SheetCharts = Map<string, readonly ChartPlan[]>;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_DRAWING = `${NS_R}/drawing`;
const REL_CHART = `${NS_R}/chart`;
const TYPE_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const TYPE_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const TYPE_RELS = "application/vnd.openxmlformats-package.relationships+xml";

/** The prefix of the names of the charts plans write (`ISMS_Chart_<n>`), as the Office port names them. */
export const CHART_NAME_PREFIX = "ISMS_Chart_";

/** The name of a sheet's n-th planned chart (0-based), as the Office port names it. */
export function chartName(index: number): string {
  return `${CHART_NAME_PREFIX}${index + 1}`;
}

/** `'Sheet'!$B$3:$B$9` for a range of the plan ("B3:B9") on `sheet`. */
export function chartReference(sheet: string, range: string): string {
  const area = parseRange(range);
  if (!area) throw new PortError("port.unknown", `chart range "${range}" is not an A1 range`, sheet);
  const start = absoluteA1(area.top, area.left);
  const end = absoluteA1(area.bottom, area.right);
  return `${sheetRef(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

const val = (name: string, value: string | number) => `<c:${name} val="${value}"/>`;

function titleXml(title: string): string {
  const run = `<a:r><a:rPr lang="en-US"/><a:t>${xmlEncode(title)}</a:t></a:r>`;
  const rich = `<c:rich><a:bodyPr/><a:lstStyle/><a:p>${run}</a:p></c:rich>`;
  return `<c:title><c:tx>${rich}</c:tx><c:overlay val="0"/></c:title>`;
}

function seriesXml(sheet: string, plan: ChartPlan): string {
  const categories = chartReference(sheet, plan.categories);
  return plan.series
    .map((series, index) => {
      const marker = plan.kind === "radar" ? `<c:marker>${val("symbol", "none")}</c:marker>` : "";
      const invert = plan.kind === "bar" ? val("invertIfNegative", 0) : "";
      return [
        `<c:ser>${val("idx", index)}${val("order", index)}`,
        `<c:tx><c:v>${xmlEncode(series.name)}</c:v></c:tx>`,
        invert,
        marker,
        `<c:cat><c:strRef><c:f>${xmlEncode(categories)}</c:f></c:strRef></c:cat>`,
        `<c:val><c:numRef><c:f>${xmlEncode(chartReference(sheet, series.values))}</c:f></c:numRef></c:val>`,
        "</c:ser>",
      ].join("");
    })
    .join("");
}

const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

function axesXml(): string {
  const common = (id: number, position: string) =>
    `${val("axId", id)}<c:scaling>${val("orientation", "minMax")}</c:scaling>${val("delete", 0)}${val("axPos", position)}`;
  const ticks = `${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}`;
  const categoryAxis = [
    `<c:catAx>${common(CATEGORY_AXIS, "b")}`,
    `<c:numFmt formatCode="General" sourceLinked="1"/>${ticks}`,
    `${val("crossAx", VALUE_AXIS)}${val("crosses", "autoZero")}${val("auto", 1)}`,
    `${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("noMultiLvlLbl", 0)}</c:catAx>`,
  ];
  const valueAxis = [
    `<c:valAx>${common(VALUE_AXIS, "l")}<c:majorGridlines/>`,
    `<c:numFmt formatCode="General" sourceLinked="1"/>${ticks}`,
    `${val("crossAx", CATEGORY_AXIS)}${val("crosses", "autoZero")}${val("crossBetween", "between")}</c:valAx>`,
  ];
  return [...categoryAxis, ...valueAxis].join("");
}

/** One chart part: a clustered column chart or a radar chart over the sheet's cells. */
export function chartXml(sheet: string, plan: ChartPlan): string {
  const axes = `${val("axId", CATEGORY_AXIS)}${val("axId", VALUE_AXIS)}`;
  const series = seriesXml(sheet, plan);
  const chart =
    plan.kind === "bar"
      ? `<c:barChart>${val("barDir", "col")}${val("grouping", "clustered")}${val("varyColors", 0)}${series}${val("gapWidth", 150)}${axes}</c:barChart>`
      : `<c:radarChart>${val("radarStyle", "marker")}${val("varyColors", 0)}${series}${axes}</c:radarChart>`;
  return [
    XML_HEAD,
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">`,
    `${val("roundedCorners", 0)}<c:chart>${titleXml(plan.title)}${val("autoTitleDeleted", 0)}`,
    `<c:plotArea><c:layout/>${chart}${axesXml()}</c:plotArea>`,
    `<c:legend>${val("legendPos", "b")}<c:overlay val="0"/></c:legend>`,
    `${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart></c:chartSpace>`,
  ].join("");
}

function markerXml(tag: "from" | "to", column: number, row: number): string {
  return `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** One drawing part: a two-cell anchor per chart, covering the anchor's cells; chart i is rId<i+1>. */
export function drawingXml(plans: readonly ChartPlan[]): string {
  const anchors = plans.map((plan, index) => {
    const { row, column, rows, columns } = plan.anchor;
    const frame = [
      `<xdr:graphicFrame macro="">`,
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${xmlAttributeValue(chartName(index))}"/>`,
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>`,
      `<a:graphic><a:graphicData uri="${NS_C}">`,
      `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${index + 1}"/>`,
      `</a:graphicData></a:graphic></xdr:graphicFrame>`,
    ].join("");
    const to = markerXml("to", column + Math.max(1, columns), row + Math.max(1, rows));
    return `<xdr:twoCellAnchor>${markerXml("from", column, row)}${to}${frame}<xdr:clientData/></xdr:twoCellAnchor>`;
  });
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors.join("")}</xdr:wsDr>`;
}

function relationshipXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${xmlAttributeValue(target)}"/>`;
}

function relationshipsXml(elements: readonly string[]): string {
  return `${XML_HEAD}<Relationships xmlns="${NS_RELS}">${elements.join("")}</Relationships>`;
}

/** The sheet XML with `<drawing r:id="..."/>` in its place. */
export function sheetWithDrawing(xml: string, sheet: string, id: string): string {
  const from = xml.indexOf("</sheetData>");
  if (from < 0) throw new Error("a sheet part without sheetData");
  if (/<drawing[\s/>]/.test(xml.slice(from))) {
    throw new PortError(
      "port.unknown",
      `sheet "${sheet}" already holds a drawing (pictures); charts cannot be added to it`,
      sheet,
    );
  }
  const at = insertionPoint(xml, "drawing");
  const prefix = relationshipPrefix(xml);
  return `${xml.slice(0, at)}<drawing ${prefix}:id="${id}"/>${xml.slice(at)}`;
}

/** The prefix the worksheet binds to the relationships namespace. */
function relationshipPrefix(xml: string): string {
  const root = /<worksheet[\s>][^>]*>/.exec(xml)?.[0] ?? "";
  const bound = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${NS_R.replace(/[.]/g, "\\.")}"`).exec(root);
  if (!bound?.[1]) throw new Error("a sheet part without the relationships namespace");
  return bound[1];
}

/** Reads and writes parts while the package is rewritten. */
export interface PartWriter {
  /** A part's current text (as rewritten so far), undefined when absent. */
  read(part: string): string | undefined;
  /** Writes a part (a new one is added to the package). */
  write(part: string, xml: string): void;
  /** Every part name in the package. */
  names(): Iterable<string>;
}

/** The next free number of parts named `<folder><stem>N.xml`. */
function nextNumber(names: Iterable<string>, folder: string, stem: string): number {
  const pattern = new RegExp(`^${folder}${stem}(\\d+)\\.xml$`);
  let max = 0;
  for (const name of names) {
    const match = pattern.exec(name);
    if (match?.[1]) max = Math.max(max, Number(match[1]));
  }
  return max + 1;
}

/** The sheet's relationships with a drawing added; returns the drawing's relationship id. */
function addSheetRelationship(parts: PartWriter, sheetPart: string, drawing: number): string {
  const slash = sheetPart.lastIndexOf("/");
  const relsPart = `${sheetPart.slice(0, slash + 1)}_rels/${sheetPart.slice(slash + 1)}.rels`;
  const xml = parts.read(relsPart);
  const used = [...(xml ?? "").matchAll(/\sId="rId(\d+)"/g)].map((match) => Number(match[1]));
  const id = `rId${Math.max(0, ...used) + 1}`;
  const element = relationshipXml(id, REL_DRAWING, `../drawings/drawing${drawing}.xml`);
  if (xml === undefined) parts.write(relsPart, relationshipsXml([element]));
  else {
    const end = xml.lastIndexOf("</Relationships>");
    if (end < 0) throw new Error(`unreadable ${relsPart}`);
    parts.write(relsPart, `${xml.slice(0, end)}${element}${xml.slice(end)}`);
  }
  return id;
}

function addContentTypes(parts: PartWriter, overrides: readonly (readonly [string, string])[]): void {
  const name = "[Content_Types].xml";
  const xml = parts.read(name);
  const end = xml?.lastIndexOf("</Types>") ?? -1;
  if (xml === undefined || end < 0) throw new Error("a package without content types");
  const rels = /<Default Extension="rels"/.test(xml)
    ? ""
    : `<Default Extension="rels" ContentType="${TYPE_RELS}"/>`;
  const added = overrides.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`);
  parts.write(name, `${xml.slice(0, end)}${rels}${added.join("")}${xml.slice(end)}`);
}

/**
 * Writes the charts of every sheet into the package: drawing and chart parts, relationships, the
 * sheets' `<drawing>` elements and the content types. `partOf` gives a sheet's worksheet part.
 * @example writeCharts(writer, new Map([["Gap", [barChart]]]), (sheet) => "xl/worksheets/sheet8.xml");
 */
export function writeCharts(parts: PartWriter, charts: SheetCharts, partOf: (sheet: string) => string): void {
  const overrides: [string, string][] = [];
  let drawing = nextNumber(parts.names(), "xl/drawings/", "drawing");
  let chart = nextNumber(parts.names(), "xl/charts/", "chart");
  for (const [sheet, plans] of charts) {
    if (plans.length === 0) continue;
    const sheetPart = partOf(sheet);
    const id = addSheetRelationship(parts, sheetPart, drawing);
    parts.write(sheetPart, sheetWithDrawing(parts.read(sheetPart) ?? "", sheet, id));
    const drawingPart = `xl/drawings/drawing${drawing}.xml`;
    const chartRels: string[] = [];
    plans.forEach((plan, index) => {
      const chartPart = `xl/charts/chart${chart}.xml`;
      parts.write(chartPart, chartXml(sheet, plan));
      overrides.push([chartPart, TYPE_CHART]);
      chartRels.push(relationshipXml(`rId${index + 1}`, REL_CHART, `../charts/chart${chart}.xml`));
      chart++;
    });
    parts.write(drawingPart, drawingXml(plans));
    parts.write(`xl/drawings/_rels/drawing${drawing}.xml.rels`, relationshipsXml(chartRels));
    overrides.push([drawingPart, TYPE_DRAWING]);
    drawing++;
  }
  if (overrides.length > 0) addContentTypes(parts, overrides);
}
