/**
 * The charts this product wrote, read back from a file's package as ChartPlans, so that a workbook opened
 * to be changed keeps them: ExcelJS neither reads nor writes charts, and the port writes the carried
 * plans again when it saves (a plan that sets a sheet's charts replaces them). Only small parts are read:
 * the sheets' relationships, their drawing parts and the chart parts, never a sheet's cells.
 *
 * A chart is carried when it is one of ours, as chartParts.ts writes it (or as LibreOffice saves it again):
 * a two-cell anchor whose frame is named `ISMS_Chart_<n>`, over a chart part holding one clustered column
 * chart or one line-style radar chart, with a title of plain text, series named by literal text, and
 * categories and values as references to cells of the same sheet. Anything else in a drawing (other
 * charts, shapes) is left out, as ExcelJS leaves it out; so is a chart whose part cannot be read. A sheet
 * whose drawing holds pictures carries nothing: ExcelJS writes that drawing again, for the pictures, and a
 * sheet has one drawing. Opening a file never fails on its charts' account.
 */
import type ExcelJS from "exceljs";
import type { ChartPlan, ChartSeriesPlan } from "../workbook/plan";
import { splitAddress } from "../workbook/cells/cellAddress";
import { CHART_NAME_PREFIX, type SheetCharts } from "./chartParts";
import type { XlsxBytes } from "./excelJsLoad";
import { PackageParts, relationshipList, sheetEntries, type SheetEntry } from "./packageScan";
import { elementContent, relationshipId, startTags, xmlAttributes, xmlText } from "./xmlText";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** A cell or a range of cells, optionally absolute ("$R$7:$R$13"), nothing more. */
const CELLS = /^\$?[A-Z]{1,3}\$?[1-9]\d*(?::\$?[A-Z]{1,3}\$?[1-9]\d*)?$/;
const ANCHOR = /<xdr:twoCellAnchor(?:\s[^>]*)?>([\s\S]*?)<\/xdr:twoCellAnchor>/g;
const SERIES = /<c:ser(?:\s[^>]*)?>([\s\S]*?)<\/c:ser>/g;
const PARAGRAPH = /<a:p(?:\s[^>]*)?>([\s\S]*?)<\/a:p>/g;
const TEXT = /<a:t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/a:t>)/g;
/** The frame names of the charts plans write. */
const OUR_NAME = new RegExp(`^${CHART_NAME_PREFIX}\\d+$`);
/** Drawing elements other than a chart's frame; an anchor holding one is not a chart of ours. */
const OTHER_SHAPES = /<xdr:(?:sp|grpSp|cxnSp|pic|contentPart)[\s/>]/;

/** True when the part binds `prefix` to the namespace (the prefixes chartParts.ts writes). */
function binds(xml: string, prefix: string, namespace: string): boolean {
  return xml.includes(`xmlns:${prefix}="${namespace}"`);
}

/** The `val` attribute of the first `<name>` in `xml`. */
function valueOf(xml: string, name: string): string | undefined {
  const [tag] = startTags(xml, name);
  return tag === undefined ? undefined : xmlAttributes(tag).get("val");
}

/** `'Sheet'!$B$3:$B$9` → "B3:B9" when it is a range of cells on `sheet`; undefined otherwise. */
function sheetRange(formula: string | undefined, sheet: string): string | undefined {
  if (formula === undefined) return undefined;
  const { sheet: named, cells } = splitAddress(xmlText(formula).trim());
  return named === sheet && CELLS.test(cells) ? cells.replace(/\$/g, "") : undefined;
}

/** The reference inside a series' `<c:cat>` or `<c:val>`, when it is one of the given kinds. */
function reference(xml: string | undefined, kinds: readonly string[]): string | undefined {
  const kind = xml === undefined ? undefined : /^\s*<c:(\w+)>/.exec(xml)?.[1];
  return kind !== undefined && kinds.includes(kind) ? elementContent(xml ?? "", "c:f") : undefined;
}

