/**
 * Charts of a WorkbookPlan in .xlsx files: the written package holds the drawing and chart parts (read
 * back from their XML: type, series references, title, anchor), applying again replaces them, a sheet with
 * pictures is refused, LibreOffice opens the file and keeps a chart when it saves it again, and the Office
 * port (over the fake) and the .xlsx port give the same charts for the same plan.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import type { ChartPlan, SheetPlan, WorkbookPlan } from "../../src/workbook/plan";
import { PortError } from "../../src/workbook/port";
import { XlsxWorkbookPort } from "../../src/xlsx";
import type { FakeChart } from "../fakes";
import { portOver, sheetOf } from "../adapter/portHarness";
import { recalculate, requireLibreOffice } from "../support/libreoffice";

const dir = mkdtempSync(path.join(tmpdir(), "isms-charts-"));
const SHEET = "差距 分析";

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

const BAR: ChartPlan = {
  kind: "bar",
  title: "Score by clause & <target>",
  categories: "B3:B9",
  series: [
    { name: "Current", values: "C3:C9" },
    { name: "Target", values: "D3:D9" },
  ],
  anchor: { row: 1, column: 5, rows: 15, columns: 8 },
};

const RADAR: ChartPlan = {
  kind: "radar",
  title: "附录A主题",
  categories: "B12:B15",
  series: [{ name: "现状", values: "C12:C15" }],
  anchor: { row: 17, column: 5, rows: 16, columns: 8 },
};

function gapSheet(charts: readonly ChartPlan[] | undefined, mode: "create" | "update" = "create"): SheetPlan {
  const clauses = ["4", "5", "6", "7", "8", "9", "10"].map((id, i) => [`Clause ${id}`, 0.5 + i * 0.05, 0.9]);
  const themes = ["Organizational", "People", "Physical", "Technological"].map((t, i) => [t, 0.4 + i * 0.1]);
  return {
    key: "gap",
    name: SHEET,
    mode,
    blocks: [
      { row: 1, column: 1, cells: [["Clause", "Current", "Target"], ...clauses] },
      { row: 10, column: 1, cells: [["Theme", "Current"], ...themes] },
    ],
    tables: [
      {
        name: "ISMS_GapNotes",
        row: 40,
        column: 1,
        columns: [{ key: "note", header: "Note" }],
        rows: [["a note"]],
      },
    ],
    validations: [],
    conditionalFormats: [],
    hyperlinks: [{ address: "B1", targetSheet: SHEET, targetAddress: "B41", text: "Notes" }],
    ...(charts === undefined ? {} : { charts }),
  };
}

const planOf = (...sheets: SheetPlan[]): WorkbookPlan => ({ sheets, names: [] });

/** A chart as both ports are compared: what it shows and where. */
interface ChartDescription {
  readonly name: string;
  readonly kind: string;
  readonly title: string;
  readonly series: readonly { readonly name: string; readonly values: string; readonly categories: string }[];
  readonly anchor: ChartPlan["anchor"];
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, "text/xml");

function elements(
  node: { getElementsByTagNameNS(ns: string, name: string): ArrayLike<Element> },
  ns: string,
  name: string,
) {
  return Array.from(node.getElementsByTagNameNS(ns, name));
}

function first(node: Element | Document, ns: string, name: string): Element {
  const found = elements(node, ns, name)[0];
  if (!found) throw new Error(`no ${name}`);
  return found;
}

const textOf = (node: Element | Document, ns: string, name: string) =>
  first(node, ns, name).textContent ?? "";

/** `'Sheet'!$C$3:$C$9` → "C3:C9" (checking the sheet). */
function plainRange(reference: string, sheet: string): string {
  const bang = reference.lastIndexOf("!");
  const quoted = reference.slice(0, bang);
  const name = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  expect(name).toBe(sheet);
  return reference.slice(bang + 1).replace(/\$/g, "");
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
  const id = entry?.getAttributeNS(NS.r, "id") ?? "";
  const part = (await relsOf(zip, "xl/workbook.xml")).get(id);
  if (!part) throw new Error(`no part for ${sheet}`);
  return part;
}

