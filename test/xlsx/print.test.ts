/**
 * Print setup in the files the `isms` command writes: (a) every sheet's XML says A4, landscape, fit to one
 * page wide (any number tall), the table's header row as print titles, and the header and footer in
 * Excel's codes (the sign-off line on the register, the plan and the SoA); (b) LibreOffice prints the
 * zh-CN sample to PDF one page wide: every page of every sheet carries the header (document number) and
 * footer, the signed documents' pages the sign-off line, and shows its table's first and last column
 * headers, while the same file without fit-to-width splits the register and the plan across pages.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { createWorkbook, type CreateWorkbookOptions } from "../../src/operations/createWorkbook";
import { buildWorkbookPlan } from "../../src/workbook/layout/buildWorkbookPlan";
import { documentNumber } from "../../src/workbook/layout/printSetup";
import { isMetadataSheet } from "../../src/workbook/metadata";
import type { SheetPlan } from "../../src/workbook/plan";
import { XlsxWorkbookPort } from "../../src/xlsx";
import { registerArea, filePrintSetups, footerOf } from "../support/printSetup";
import { pagesBySheet, printedPages, requirePrinting } from "../support/pdfPages";
import { runIsms } from "../support/runIsms";

const dir = mkdtempSync(path.join(tmpdir(), "isms-print-"));

function sheetsOf(options: CreateWorkbookOptions): readonly SheetPlan[] {
  const build = buildWorkbookPlan(options);
  if (!build.ok) throw new Error("expected a plan");
  return build.plan.sheets;
}

describe.each<CreateWorkbookOptions>([
  { lang: "zh-CN", standard: "2022", method: "gbt-matrix", sample: true },
  { lang: "en", standard: "2022", method: "li", sample: false },
  { lang: "en", standard: "2013", method: "cia-max", sample: true },
])("print setup in the file ($lang $method sample=$sample)", (options) => {
  it("is A4 landscape, one page wide, with print titles, header and footer on every sheet", async () => {
    const port = XlsxWorkbookPort.create();
    expect((await createWorkbook(port, options)).status).toBe("created");
    const setups = await filePrintSetups(await port.toBuffer());
    const sheets = sheetsOf(options);
    expect(sheets.length).toBeGreaterThanOrEqual(9);
    for (const sheet of sheets) {
      const row = (sheet.tables[0]?.row ?? 0) + 1;
      expect({ sheet: sheet.name, ...setups.get(sheet.name) }).toEqual({
        sheet: sheet.name,
        orientation: "landscape",
        paper: "A4",
        fitToWidth: 1,
        fitToHeight: 0,
        titleRows: `${row}:${row}`,
        area: registerArea(sheet),
        header: `&L&A&R${documentNumber(sheet.key)}`,
        footer: footerOf(sheet.key, options.lang),
      });
    }
    const meta = [...setups].find(([name]) => isMetadataSheet(name));
    expect(meta?.[1]).toMatchObject({ header: "", titleRows: null });
  });
});

it("writes the page setup ExcelJS leaves in the sheet part as the file format has it", async () => {
  const out = path.join(dir, "raw.xlsx");
  expect((await runIsms(["new", out, "--lang", "en"])).code).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(out));
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  // The register's place among the sheets, and its part (ExcelJS numbers the parts in sheet order).
  const index = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].findIndex(
    (m) => m[1] === "Risk register",
  );
  expect(index).toBeGreaterThanOrEqual(0);
  const register = (await zip.file(`xl/worksheets/sheet${index + 1}.xml`)?.async("string")) ?? "";
  expect(register).toMatch(/<sheetPr>(<tabColor[^>]*\/>)?<pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
  expect(register).toMatch(
    /<pageSetup paperSize="9" orientation="landscape"[^>]* fitToWidth="1" fitToHeight="0"\/>/,
  );
  expect(register).not.toMatch(/<pageSetup[^>]* scale=/);
  expect(register).toContain(
    "<headerFooter><oddHeader>&amp;L&amp;A&amp;RISMS-RA-01</oddHeader><oddFooter>&amp;LPrepared by: ________   Reviewed by: ________   Approved by: ________&amp;CVersion 1.0 · page &amp;P of &amp;N</oddFooter></headerFooter>",
  );
  expect(workbook).toContain(
    `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">&apos;Risk register&apos;!$1:$1</definedName>`,
  );
});

/** The same file printed the old way: portrait at 100 %, header, footer and print titles kept. */
async function withoutFitToWidth(file: string, out: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const part of Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))) {
    const xml = (await zip.file(part)?.async("string")) ?? "";
    const unfitted = xml
      .replace('<pageSetUpPr fitToPage="1"/>', "")
      .replace("<sheetPr></sheetPr>", "")
      .replace(/<pageSetup\b[^>]*\/>/, '<pageSetup paperSize="9" orientation="portrait"/>');
    zip.file(part, unfitted);
  }
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

