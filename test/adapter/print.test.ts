/**
 * Print setup through the Office.js port and the strict fake: every sheet of a created workbook prints on
 * A4 landscape, one page wide, its table's header row repeated, the sheet name and document number in
 * the header and the version and page x of y in the footer — written in the same requests as the rest
 * (still at most 4 syncs). Also the fake's page layout itself: Office.js semantics (sets land on sync,
 * values only after load) and the checks Excel makes.
 */
import { createWorkbook, type CreateWorkbookOptions } from "../../src/operations/createWorkbook";
import { headerFooterParts, printWrites, zoomOf } from "../../src/excel/printWrites";
import { buildWorkbookPlan } from "../../src/workbook/layout/buildWorkbookPlan";
import { headerFooterCode, headerFooterLine, titleRowsA1 } from "../../src/workbook/layout/printSetup";
import { isMetadataSheet } from "../../src/workbook/metadata";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { fakeExcelRun, FakeExcel, FakeOfficeError } from "../fakes";
import { registerArea, fakePrintSetup, footerOf } from "../support/printSetup";
import { portOver, sheetOf } from "./portHarness";

const DOCUMENT_NUMBERS = {
  method: "ISMS-MET-01",
  assets: "ISMS-AST-01",
  threats: "ISMS-THR-01",
  vulnerabilities: "ISMS-VUL-01",
  risks: "ISMS-RA-01",
  treatments: "ISMS-RTP-01",
  soa: "ISMS-SOA-01",
  gap: "ISMS-GAP-01",
  soaChanges: "ISMS-SOC-01",
  guide: "ISMS-GDE-01",
  revisions: "ISMS-REV-01",
  documents: "ISMS-DOC-01",
  records: "ISMS-REC-01",
  scope: "ISMS-SCP-01",
  roles: "ISMS-ROL-01",
  objectives: "ISMS-OBJ-01",
  laws: "ISMS-LAW-01",
  auditProgramme: "ISMS-IAP-01",
  auditChecklist: "ISMS-IAC-01",
  nonconformities: "ISMS-NCR-01",
  review: "ISMS-MRI-01",
} as const;

/** The sheets of records and their methodology, every new workbook has them. */
const RECORD_SHEETS: readonly string[] = [
  "method",
  "assets",
  "threats",
  "vulnerabilities",
  "risks",
  "treatments",
  "soa",
  "gap",
  "soaChanges",
];

function planOf(options: CreateWorkbookOptions): WorkbookPlan {
  const build = buildWorkbookPlan(options);
  if (!build.ok) throw new Error("expected a plan");
  return build.plan;
}

describe.each<CreateWorkbookOptions>([
  { lang: "zh-CN", standard: "2022", method: "gbt-matrix", sample: true },
  { lang: "en", standard: "2013", method: "atv", sample: false },
])("print setup of a new workbook through Office.js ($lang $method)", (options) => {
  it("gives every sheet A4 landscape, one page wide, print titles, header and footer, in ≤ 4 syncs", async () => {
    const { host, port } = portOver();
    const created = await createWorkbook(port, options);
    expect(created.status).toBe("created");
    expect(host.syncCount).toBeLessThanOrEqual(4);
    const plan = planOf(options);
    // The records' sheets at least (the guide sheets print like them when the plan has them).
    expect(plan.sheets.map((sheet) => sheet.key)).toEqual(expect.arrayContaining(RECORD_SHEETS));
    for (const sheet of plan.sheets) {
      const headerRow = (sheet.tables[0]?.row ?? 0) + 1;
      expect({ sheet: sheet.name, ...fakePrintSetup(sheetOf(host, sheet.name)) }).toEqual({
        sheet: sheet.name,
        orientation: "landscape",
        paper: "A4",
        fitToWidth: 1,
        fitToHeight: 0,
        titleRows: `${headerRow}:${headerRow}`,
        area: registerArea(sheet),
        header: `&L&A&R${DOCUMENT_NUMBERS[sheet.key]}`,
        footer: footerOf(sheet.key, options.lang),
      });
    }
    // The metadata sheet is not a document: its print settings stay Excel's defaults.
    const meta = host.state.sheets.find((sheet) => isMetadataSheet(sheet.name));
    expect(meta && fakePrintSetup(meta).paper).toBe("Letter");
  });

  it("takes the same syncs as the same plan without print setup", async () => {
    const plan = planOf(options);
    const writes = plan.sheets.flatMap(printWrites);
    expect(writes).toHaveLength(plan.sheets.length);
    const [withPrint, without] = [portOver(), portOver()];
    await withPrint.port.apply(plan);
    await without.port.apply({ ...plan, sheets: plan.sheets.map(({ print: _, ...sheet }) => sheet) });
    expect(withPrint.host.syncCount).toBe(without.host.syncCount);
    expect(withPrint.host.syncCount).toBeLessThanOrEqual(4);
    expect(fakePrintSetup(sheetOf(without.host, plan.sheets[0]?.name ?? "")).paper).toBe("Letter");
  });
});