/**
 * A series' name when it is literal text: `<c:v>` as chartParts.ts (and Excel) write it, or a formula that
 * is a string literal (`"Target"`) as LibreOffice writes it again; undefined for a name from a cell.
 */
function seriesName(tx: string | undefined): string | undefined {
  const literal = /^\s*<c:v>([\s\S]*?)<\/c:v>\s*$/.exec(tx ?? "")?.[1];
  if (literal !== undefined) return xmlText(literal);
  const formula = xmlText(reference(tx, ["strRef"]) ?? "").trim();
  const quoted = /^"((?:[^"]|"")*)"$/.exec(formula)?.[1];
  return quoted === undefined ? undefined : quoted.replace(/""/g, '"');
}

/** The chart's title as plain text (paragraphs on lines of their own); undefined without one. */
function titleText(chart: string): string | undefined {
  const head = chart.slice(0, Math.max(0, chart.indexOf("<c:plotArea")));
  const title = elementContent(head, "c:title");
  const rich = elementContent(elementContent(title ?? "", "c:tx") ?? "", "c:rich");
  if (rich === undefined) return undefined;
  const paragraphs = [...rich.matchAll(PARAGRAPH)].map((paragraph) =>
    [...(paragraph[1] ?? "").matchAll(TEXT)].map((text) => xmlText(text[1] ?? "")).join(""),
  );
  return paragraphs.join("\n");
}

type ChartContent = Omit<ChartPlan, "anchor">;

/** What a chart part shows, when it is a chart of ours over cells of `sheet`. */
function chartContent(xml: string, sheet: string): ChartContent | undefined {
  if (!binds(xml, "c", NS_C) || !binds(xml, "a", NS_A)) return undefined;
  const chart = elementContent(xml, "c:chart");
  const plotArea = elementContent(chart ?? "", "c:plotArea");
  const title = chart === undefined ? undefined : titleText(chart);
  if (plotArea === undefined || title === undefined) return undefined;
  const types = [...plotArea.matchAll(/<c:(\w+Chart)[\s/>]/g)].map((match) => match[1]);
  const [type] = types;
  if (types.length !== 1 || (type !== "barChart" && type !== "radarChart")) return undefined;
  const plot = elementContent(plotArea, `c:${type}`) ?? "";
  const kind = type === "barChart" ? "bar" : "radar";
  // Absent, grouping is "clustered" and radarStyle "standard" (lines, as "marker" without symbols).
  if (kind === "bar") {
    const grouping = valueOf(plot, "c:grouping") ?? "clustered";
    if (valueOf(plot, "c:barDir") !== "col" || grouping !== "clustered") return undefined;
  } else if (!["marker", "standard"].includes(valueOf(plot, "c:radarStyle") ?? "standard")) {
    return undefined;
  }
  const categories = new Set<string | undefined>();
  const series: ChartSeriesPlan[] = [];
  for (const [, ser = ""] of plot.matchAll(SERIES)) {
    const name = seriesName(elementContent(ser, "c:tx"));
    const values = sheetRange(reference(elementContent(ser, "c:val"), ["numRef"]), sheet);
    if (name === undefined || values === undefined) return undefined;
    categories.add(sheetRange(reference(elementContent(ser, "c:cat"), ["strRef", "numRef"]), sheet));
    series.push({ name, values });
  }
  const [shared] = categories;
  if (series.length === 0 || categories.size !== 1 || shared === undefined) return undefined;
  return { kind, title, categories: shared, series };
}

/**
 * A corner of an anchor: its cell, and whether it reaches into the next row or column (an offset, as
 * LibreOffice writes the end corner; that cell then counts in the chart's size).
 */
function corner(anchor: string, tag: "from" | "to") {
  const marker = elementContent(anchor, `xdr:${tag}`) ?? "";
  const number = (name: string) => Number(elementContent(marker, `xdr:${name}`)?.trim() ?? NaN);
  return {
    row: number("row"),
    column: number("col"),
    rowInto: number("rowOff") > 0 ? 1 : 0,
    columnInto: number("colOff") > 0 ? 1 : 0,
  };
}

