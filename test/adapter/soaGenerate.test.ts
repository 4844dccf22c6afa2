/**
 * Generating and refreshing the SoA through the Office.js port and the strict fake (Excel on the web's
 * 5 MB limits on): a 1,000-risk workbook's own SoA in 3 syncs in all (read and apply); a 10,000-risk one in
 * those 3 plus one per further read request, each under 4 MB. And the two ports agree: the same edits and
 * the same regeneration give the same cells, tables, metadata and preview through Office.js and in a file.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEFAULT_REQUEST_BUDGET_BYTES } from "../../src/excel";
import { t } from "../../src/i18n";
import { createWorkbook, type CreateWorkbookOptions } from "../../src/operations/createWorkbook";
import { applySoa, generateSoa, previewSoa, type SoaPreview } from "../../src/operations/generateSoa";
import { readWorkbook } from "../../src/operations/readWorkbook";
import { cellA1 } from "../../src/workbook/cells/cellAddress";
import { isMetadataSheet } from "../../src/workbook/metadata";
import type { CellUpdatePlan } from "../../src/workbook/plan";
import type { WorkbookPort } from "../../src/workbook/port";
import { parseWorkbook, type ParsedWorkbook } from "../../src/workbook/read/parseWorkbook";
import type { SheetData, WorkbookSnapshot } from "../../src/workbook/sheetData";
import { XlsxSnapshotReader, XlsxWorkbookPort } from "../../src/xlsx";
import type { FakeExcel } from "../fakes";
import { fileFeatures, formatKey, rectA1, fakeValidationKey } from "../support/workbookBridge";
import { portOver, sheetOf } from "./portHarness";

const FOUR_MB = 4 * 1024 * 1024;
/** What a full rest slice of a read brings back: the request budget less the margin for wide rows. */
const READ_CHUNK_BYTES = DEFAULT_REQUEST_BUDGET_BYTES / 1.25;

const WORKBOOK = { lang: "zh-CN", standard: "2022", method: "atv", sample: true } as const;

function soaRow(parsed: ParsedWorkbook, id: string) {
  const row = parsed.soa.find((record) => record.controlId === id);
  if (!row) throw new Error(`no SoA row for ${id}`);
  return row;
}

/** A value typed into a cell of the fake host, as a person types it (no formula). */
function typeInto(host: FakeExcel, sheet: string, address: string | undefined, value: string): void {
  if (!address) throw new Error("no such cell");
  const cells = sheetOf(host, sheet).cells;
  cells[address] = { ...(cells[address] ?? { numberFormat: "General" }), value, formula: null };
}

/**
 * A sample workbook grown to `risks` risks through the fake, then edited by a person: one control the
 * risks require excluded, the first treatment citing a control nobody cited before.
 */
async function editedWorkbook(risks: number) {
  const under = portOver({}, { webPayloadLimit: true });
  const created = await createWorkbook(under.port, { ...WORKBOOK, sampleRisks: risks, date: "2026-01-05" });
  expect(created.status).toBe("created");
  const parsed = await readWorkbook(under.port);
  expect(parsed.risks).toHaveLength(risks);
  const soaSheet = parsed.sheets.soa?.name ?? "";
  const planSheet = parsed.sheets.treatments?.name ?? "";
  const first = parsed.treatments[0];
  typeInto(under.host, soaSheet, soaRow(parsed, "8.8").cells["applicable"], "否");
  typeInto(under.host, soaSheet, soaRow(parsed, "8.8").cells["justification"], "由集团统一负责");
  typeInto(under.host, planSheet, first?.cells["controls"], `${first?.text["controls"] ?? ""}、5.7`);
  expect(soaRow(parsed, "5.7").applicable).toBeUndefined();
  under.host.resetCounters();
  return { ...under, parsed, soaSheet, firstRisk: first?.riskId ?? "" };
}

/** What the regeneration must have written, whatever the size (reading the SoA sheet alone). */
async function expectRegenerated(port: WorkbookPort, preview: SoaPreview, firstRisk: string) {
  expect(preview).toMatchObject({ mode: "refresh", version: 2, newlyApplicable: ["5.7"] });
  // 8.8 excluded by the test; 7.11 and 8.15 by the sample's own SoA, while risks require them.
  expect(preview.conflicts.map((finding) => finding.controlId)).toEqual(["7.11", "8.8", "8.15"]);
  expect(preview.changes).toContainEqual(
    expect.objectContaining({
      kind: "applicable",
      controlId: "5.7",
      risks: expect.arrayContaining([firstRisk]),
    }),
  );
  const snapshot = await port.read({ sheets: [preview.sheet] });
  const after = parseWorkbook(snapshot);
  expect(soaRow(after, "5.7")).toMatchObject({ applicable: true });
  expect(soaRow(after, "8.8")).toMatchObject({ applicable: false, justification: "由集团统一负责" });
  expect(snapshot.sheets[0]?.values[1]?.slice(0, 2)).toEqual([t("zh-CN", "workbook.soa.version"), "2.0"]);
  expect(snapshot.metadata?.soa).toMatchObject({ version: 2, conflicts: ["7.11", "8.8", "8.15"] });
}

