/**
 * Charts carried through the .xlsx port: a workbook with the gap sheet's two charts, opened, changed by an
 * unrelated plan and saved, still has both charts (read back from the XML: kind, title, series references,
 * anchor); a plan that sets the sheet's charts replaces them; charts not of our format are left out without
 * failing (a sheet whose drawing holds a picture keeps the picture); LibreOffice opens the file saved, and
 * the charts of a file LibreOffice saved again read back as the same plans.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import type { ChartPlan, SheetPlan, WorkbookPlan } from "../../src/workbook/plan";
import { XlsxWorkbookPort } from "../../src/xlsx";
import { carriedCharts } from "../../src/xlsx/chartCarry";
import { loadExcelJs } from "../../src/xlsx/excelJsLoad";
import { readXlsxFile } from "../../src/xlsx/inputFile";
import { recalculate, requireLibreOffice } from "../support/libreoffice";
import { runIsms } from "../support/runIsms";

const dir = mkdtempSync(path.join(tmpdir(), "isms-chart-carry-"));
const GAP = "Gap analysis";

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

/** A chart as the package describes it: what it shows and where. */
interface ChartDescription {
  readonly name: string;
  readonly kind: string;
  readonly title: string;
  readonly series: readonly { readonly name: string; readonly values: string; readonly categories: string }[];
  readonly anchor: {
    readonly row: number;
    readonly column: number;
    readonly rows: number;
    readonly columns: number;
  };
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, "text/xml");

function elements(
  node: { getElementsByTagNameNS(ns: string, name: string): ArrayLike<Element> },
  ns: string,
  name: string,
): Element[] {
  return Array.from(node.getElementsByTagNameNS(ns, name));
}

function first(node: Element | Document, ns: string, name: string): Element {
  const found = elements(node, ns, name)[0];
  if (!found) throw new Error(`no ${name}`);
  return found;
}

const textOf = (node: Element | Document, ns: string, name: string) =>
  first(node, ns, name).textContent ?? "";

/** `'Gap analysis'!$T$7:$T$13` → "Gap analysis!T7:T13", the sheet unquoted. */
function plainReference(reference: string): string {
  const bang = reference.lastIndexOf("!");
  const quoted = reference.slice(0, bang);
  const sheet = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  return `${sheet}!${reference.slice(bang + 1).replace(/\$/g, "")}`;
}

async function partText(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`no part ${name}`);
  return file.async("string");
}

/** Relationship id → part name, for the part `owner`. */
async function relsOf(zip: JSZip, owner: string): Promise<Map<string, string>> {
  const slash = owner.lastIndexOf("/");
  const folder = owner.slice(0, slash);
  const xml = await partText(zip, `${folder}/_rels/${owner.slice(slash + 1)}.rels`);
  const targets = new Map<string, string>();
  for (const rel of elements(parse(xml), NS.rels, "Relationship")) {
    const target = rel.getAttribute("Target") ?? "";
    const resolved = path.posix.normalize(target.startsWith("/") ? target.slice(1) : `${folder}/${target}`);
    targets.set(rel.getAttribute("Id") ?? "", resolved);
  }
  return targets;
}

async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = parse(await partText(zip, "xl/workbook.xml"));
  const entry = elements(workbook, NS.main, "sheet").find((s) => s.getAttribute("name") === sheet);
  const part = (await relsOf(zip, "xl/workbook.xml")).get(entry?.getAttributeNS(NS.r, "id") ?? "");
  if (!part) throw new Error(`no part for ${sheet}`);
  return part;
}

/** A series' name: literal text, or a string-literal formula as LibreOffice writes it. */
function seriesName(ser: Element): string {
  const tx = first(ser, NS.c, "tx");
  const formula = elements(tx, NS.c, "f")[0]?.textContent;
  return formula ? formula.replace(/^"|"$/g, "") : textOf(tx, NS.c, "v");
}

function describeChart(chartXml: string, name: string, anchor: Element): ChartDescription {
  const chart = parse(chartXml);
  const kind = elements(chart, NS.c, "barChart").length > 0 ? "bar" : "radar";
  const plot = first(chart, NS.c, kind === "bar" ? "barChart" : "radarChart");
  const series = elements(plot, NS.c, "ser").map((ser) => ({
    name: seriesName(ser),
    values: plainReference(textOf(first(ser, NS.c, "val"), NS.c, "f")),
    categories: plainReference(textOf(first(ser, NS.c, "cat"), NS.c, "f")),
  }));
  const title = elements(first(chart, NS.c, "title"), NS.a, "t")
    .map((t) => t.textContent ?? "")
    .join("");
  const corner = (tag: "from" | "to") => {
    const marker = first(anchor, NS.xdr, tag);
    return { row: Number(textOf(marker, NS.xdr, "row")), column: Number(textOf(marker, NS.xdr, "col")) };
  };
  const from = corner("from");
  const to = corner("to");
  return {
    name,
    kind,
    title,
    series,
    anchor: { row: from.row, column: from.column, rows: to.row - from.row, columns: to.column - from.column },
  };
}