function describeChart(chartXml: string, sheet: string, name: string, anchor: Element): ChartDescription {
  const chart = parse(chartXml);
  const kind = elements(chart, NS.c, "barChart").length > 0 ? "bar" : "radar";
  const plot = first(chart, NS.c, kind === "bar" ? "barChart" : "radarChart");
  const series = elements(plot, NS.c, "ser").map((ser) => ({
    name: textOf(first(ser, NS.c, "tx"), NS.c, "v"),
    values: plainRange(textOf(first(ser, NS.c, "val"), NS.c, "f"), sheet),
    categories: plainRange(textOf(first(ser, NS.c, "cat"), NS.c, "f"), sheet),
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

/** The charts of a sheet in a saved package, read from its drawing and chart parts. */
async function fileCharts(bytes: Buffer, sheet: string): Promise<ChartDescription[]> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await sheetPart(zip, sheet);
  const drawings = elements(parse(await partText(zip, part)), NS.main, "drawing");
  if (drawings.length === 0) return [];
  const drawingPart = (await relsOf(zip, part)).get(drawings[0]?.getAttributeNS(NS.r, "id") ?? "") ?? "";
  const chartParts = await relsOf(zip, drawingPart);
  const anchors = elements(parse(await partText(zip, drawingPart)), NS.xdr, "twoCellAnchor");
  return Promise.all(
    anchors.map(async (anchor) => {
      const name = first(anchor, NS.xdr, "cNvPr").getAttribute("name") ?? "";
      const chartPart = chartParts.get(first(anchor, NS.c, "chart").getAttributeNS(NS.r, "id") ?? "") ?? "";
      return describeChart(await partText(zip, chartPart), sheet, name, anchor);
    }),
  );
}

/** The fake's charts in the same form. */
function fakeCharts(charts: readonly FakeChart[]): ChartDescription[] {
  const cell = (address: string | null) => {
    const match = /^([A-Z]+)(\d+)$/.exec(address ?? "");
    if (!match?.[1] || !match[2]) throw new Error(`not a cell: ${String(address)}`);
    const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(match[2]) - 1, column };
  };
  return charts.map((chart) => {
    const from = cell(chart.topLeft);
    const to = cell(chart.bottomRight);
    return {
      name: chart.name,
      kind: chart.type === "ColumnClustered" ? "bar" : chart.type === "Radar" ? "radar" : chart.type,
      title: chart.title,
      series: chart.series.map((s) => ({
        name: s.name,
        values: s.values ?? "",
        categories: s.categories ?? "",
      })),
      anchor: {
        row: from.row,
        column: from.column,
        rows: to.row - from.row + 1,
        columns: to.column - from.column + 1,
      },
    };
  });
}

const planned = (plans: readonly ChartPlan[]): ChartDescription[] =>
  plans.map((plan, index) => ({
    name: `ISMS_Chart_${index + 1}`,
    kind: plan.kind,
    title: plan.title,
    series: plan.series.map((s) => ({ name: s.name, values: s.values, categories: plan.categories })),
    anchor: plan.anchor,
  }));

async function written(plan: WorkbookPlan): Promise<Buffer> {
  const port = XlsxWorkbookPort.create();
  await port.apply(plan);
  return port.toBuffer();
}

describe("charts in .xlsx files", () => {
  it("writes a drawing and a chart part per chart, as planned", async () => {
    const bytes = await written(planOf(gapSheet([BAR, RADAR])));
    expect(await fileCharts(bytes, SHEET)).toEqual(planned([BAR, RADAR]));
    const zip = await JSZip.loadAsync(bytes);
    const chart1 = await partText(zip, "xl/charts/chart1.xml");
    expect(chart1).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(await partText(zip, "xl/charts/chart2.xml")).toContain('<c:radarStyle val="marker"/>');
    for (const [, chart] of [
      ["bar", chart1],
      ["radar", await partText(zip, "xl/charts/chart2.xml")],
    ]) {
      expect(elements(parse(chart ?? ""), NS.c, "catAx")).toHaveLength(1);
      expect(elements(parse(chart ?? ""), NS.c, "valAx")).toHaveLength(1);
    }
    const types = parse(await partText(zip, "[Content_Types].xml"));
    const overrides = new Map(
      elements(types, "http://schemas.openxmlformats.org/package/2006/content-types", "Override").map((o) => [
        o.getAttribute("PartName"),
        o.getAttribute("ContentType"),
      ]),
    );
    expect(overrides.get("/xl/drawings/drawing1.xml")).toBe(
      "application/vnd.openxmlformats-officedocument.drawing+xml",
    );
    expect(overrides.get("/xl/charts/chart1.xml")).toBe(
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
    );
    expect(overrides.get("/xl/charts/chart2.xml")).toBeDefined();
  });

  it("puts the sheet's drawing after its links and page setup and before its tables", async () => {
    const bytes = await written(planOf(gapSheet([BAR])));
    const zip = await JSZip.loadAsync(bytes);
    const sheet = parse(await partText(zip, await sheetPart(zip, SHEET)));
    const order = Array.from(sheet.documentElement?.childNodes ?? [])
      .filter((node): node is Element => node.nodeType === 1)
      .map((node) => node.localName)
      .filter((name) => ["hyperlinks", "pageMargins", "pageSetup", "drawing", "tableParts"].includes(name));
    expect(order).toEqual(["hyperlinks", "pageMargins", "pageSetup", "drawing", "tableParts"]);
    // The table keeps its relationship; the drawing gets a new one.
    const rels = await relsOf(zip, await sheetPart(zip, SHEET));
    expect([...rels.values()].sort()).toEqual(["xl/drawings/drawing1.xml", "xl/tables/table1.xml"]);
  });

  it("numbers parts across sheets, and leaves sheets without charts alone", async () => {
    const other = { ...gapSheet([RADAR]), name: "Other", tables: [], hyperlinks: [] };
    const plain = { ...gapSheet(undefined), name: "Plain", tables: [], hyperlinks: [] };
    const bytes = await written(planOf(gapSheet([BAR, RADAR]), other, plain));
    expect(await fileCharts(bytes, SHEET)).toEqual(planned([BAR, RADAR]));
    expect(await fileCharts(bytes, "Other")).toEqual(planned([RADAR]));
    expect(await fileCharts(bytes, "Plain")).toEqual([]);
    const zip = await JSZip.loadAsync(bytes);
    expect(
      Object.keys(zip.files)
        .filter((name) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(name))
        .sort(),
    ).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
    ]);
  });

  it("replaces the charts when the plan is applied again, to the same port or to the saved file", async () => {
    const port = XlsxWorkbookPort.create();
    await port.apply(planOf(gapSheet([BAR, RADAR])));
    await port.apply(planOf(gapSheet([RADAR], "update")));
    expect(await fileCharts(await port.toBuffer(), SHEET)).toEqual(planned([RADAR]));
    const file = path.join(dir, "again.xlsx");
    await port.save(file);
    const reopened = await XlsxWorkbookPort.open(file);
    await reopened.apply(planOf(gapSheet([BAR], "update")));
    expect(await fileCharts(await reopened.toBuffer(), SHEET)).toEqual(planned([BAR]));
  });

  it("refuses charts on a sheet that holds pictures", async () => {
    const port = XlsxWorkbookPort.create();
    await port.apply(planOf(gapSheet(undefined)));
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64",
    );
    const image = port.workbook.addImage({ buffer: png as unknown as ArrayBuffer, extension: "png" });
    port.workbook.getWorksheet(SHEET)?.addImage(image, "H2:I3");
    const error = await port.apply(planOf(gapSheet([BAR], "update"))).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PortError);
    expect(error).toMatchObject({ code: "port.unknown", sheet: SHEET });
  });

  it("gives the same charts as the Office port for the same plan", async () => {
    const plan = planOf(gapSheet([BAR, RADAR]));
    const { host, port } = portOver();
    await port.apply(plan);
    const office = fakeCharts(sheetOf(host, SHEET).charts);
    const file = await fileCharts(await written(plan), SHEET);
    expect(file).toEqual(office);
    expect(office).toEqual(planned([BAR, RADAR]));
  });
});

const describeLo = requireLibreOffice();

describeLo("charts in LibreOffice", () => {
  it("opens the file and keeps the charts when it saves it again", async () => {
    const file = path.join(dir, "lo-charts.xlsx");
    writeFileSync(file, await written(planOf(gapSheet([BAR, RADAR]))));
    const [resaved] = recalculate([file]);
    if (!resaved) throw new Error("LibreOffice wrote nothing");
    const zip = await JSZip.loadAsync(readFileSync(resaved));
    const charts = Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(charts).toHaveLength(2);
    const xml = await Promise.all(charts.map((name) => partText(zip, name)));
    expect(xml.some((chart) => chart.includes("barChart") && chart.includes("$C$3:$C$9"))).toBe(true);
    expect(xml.some((chart) => chart.includes("radarChart") && chart.includes("$C$12:$C$15"))).toBe(true);
    expect(xml.some((chart) => chart.includes("Score by clause &amp; &lt;target&gt;"))).toBe(true);
    expect(xml.some((chart) => chart.includes("附录A主题"))).toBe(true);
  }, 180_000);
});