describe("generating the SoA through Office.js: syncs", () => {
  it("refreshes the SoA of a 1,000-risk workbook in at most 3 syncs in all", async () => {
    const { host, port, firstRisk } = await editedWorkbook(1000);
    const { preview } = await generateSoa(port, { lang: "zh-CN", date: "2026-02-01" });
    expect(host.syncCount).toBeLessThanOrEqual(3);
    expect(host.maxRequestBytes).toBeLessThan(FOUR_MB);
    expect(host.maxResponseBytes).toBeLessThan(FOUR_MB);
    await expectRegenerated(port, preview, firstRisk);
  });

  it("refreshes the SoA of a 10,000-risk workbook in 3 syncs plus one per further read chunk", async () => {
    const { host, port, firstRisk } = await editedWorkbook(10_000);
    const preview = await previewSoa(port, { lang: "zh-CN", date: "2026-02-01" });
    const reads = host.syncCount;
    const [, heads = 0, ...rest] = host.responses;
    await applySoa(port, preview);
    const applies = host.syncCount - reads;

    expect(rest.length).toBe(reads - 2);
    expect(rest.length).toBeGreaterThan(0);
    expect(heads).toBeLessThan(FOUR_MB);
    expect(rest.every((bytes) => bytes < FOUR_MB)).toBe(true);
    const restBytes = rest.reduce((sum, bytes) => sum + bytes, 0);
    expect(rest.length).toBeLessThanOrEqual(Math.ceil(restBytes / READ_CHUNK_BYTES));
    // The apply writes a few columns of 93 rows, the version cells and the change list: one request.
    expect(applies).toBe(1);
    expect(host.syncCount).toBeLessThanOrEqual(3 + rest.length);
    expect(host.maxRequestBytes).toBeLessThan(FOUR_MB);
    await expectRegenerated(port, preview, firstRisk);
  }, 120_000);

  it("writes a 2013 SoA of a 1,000-risk workbook as a new 2022 sheet in 4 syncs", async () => {
    const under = portOver({}, { webPayloadLimit: true });
    await createWorkbook(under.port, {
      ...WORKBOOK,
      standard: "2013",
      sampleRisks: 1000,
      date: "2026-01-05",
    });
    under.host.resetCounters();
    const { preview } = await generateSoa(under.port, {
      lang: "zh-CN",
      standard: "2022",
      date: "2026-02-01",
    });
    expect(preview.mode).toBe("create");
    // Read (outline and heads, then nothing more: the register fits in the heads), then apply: a look
    // at the workbook before a new sheet is written (never over a sheet with data), then the writes.
    expect(under.host.syncCount).toBeLessThanOrEqual(4);
    expect(under.host.maxRequestBytes).toBeLessThan(FOUR_MB);
    expect((await readWorkbook(under.port)).sheets.soa?.name).toBe(preview.sheet);
  });
});

const dir = mkdtempSync(path.join(tmpdir(), "isms-soa-parity-"));
let files = 0;

/** The file port's workbook as the command would save it, read back. */
async function savedSnapshot(file: XlsxWorkbookPort): Promise<{ snapshot: WorkbookSnapshot; bytes: Buffer }> {
  const bytes = await file.toBuffer();
  const name = path.join(dir, `soa-${++files}.xlsx`);
  writeFileSync(name, bytes);
  return { snapshot: await (await XlsxSnapshotReader.open(name)).read({ formulas: true }), bytes };
}

/** Every non-blank cell: A1 → "=formula" or the value's JSON (text starting with "=" is a value). */
function cellsOf(sheet: SheetData): Record<string, string> {
  const cells: Record<string, string> = {};
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = sheet.formulas?.[r]?.[c];
      const address = cellA1(sheet.row + r, sheet.column + c);
      if (typeof formula === "string" && formula.startsWith("=") && formula !== value)
        cells[address] = formula;
      else if (value !== "") cells[address] = JSON.stringify(value);
    }),
  );
  return cells;
}

function normalised(snapshot: WorkbookSnapshot) {
  return {
    sheets: snapshot.sheets
      .filter((sheet) => !(sheet.name === "Sheet1" && sheet.tables.length === 0))
      .map((sheet) => ({
        name: sheet.name,
        tables: [...sheet.tables].sort((a, b) => a.name.localeCompare(b.name)),
        cells: cellsOf(sheet),
      })),
    metadata: snapshot.metadata,
  };
}