it("prints the sheets written beside existing ones with their own names in the header", async () => {
  const options: CreateWorkbookOptions = { lang: "zh-CN", standard: "2022", method: "li", sample: true };
  const { host, port } = portOver();
  await createWorkbook(port, options);
  host.resetCounters();
  const beside = await createWorkbook(port, { ...options, onConflict: "beside" });
  expect(beside.status).toBe("created");
  expect(host.syncCount).toBeLessThanOrEqual(4);
  const moved = sheetOf(host, "风险评估表 (2)");
  // "&A" is the sheet's name when printed: right after a rename too.
  expect(fakePrintSetup(moved)).toMatchObject({ header: "&L&A&RISMS-RA-01", titleRows: "1:1" });
});

describe("page codes", () => {
  it("turns the plan's tokens into Excel's codes and doubles a literal ampersand", () => {
    expect(headerFooterCode("R&D · page {page} of {pages} ({sheet}) {other}")).toBe(
      "R&&D · page &P of &N (&A) {other}",
    );
    expect(headerFooterLine({ left: "{sheet}", center: "", right: "A&B" })).toBe("&L&A&RA&&B");
    expect(headerFooterLine(undefined)).toBe("");
    expect(titleRowsA1({ first: 0, last: 1 })).toBe("$1:$2");
  });

  it("sets only the parts the plan gives, fitting one page wide and automatic pages tall", () => {
    const print = {
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 1,
      footer: { center: "{page}/{pages}" },
    } as const;
    expect(headerFooterParts(print)).toEqual([["centerFooter", "&P/&N"]]);
    expect(zoomOf(print)).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });
});

describe("the fake page layout", () => {
  function hostWithSheet(): FakeExcel {
    return new FakeExcel({ sheets: [{ name: "S" }] });
  }

  it("applies sets on sync and reads values only after load + sync", async () => {
    const host = hostWithSheet();
    const run = fakeExcelRun(host);
    await run(async (context) => {
      const layout = context.workbook.worksheets.getItem("S").pageLayout;
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows("$2:$3");
      layout.headersFooters.defaultForAllPages.rightHeader = "&P";
      expect(sheetOf(host, "S").pageLayout.orientation).toBe("Portrait");
      expect(() => layout.orientation).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(sheetOf(host, "S").pageLayout.orientation).toBe("Landscape");
    });
    const read = await run(async (context) => {
      const layout = context.workbook.worksheets.getItem("S").pageLayout;
      layout.load("orientation, paperSize, zoom");
      const headerFooter = layout.headersFooters.defaultForAllPages.load("rightHeader, leftHeader");
      const titles = layout.getPrintTitleRowsOrNullObject().load("address");
      await context.sync();
      return {
        orientation: layout.orientation,
        paperSize: layout.paperSize,
        zoom: layout.zoom,
        rightHeader: headerFooter.rightHeader,
        leftHeader: headerFooter.leftHeader,
        titles: titles.address,
      };
    });
    expect(read).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      rightHeader: "&P",
      leftHeader: "",
      titles: "S!2:3",
    });
  });

  it("has no print title rows until they are set", async () => {
    const host = hostWithSheet();
    const isNull = await fakeExcelRun(host)(async (context) => {
      const titles = context.workbook.worksheets.getItem("S").pageLayout.getPrintTitleRowsOrNullObject();
      await context.sync();
      return titles.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it.each<[string, (layout: Excel.PageLayout) => void]>([
    ["a scale below 10", (layout) => (layout.zoom = { scale: 5 })],
    ["a scale and pages to fit", (layout) => (layout.zoom = { scale: 100, horizontalFitToPages: 1 })],
    ["negative pages", (layout) => (layout.zoom = { horizontalFitToPages: -1 })],
    ["title rows that are not whole rows", (layout) => layout.setPrintTitleRows("A1:B2")],
    ["title rows of another sheet", (layout) => layout.setPrintTitleRows("Other!$1:$1")],
    ["an unknown paper", (layout) => (layout.paperSize = "Paper10x14")],
  ])("refuses %s as Excel does", async (_, change) => {
    const host = hostWithSheet();
    const failure = fakeExcelRun(host)(async (context) => {
      change(context.workbook.worksheets.getItem("S").pageLayout);
      await context.sync();
    });
    await expect(failure).rejects.toBeInstanceOf(FakeOfficeError);
    await expect(failure).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