/** The charts of a sheet in a package, read from its drawing and chart parts. */
async function fileCharts(bytes: Buffer, sheet = GAP): Promise<ChartDescription[]> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await sheetPart(zip, sheet);
  const drawings = elements(parse(await partText(zip, part)), NS.main, "drawing");
  if (drawings.length === 0) return [];
  const drawingPart = (await relsOf(zip, part)).get(drawings[0]?.getAttributeNS(NS.r, "id") ?? "") ?? "";
  const chartParts = await relsOf(zip, drawingPart);
  const anchors = elements(parse(await partText(zip, drawingPart)), NS.xdr, "twoCellAnchor").filter(
    (anchor) => elements(anchor, NS.c, "chart").length > 0,
  );
  return Promise.all(
    anchors.map(async (anchor) => {
      const name = first(anchor, NS.xdr, "cNvPr").getAttribute("name") ?? "";
      const chartPart = chartParts.get(first(anchor, NS.c, "chart").getAttributeNS(NS.r, "id") ?? "") ?? "";
      return describeChart(await partText(zip, chartPart), name, anchor);
    }),
  );
}

/** The chart, drawing and media parts of a package. */
async function drawingParts(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files)
    .filter((name) => /^xl\/(charts|drawings|media)\/(_rels\/)?[^/]+$/.test(name))
    .sort();
}

/** A new sample workbook written by `isms new` (through the .xlsx port): the gap sheet has two charts. */
async function sampleWorkbook(name: string): Promise<string> {
  const file = path.join(dir, name);
  const made = await runIsms(["new", file, "--sample"]);
  if (made.code !== 0) throw new Error(made.stderr);
  return file;
}

/** A plan that changes one cell of another sheet and nothing of the gap sheet. */
const UNRELATED: WorkbookPlan = {
  sheets: [],
  names: [],
  updates: [{ sheet: "Methodology", address: "H2", value: "carried" }],
};

/** Opens the file, applies the plan and gives the bytes saved. */
async function changed(file: string, plan: WorkbookPlan = UNRELATED): Promise<Buffer> {
  const port = await XlsxWorkbookPort.open(file);
  await port.apply(plan);
  const out = file.replace(/\.xlsx$/, "-changed.xlsx");
  await port.save(out);
  return readFileSync(out);
}

/** The gap sheet as a plan updates it: nothing but its charts. */
function gapCharts(charts: readonly ChartPlan[]): WorkbookPlan {
  const sheet: SheetPlan = {
    key: "gap",
    name: GAP,
    mode: "update",
    blocks: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    hyperlinks: [],
    charts,
  };
  return { sheets: [sheet], names: [] };
}

/** The file with some of its parts rewritten (as another writer would have left them). */
async function rewritten(file: string, name: string, edit: (zip: JSZip) => Promise<void>): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  await edit(zip);
  const out = path.join(dir, name);
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return out;
}

async function replaceIn(zip: JSZip, part: string, from: string | RegExp, to: string): Promise<void> {
  const xml = await partText(zip, part);
  const next = xml.replace(from, to);
  if (next === xml) throw new Error(`nothing to replace in ${part}`);
  zip.file(part, next);
}

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

/** A picture added to the gap sheet's drawing, beside its charts. */
async function addPicture(zip: JSZip): Promise<void> {
  const pic = [
    "<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>",
    "<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff>",
    "<xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:pic><xdr:nvPicPr>",
    '<xdr:cNvPr id="9" name="Picture 1"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr>',
    '</xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId9"/>',
    '<a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/>',
    "</a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>",
  ].join("");
  await replaceIn(zip, "xl/drawings/drawing1.xml", "</xdr:wsDr>", `${pic}</xdr:wsDr>`);
  const image = `<Relationship Id="rId9" Type="${NS.r}/image" Target="../media/image1.png"/>`;
  await replaceIn(zip, "xl/drawings/_rels/drawing1.xml.rels", "</Relationships>", `${image}</Relationships>`);
  zip.file("xl/media/image1.png", PNG);
  const png = '<Default Extension="png" ContentType="image/png"/>';
  await replaceIn(zip, "[Content_Types].xml", "</Types>", `${png}</Types>`);
}