/** The same person's edits on either port: typed values, as the pane or a file would hold them. */
type Edits = (parsed: ParsedWorkbook) => CellUpdatePlan[];

interface ParityCase {
  readonly name: string;
  readonly workbook: CreateWorkbookOptions;
  readonly edits: Edits;
  readonly soa: { readonly lang: "en" | "zh-CN"; readonly standard?: "2022" };
}

const at = (parsed: ParsedWorkbook, id: string, key: string, value: string): CellUpdatePlan => {
  const row = soaRow(parsed, id);
  const address = row.cells[key];
  if (!address) throw new Error(`no ${key} cell for ${id}`);
  return { sheet: row.sheet, address, value };
};

const CASES: readonly ParityCase[] = [
  {
    name: "the workbook's own SoA refreshed in place (zh-CN)",
    workbook: { lang: "zh-CN", standard: "2022", method: "li", sample: true, date: "2026-01-05" },
    edits: (parsed) => {
      const first = parsed.treatments[0];
      return [
        at(parsed, "8.8", "applicable", "否"),
        at(parsed, "8.8", "justification", "由集团统一负责"),
        at(parsed, "5.1", "applicable", "是"),
        at(parsed, "5.1", "status", "已实施"),
        at(parsed, "5.1", "notes", "=每年评审"),
        at(parsed, "5.2", "status", "见附件"),
        {
          sheet: first?.sheet ?? "",
          address: first?.cells["controls"] ?? "",
          value: `${first?.text["controls"] ?? ""}、5.7`,
        },
      ];
    },
    soa: { lang: "zh-CN" },
  },
  {
    name: "a 2013 SoA carried to 2022 in a new sheet (en)",
    workbook: { lang: "en", standard: "2013", method: "cia-max", sample: true, date: "2026-01-05" },
    edits: (parsed) => [
      at(parsed, "A.12.4.1", "status", "Partially implemented"),
      at(parsed, "A.12.4.1", "documents", "Logging procedure"),
      at(parsed, "A.12.4.3", "documents", "Administrator log rules"),
      at(parsed, "A.6.2.2", "applicable", "No"),
      at(parsed, "A.6.2.2", "justification", "No teleworking"),
    ],
    soa: { lang: "en", standard: "2022" },
  },
];

describe.each(CASES)("both ports: $name", ({ workbook, edits, soa }) => {
  interface Side {
    readonly preview: SoaPreview;
    readonly snapshot: WorkbookSnapshot;
  }
  let office: Side & { readonly host: FakeExcel };
  let file: Side & { readonly bytes: Buffer };

  async function run(port: WorkbookPort): Promise<SoaPreview> {
    expect((await createWorkbook(port, workbook)).status).toBe("created");
    await port.apply({ sheets: [], names: [], updates: edits(await readWorkbook(port)) });
    return (await generateSoa(port, { ...soa, date: "2026-02-01" })).preview;
  }

  beforeAll(async () => {
    const { host, port } = portOver();
    const onOffice = await run(port);
    office = { host, preview: onOffice, snapshot: await port.read({ formulas: true }) };
    const xlsx = XlsxWorkbookPort.create();
    const onFile = await run(xlsx);
    file = { preview: onFile, ...(await savedSnapshot(xlsx)) };
  });

  it("previews the same SoA, findings, changes and plan", () => {
    expect(office.preview.changes.length).toBeGreaterThan(0);
    expect(office.preview).toEqual(file.preview);
  });

  it("writes the same cells and tables on every sheet, and the same metadata", () => {
    expect(office.snapshot.metadata?.soa?.version).toBe(2);
    expect(normalised(office.snapshot)).toEqual(normalised(file.snapshot));
  });

  it("gives the SoA sheet the same validation lists and conditional formats", async () => {
    const features = (await fileFeatures(file.bytes)).get(office.preview.sheet);
    const sheet = sheetOf(office.host, office.preview.sheet);
    expect(isMetadataSheet(sheet.name)).toBe(false);
    const fake = {
      validations: sheet.validations
        .filter((v) => v.list || v.date)
        .map((v) => fakeValidationKey(rectA1(v.rect), v))
        .sort(),
      conditionalFormats: sheet.conditionalFormats
        .map((f) =>
          formatKey(
            rectA1(f.rect),
            f.type === "Custom" ? "expression" : "cellValue",
            f.type === "Custom" ? null : f.operator,
            [f.formula1, f.formula2].filter((x): x is string => x !== null),
            (f.fill ?? "").toUpperCase(),
          ),
        )
        .sort(),
    };
    // Applicability, reasons and status lists, and the planned date.
    expect(fake.validations).toHaveLength(4);
    expect(fake).toEqual({
      validations: [...(features?.validations ?? [])].sort(),
      conditionalFormats: [...(features?.conditionalFormats ?? [])].sort(),
    });
  });
});