/** The plan of one anchor of a drawing, when it holds a chart of ours; `chartParts`: relationship id → part. */
function anchoredChart(
  parts: PackageParts,
  sheet: string,
  anchor: string,
  chartParts: ReadonlyMap<string, string>,
): ChartPlan | undefined {
  const frameCount = anchor.match(/<xdr:graphicFrame[\s>]/g)?.length ?? 0;
  if (frameCount !== 1 || OTHER_SHAPES.test(anchor)) return undefined;
  const [properties] = startTags(anchor, "xdr:cNvPr");
  const name = properties === undefined ? undefined : xmlAttributes(properties).get("name");
  if (!name || !OUR_NAME.test(name)) return undefined;
  const frames = [...startTags(anchor, "c:chart")];
  const part =
    frames.length === 1 ? chartParts.get(relationshipId(xmlAttributes(frames[0] ?? "")) ?? "") : undefined;
  const xml = part === undefined ? undefined : parts.text(part);
  const content = xml === undefined ? undefined : chartContent(xml, sheet);
  if (!content) return undefined;
  const from = corner(anchor, "from");
  const to = corner(anchor, "to");
  const rows = to.row + to.rowInto - from.row;
  const columns = to.column + to.columnInto - from.column;
  const cells = [from.row, from.column, rows, columns];
  if (!cells.every(Number.isSafeInteger) || from.row < 0 || from.column < 0 || rows < 1 || columns < 1) {
    return undefined;
  }
  return { ...content, anchor: { row: from.row, column: from.column, rows, columns } };
}

/** The charts of ours in a sheet's drawing, in the drawing's order; none when it holds pictures. */
function sheetCharts(parts: PackageParts, sheet: SheetEntry): ChartPlan[] {
  const drawings = relationshipList(parts, sheet.part).filter((r) => r.type === "drawing" && !r.external);
  const [drawing] = drawings;
  if (drawings.length !== 1 || !drawing) return [];
  const xml = parts.text(drawing.target);
  if (xml === undefined || !binds(xml, "xdr", NS_XDR) || /<xdr:pic[\s>]/.test(xml)) return [];
  const chartParts = new Map(
    relationshipList(parts, drawing.target)
      .filter((r) => r.type === "chart" && !r.external)
      .map((r) => [r.id, r.target]),
  );
  const plans: ChartPlan[] = [];
  for (const [, anchor = ""] of xml.matchAll(ANCHOR)) {
    try {
      const plan = anchoredChart(parts, sheet.name, anchor, chartParts);
      if (plan) plans.push(plan);
    } catch {
      // A chart part that is not as ours write it (unreadable, an element left open): left out.
    }
  }
  return plans;
}

/**
 * The charts of ours in a file, by sheet, for the sheets of the loaded workbook that can take them again
 * (named as in the file, without pictures); sheets without such charts are left out.
 * @example
 *   const charts = carriedCharts(input, workbook);
 *   // Map { "Gap analysis" => [{ kind: "bar", title: "…", categories: "R7:R13", series: [...], anchor: {...} }, …] }
 */
export function carriedCharts(input: XlsxBytes, workbook: ExcelJS.Workbook): SheetCharts {
  const charts: SheetCharts = new Map();
  let parts: PackageParts;
  let sheets: SheetEntry[];
  try {
    parts = new PackageParts(input.bytes, input.entries);
    sheets = sheetEntries(parts);
  } catch {
    return charts;
  }
  for (const sheet of sheets) {
    const loaded = workbook.worksheets.find((candidate) => candidate.name === sheet.name);
    if (!loaded || loaded.getImages().length > 0) continue;
    try {
      const plans = sheetCharts(parts, sheet);
      if (plans.length > 0) charts.set(sheet.name, plans);
    } catch {
      // A part that is not as ours write it: the sheet's charts are left out, as ExcelJS leaves them out.
    }
  }
  return charts;
}