describe("charts carried through the .xlsx port", () => {
  let sample: string;
  let original: ChartDescription[];

  beforeAll(async () => {
    sample = await sampleWorkbook("sample.xlsx");
    original = await fileCharts(readFileSync(sample));
  });

  it("keeps both charts of a workbook it opens and saves again", async () => {
    expect(original.map((chart) => [chart.name, chart.kind])).toEqual([
      ["ISMS_Chart_1", "bar"],
      ["ISMS_Chart_2", "radar"],
    ]);
    expect(original.every((chart) => chart.title.length > 0 && chart.series.length === 2)).toBe(true);
    const saved = await changed(sample);
    expect(await fileCharts(saved)).toEqual(original);
    expect(await drawingParts(saved)).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    const reopened = await XlsxWorkbookPort.open(path.join(dir, "sample-changed.xlsx"));
    expect(reopened.workbook.getWorksheet("Methodology")?.getCell("H2").value).toBe("carried");
  });

  it("writes the plan's charts instead when a plan sets the sheet's charts", async () => {
    const [bar, radar] = original;
    if (!bar || !radar) throw new Error("the sample has no charts");
    const only: ChartPlan = {
      kind: "bar",
      title: "Planned",
      categories: "R14:R17",
      series: [{ name: "Score", values: "T14:T17" }],
      anchor: { row: 2, column: 30, rows: 10, columns: 5 },
    };
    const saved = await changed(sample, gapCharts([only]));
    expect(await fileCharts(saved)).toEqual([
      {
        name: "ISMS_Chart_1",
        kind: "bar",
        title: "Planned",
        series: [{ name: "Score", values: `${GAP}!T14:T17`, categories: `${GAP}!R14:R17` }],
        anchor: only.anchor,
      },
    ]);
    expect(await drawingParts(saved)).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    const none = await changed(sample, gapCharts([]));
    expect(await fileCharts(none)).toEqual([]);
    expect(await drawingParts(none)).toEqual([]);
  });

  it("carries the charts again and again, and a plan applied twice still writes them once", async () => {
    const once = path.join(dir, "once.xlsx");
    writeFileSync(once, await changed(sample));
    const port = await XlsxWorkbookPort.open(once);
    await port.apply(UNRELATED);
    await port.apply(UNRELATED);
    const twice = await port.toBuffer();
    expect(await fileCharts(twice)).toEqual(original);
    expect((await drawingParts(twice)).filter((name) => name.startsWith("xl/charts/"))).toHaveLength(2);
  });

  it.each<[string, (zip: JSZip) => Promise<void>, readonly string[]]>([
    [
      "a frame not named as ours",
      (zip) => replaceIn(zip, "xl/drawings/drawing1.xml", 'name="ISMS_Chart_1"', 'name="Chart 1"'),
      ["radar"],
    ],
    [
      "a stacked column chart",
      (zip) =>
        replaceIn(
          zip,
          "xl/charts/chart1.xml",
          '<c:grouping val="clustered"/>',
          '<c:grouping val="stacked"/>',
        ),
      ["radar"],
    ],
    [
      "a filled radar chart",
      (zip) =>
        replaceIn(
          zip,
          "xl/charts/chart2.xml",
          '<c:radarStyle val="marker"/>',
          '<c:radarStyle val="filled"/>',
        ),
      ["bar"],
    ],
    [
      "a line chart beside the columns",
      (zip) =>
        replaceIn(zip, "xl/charts/chart1.xml", "</c:barChart>", "</c:barChart><c:lineChart></c:lineChart>"),
      ["radar"],
    ],
    [
      "a series named by a cell",
      (zip) =>
        replaceIn(
          zip,
          "xl/charts/chart1.xml",
          /<c:tx><c:v>[^<]*<\/c:v><\/c:tx>/,
          "<c:tx><c:strRef><c:f>&apos;Gap analysis&apos;!$T$6</c:f></c:strRef></c:tx>",
        ),
      ["radar"],
    ],
    [
      "values on another sheet",
      (zip) =>
        replaceIn(zip, "xl/charts/chart2.xml", /&apos;Gap analysis&apos;!\$T\$14/, "Methodology!$T$14"),
      ["bar"],
    ],
    [
      "a series name as LibreOffice writes it",
      (zip) =>
        replaceIn(
          zip,
          "xl/charts/chart1.xml",
          /<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/,
          "<c:tx><c:strRef><c:f>&quot;$1&quot;</c:f></c:strRef></c:tx>",
        ),
      ["bar", "radar"],
    ],
    [
      "a chart part left unreadable",
      (zip) => replaceIn(zip, "xl/charts/chart1.xml", "</c:plotArea>", ""),
      ["radar"],
    ],
    ["a chart part missing", async (zip) => void zip.remove("xl/charts/chart2.xml"), ["bar"]],
    [
      "a chart in a one-cell anchor",
      (zip) =>
        replaceIn(
          zip,
          "xl/drawings/drawing1.xml",
          /<xdr:twoCellAnchor>([\s\S]*?)<xdr:to>[\s\S]*?<\/xdr:to>([\s\S]*?)<\/xdr:twoCellAnchor>/,
          '<xdr:oneCellAnchor>$1<xdr:ext cx="3000000" cy="2000000"/>$2</xdr:oneCellAnchor>',
        ),
      ["radar"],
    ],
  ])("with %s, carries the charts of ours only", async (label, edit, kinds) => {
    const file = await rewritten(sample, `${label.replace(/\W+/g, "-")}.xlsx`, edit);
    const port = await XlsxWorkbookPort.open(file);
    await port.apply(UNRELATED);
    const charts = await fileCharts(await port.toBuffer());
    expect(charts.map((chart) => chart.kind)).toEqual(kinds);
    const expected = original.filter((chart) => kinds.includes(chart.kind));
    expect(charts.map(({ name: _name, ...chart }) => chart)).toEqual(
      expected.map(({ name: _name, ...chart }) => chart),
    );
  });

  it("leaves the charts of a sheet whose drawing holds a picture, and keeps the picture", async () => {
    const file = await rewritten(sample, "picture.xlsx", addPicture);
    const port = await XlsxWorkbookPort.open(file);
    expect(port.workbook.getWorksheet(GAP)?.getImages()).toHaveLength(1);
    await port.apply(UNRELATED);
    const saved = await port.toBuffer();
    expect(await fileCharts(saved)).toEqual([]);
    const parts = await drawingParts(saved);
    expect(parts.filter((name) => name.startsWith("xl/charts/"))).toEqual([]);
    expect(parts.filter((name) => name.startsWith("xl/media/"))).toHaveLength(1);
  });
});