const describePrint = requirePrinting();

describePrint("the zh-CN sample printed to PDF by LibreOffice", () => {
  const options: CreateWorkbookOptions = {
    lang: "zh-CN",
    standard: "2022",
    method: "gbt-matrix",
    sample: true,
  };
  const sheets = sheetsOf(options);
  let after: Map<string, string[]>;
  let before: Map<string, string[]>;
  let total = 0;

  beforeAll(async () => {
    const file = path.join(dir, "zh.xlsx");
    expect((await runIsms(["new", file, "--lang", "zh-CN", "--sample"])).code).toBe(0);
    const unfitted = path.join(dir, "zh-unfitted.xlsx");
    await withoutFitToWidth(file, unfitted);
    const [fitted = [], old = []] = printedPages([file, unfitted]);
    total = fitted.length;
    after = pagesBySheet(fitted);
    before = pagesBySheet(old);
  }, 60_000);

  it("prints the header with the document number and the footer with page x of y on every page", () => {
    expect(after.get("none")).toBeUndefined();
    expect([...after.keys()]).toEqual(sheets.map((sheet) => documentNumber(sheet.key)));
    let index = 0;
    for (const [number, pages] of after) {
      const own = number === "ISMS-SOA-01" || number === "ISMS-SOC-01";
      for (const page of pages) {
        index++;
        expect(page).toContain(`第 ${index} 页 / 共 ${total} 页`);
        expect({ number, versioned: page.includes(`版本 1.0 · 第 ${index} 页`) }).toEqual({
          number,
          versioned: !own,
        });
      }
    }
  });

  it("prints the sign-off line on every page of the signed documents, and only there", () => {
    for (const [number, pages] of after) {
      const signed = [
        "ISMS-RA-01",
        "ISMS-RTP-01",
        "ISMS-SOA-01",
        "ISMS-SCP-01",
        "ISMS-ROL-01",
        "ISMS-OBJ-01",
        "ISMS-DOC-01",
        "ISMS-REC-01",
        "ISMS-LAW-01",
        "ISMS-IAP-01",
        "ISMS-IAC-01",
        "ISMS-NCR-01",
        "ISMS-MRI-01",
      ].includes(number);
      for (const page of pages) {
        expect({ number, signed: /编制：_+\s+审核：_+\s+批准：_+/.test(page) }).toEqual({ number, signed });
      }
    }
  });

  it("fits each sheet to one page wide: every page shows its table's first and last column headers", () => {
    for (const sheet of sheets) {
      const columns = sheet.tables[0]?.columns ?? [];
      const [first, last] = [columns[0]?.header ?? "", columns[columns.length - 1]?.header ?? ""];
      const pages = after.get(documentNumber(sheet.key)) ?? [];
      expect(pages.length).toBeGreaterThan(0);
      pages.forEach((page, index) =>
        expect({
          sheet: sheet.name,
          page: index + 1,
          first: page.includes(first),
          last: page.includes(last),
        }).toEqual({ sheet: sheet.name, page: index + 1, first: true, last: true }),
      );
    }
  });

  it("prints the register and the plan on fewer pages than without fit to width, and no sheet on more", () => {
    const counts = sheets.map((sheet) => {
      const number = documentNumber(sheet.key);
      return {
        sheet: sheet.key,
        after: after.get(number)?.length ?? 0,
        before: before.get(number)?.length ?? 0,
      };
    });
    for (const count of counts) expect(count.after).toBeLessThanOrEqual(count.before);
    for (const key of ["risks", "treatments"]) {
      const count = counts.find((c) => c.sheet === key);
      expect(count && count.after < count.before).toBe(true);
      // Without fit to width, some page of the sheet lacks its last column: it is split across pages.
      const columns = sheets.find((s) => s.key === key)?.tables[0]?.columns ?? [];
      const last = columns[columns.length - 1]?.header ?? "";
      const split = before.get(documentNumber(key as SheetPlan["key"])) ?? [];
      expect(split.some((page) => !page.includes(last))).toBe(true);
    }
  });
});