const describeLo = requireLibreOffice();

describeLo("charts carried, in LibreOffice", () => {
  it("opens the file saved with the carried charts, and its own copy's charts read back the same", async () => {
    const sample = await sampleWorkbook("lo-sample.xlsx");
    const original = await fileCharts(readFileSync(sample));
    const carried = path.join(dir, "lo-carried.xlsx");
    writeFileSync(carried, await changed(sample));
    const [opened, resaved] = recalculate([carried, sample]);
    if (!opened || !resaved) throw new Error("LibreOffice wrote nothing");

    const zip = await JSZip.loadAsync(readFileSync(opened));
    const charts = Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(charts).toHaveLength(2);
    const xml = await Promise.all(charts.map((name) => partText(zip, name)));
    const [bar, radar] = original;
    expect(xml.some((chart) => chart.includes("barChart") && chart.includes("$T$7:$T$13"))).toBe(true);
    expect(xml.some((chart) => chart.includes("radarChart") && chart.includes("$T$14:$T$17"))).toBe(true);
    expect(xml.some((chart) => chart.includes(bar?.title ?? "?"))).toBe(true);
    expect(xml.some((chart) => chart.includes(radar?.title ?? "?"))).toBe(true);

    // LibreOffice writes the charts its own way (series names as string formulas, offsets in the
    // anchors): they are still ours, and read back as the same plans. (ExcelJS cannot save a file
    // LibreOffice wrote, charts or not: the read-back is checked on its own.)
    const plans = async (file: string) => {
      const input = await readXlsxFile(file);
      if (!input.ok) throw new Error(input.problem.code);
      const workbook = await loadExcelJs(input);
      if (!workbook) throw new Error(`ExcelJS cannot load ${file}`);
      return carriedCharts(input, workbook);
    };
    const ours = await plans(sample);
    expect(ours.get(GAP)?.map((plan) => plan.kind)).toEqual(["bar", "radar"]);
    expect(await plans(resaved)).toEqual(ours);
  }, 180_000);
});
