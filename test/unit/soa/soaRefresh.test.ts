/**
 * Regenerating the SoA of a workbook, end to end through the .xlsx port: a person edits every column they
 * own and changes the plan; the refresh keeps every typed cell, refreshes the derived columns, marks the
 * newly applicable control, reports the conflict, moves the version on and writes what changed. Also: a
 * deleted control comes back at the bottom, a 2013 SoA is carried to 2022 in a new sheet, and a client's
 * own SoA gets a new SoA sheet beside it, the client's sheet untouched.
 */
import type ExcelJS from "exceljs";
import { mapping2022To2013, type Standard } from "../../../src/domain/catalog";
import { t } from "../../../src/i18n";
import type { Lang } from "../../../src/i18n/types";
import { createWorkbook } from "../../../src/operations/createWorkbook";
import { generateSoa, readForSoa } from "../../../src/operations/generateSoa";
import { cellA1, parseA1, parseRange } from "../../../src/workbook/cells/cellAddress";
import { linkedRisksCell, reasonLabel } from "../../../src/workbook/layout/soaSheet";
import { parseWorkbook, type ParsedWorkbook } from "../../../src/workbook/read/parseWorkbook";
import type { SoaRecord } from "../../../src/workbook/records";
import type { SheetData, WorkbookSnapshot } from "../../../src/workbook/sheetData";
import { XlsxWorkbookPort } from "../../../src/xlsx";
import { fileNumberFormats } from "../../support/workbookBridge";

const SOA = "Statement of Applicability";
const CHANGES = "SoA changes";
const PLAN = "Risk treatment plan";

async function sampleWorkbook(standard: Standard = "2022", lang: Lang = "en"): Promise<XlsxWorkbookPort> {
  const port = XlsxWorkbookPort.create();
  const created = await createWorkbook(port, {
    lang,
    standard,
    method: "li",
    sample: true,
    date: "2026-01-05",
  });
  expect(created.status).toBe("created");
  return port;
}

const parsedOf = async (port: XlsxWorkbookPort): Promise<ParsedWorkbook> =>
  parseWorkbook(await readForSoa(port));

function worksheet(port: XlsxWorkbookPort, name: string): ExcelJS.Worksheet {
  const sheet = port.workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function recordOf(parsed: ParsedWorkbook, id: string): SoaRecord {
  const record = parsed.soa.find((row) => row.controlId === id);
  if (!record) throw new Error(`no SoA row for ${id}`);
  return record;
}

function addressOf(record: SoaRecord, key: string): string {
  const address = record.cells[key];
  if (!address) throw new Error(`no ${key} cell on the row of ${record.controlId}`);
  return address;
}

/** What a person types into a cell, as Excel saves it. */
function type(port: XlsxWorkbookPort, sheet: string, address: string, value: ExcelJS.CellValue): void {
  worksheet(port, sheet).getCell(address).value = value;
}

/** A table made to cover `ref`, as Excel does when a person adds or deletes its rows or columns. */
function resizeTable(port: XlsxWorkbookPort, sheet: string, table: string, ref: string): void {
  const found = worksheet(port, sheet).getTable(table) as unknown as
    { table: { tableRef: string } } | undefined;
  if (!found) throw new Error(`no table ${table}`);
  found.table.tableRef = ref;
}

function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetData {
  const sheet = snapshot.sheets.find((one) => one.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/**
 * Every non-blank cell of a sheet: A1 → "=formula" or the value's JSON (text that starts with "=" reads
 * the same as a value and as a formula: it is a value).
 */
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

async function cellsNow(port: XlsxWorkbookPort, name: string): Promise<Record<string, string>> {
  return cellsOf(sheetOf(await port.read({ formulas: true }), name));
}

/** The table's rows as arrays of raw values, header row first. */
function tableRows(sheet: SheetData, table: string): unknown[][] {
  const found = sheet.tables.find((one) => one.name === table);
  const area = found ? parseRange(found.address) : null;
  if (!area) throw new Error(`no table ${table}`);
  return Array.from({ length: area.bottom - area.top + 1 }, (_, r) =>
    Array.from(
      { length: area.right - area.left + 1 },
      (_, c) => sheet.values[area.top + r - sheet.row]?.[area.left + c - sheet.column] ?? "",
    ),
  );
}

const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

const column = (address: string) => address.replace(/\d+$/, "");
const rowOf = (address: string) => parseA1(address)?.row ?? -1;

describe("regenerating a workbook's own SoA after a person edited it", () => {
  /** What the test did and saw, shared by the checks below. */
  interface Story {
    readonly port: XlsxWorkbookPort;
    readonly v1: ParsedWorkbook;
    /** The SoA sheet as the person left it, before the refresh. */
    readonly edited: Record<string, string>;
    readonly newRisk: string;
    /** A cell of the column the person added to the table. */
    readonly own: string;
    readonly preview: Awaited<ReturnType<typeof generateSoa>>["preview"];
    readonly after: WorkbookSnapshot;
  }

  async function tell(): Promise<Story> {
    const port = await sampleWorkbook();
    const v1 = await parsedOf(port);
    const row = (id: string) => recordOf(v1, id);
    const edit = (id: string, key: string, value: string) => type(port, SOA, addressOf(row(id), key), value);

    // Every column a person owns: applicability (excluding 8.8, which risks require), reasons,
    // justification, status (a known word and free text), documents, owner, notes.
    edit("8.8", "applicable", "No");
    edit("8.8", "justification", "Handled by the group's IT department");
    edit("5.1", "applicable", "Yes");
    edit("5.1", "reasons", "Legal or regulatory");
    edit("5.1", "status", "Implemented");
    edit("5.1", "documents", "ISMS-P-01 Information security policy");
    edit("5.1", "owner", "CISO office");
    edit("5.1", "notes", "=reviewed every year");
    edit("5.2", "status", "See the annex");
    edit("5.2", "documents", "Roles and responsibilities matrix");
    edit("7.4", "applicable", "No");
    edit("7.4", "justification", "Fully remote company: no premises to monitor");
    edit("5.19", "owner", "Procurement");
    // A column of their own, added at the right of the table.
    const table = v1.mapping.find((sheet) => sheet.name === SOA)?.range ?? "";
    const area = parseRange(table);
    if (!area) throw new Error("the SoA has a table");
    const extra = cellA1(area.top, area.right + 1);
    type(port, SOA, extra, "Audit sample");
    const own = cellA1(rowOf(addressOf(row("5.3"), "controlId")), area.right + 1);
    type(port, SOA, own, "Sampled in 2025");
    resizeTable(
      port,
      SOA,
      "ISMS_SoA",
      `${cellA1(area.top, area.left)}:${cellA1(area.bottom, area.right + 1)}`,
    );

    // A new treatment, for a risk the plan did not treat yet, citing a control nobody cited before.
    expect(row("5.7")).toMatchObject({ controlId: "5.7" });
    expect(row("5.7").applicable).toBeUndefined();
    const treated = new Set(v1.treatments.map((treatment) => treatment.riskId));
    const newRisk = v1.risks.map((risk) => risk.riskId ?? "").find((id) => id !== "" && !treated.has(id));
    if (!newRisk) throw new Error("the sample has a risk without a treatment");
    const planArea = parseRange(v1.mapping.find((sheet) => sheet.name === PLAN)?.range ?? "");
    if (!planArea) throw new Error("the plan has a table");
    const columns = v1.sheets.treatments?.columns ?? {};
    const newRow = planArea.bottom + 2; // 1-based row just below the table
    type(port, PLAN, `${columns["riskId"]}${newRow}`, newRisk);
    type(port, PLAN, `${columns["option"]}${newRow}`, "Reduce");
    type(port, PLAN, `${columns["measures"]}${newRow}`, "Subscribe to a threat intelligence feed");
    type(port, PLAN, `${columns["controls"]}${newRow}`, "5.7");
    type(port, PLAN, `${columns["owner"]}${newRow}`, "Security team");
    type(port, PLAN, `${columns["dueDate"]}${newRow}`, new Date(Date.UTC(2026, 8, 30)));
    resizeTable(
      port,
      PLAN,
      "ISMS_Treatments",
      `${cellA1(planArea.top, planArea.left)}:${cellA1(planArea.bottom + 1, planArea.right)}`,
    );

    const edited = await cellsNow(port, SOA);
    const { preview } = await generateSoa(port, { lang: "en", date: "2026-02-01" });
    const after = await port.read({ formulas: true });
    return { port, v1, edited, newRisk, own, preview, after };
  }

  let story: Story;
  beforeAll(async () => {
    story = await tell();
  });

  /** The columns the refresh may rewrite, and the body rows of the table. */
  function derivedAreas() {
    const { v1 } = story;
    const columns = v1.sheets.soa?.columns ?? {};
    const derived = new Set(
      ["derivedReasons", "linkedRisks", "plannedDate", "editionMapping"].map((key) => columns[key] ?? "?"),
    );
    const header = v1.sheets.soa?.headerRow ?? 0;
    return { columns, derived, header };
  }

  it("refreshes the SoA in place, as version 2", () => {
    const { preview } = story;
    expect(preview).toMatchObject({ mode: "refresh", sheet: SOA, version: 2, standard: "2022" });
  });

  it("leaves every cell a person typed as it was", () => {
    const { edited, after, v1, preview } = story;
    const { derived, header, columns } = derivedAreas();
    const filled = new Map(
      preview.newlyApplicable.map((id) => [addressOf(recordOf(v1, id), "applicable"), '"Yes"'] as const),
    );
    const version = ["B2", "D2"];
    const keep = (cells: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(cells).filter(
          ([address]) =>
            !version.includes(address) && !(rowOf(address) >= header && derived.has(column(address))),
        ),
      );
    const now = cellsOf(sheetOf(after, SOA));
    expect(keep(now)).toEqual({ ...keep(edited), ...Object.fromEntries(filled) });
    // The column the person added stays in the table, with what they wrote in it.
    expect(now[story.own]).toBe('"Sampled in 2025"');
    const table = sheetOf(after, SOA).tables.find((one) => one.name === "ISMS_SoA");
    expect(column(table?.address.split(":")[1] ?? "")).toBe(column(story.own));
    // The text that looks like a formula is still text.
    const notes = addressOf(recordOf(v1, "5.1"), "notes");
    expect(column(notes)).toBe(columns["notes"]);
    expect(now[notes]).toBe(JSON.stringify("=reviewed every year"));
    expect(worksheet(story.port, SOA).getCell(notes).formula).toBeFalsy();
  });

  it("marks the control the new treatment requires applicable, and only that one", () => {
    const { preview, after, v1 } = story;
    expect(preview.newlyApplicable).toEqual(["5.7"]);
    const cell = addressOf(recordOf(v1, "5.7"), "applicable");
    expect(cellsOf(sheetOf(after, SOA))[cell]).toBe('"Yes"');
  });

  it("refreshes the derived columns of that control and leaves the others' as they were", () => {
    const { edited, after, v1, newRisk } = story;
    const { derived, header, columns } = derivedAreas();
    const now = cellsOf(sheetOf(after, SOA));
    const row57 = recordOf(v1, "5.7");
    expect(now[addressOf(row57, "derivedReasons")]).toBe(JSON.stringify(reasonLabel("riskTreatment", "en")));
    const link = linkedRisksCell([newRisk], "en");
    expect(now[addressOf(row57, "linkedRisks")]).toBe(
      typeof link === "object" && link !== null ? link.formula : undefined,
    );
    expect(now[addressOf(row57, "plannedDate")]).toBe(JSON.stringify(serial("2026-09-30")));
    expect(columns["plannedDate"]).toBe(column(addressOf(row57, "plannedDate")));

    const derivedCells = (cells: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(cells).filter(
          ([address]) =>
            rowOf(address) >= header && derived.has(column(address)) && rowOf(address) !== row57.row - 1,
        ),
      );
    expect(derivedCells(now)).toEqual(derivedCells(edited));
  });

  it("reports the excluded control the risks require, at its applicability cell", () => {
    const { preview, v1 } = story;
    const citing = v1.treatments
      .filter((treatment) => treatment.option !== "accept" && treatment.controls?.includes("8.8"))
      .map((treatment) => treatment.riskId);
    expect(citing.length).toBeGreaterThan(0);
    // The sample's SoA already excludes 7.11 and 8.15, which risks require: those conflicts stay reported.
    expect(preview.conflicts.map((finding) => finding.controlId)).toEqual(["7.11", "8.8", "8.15"]);
    const conflict = preview.conflicts.find((finding) => finding.controlId === "8.8");
    expect(conflict).toEqual(
      expect.objectContaining({
        code: "soa.conflict",
        controlId: "8.8",
        risks: expect.arrayContaining(citing),
        sheet: SOA,
        cell: addressOf(recordOf(v1, "8.8"), "applicable"),
      }),
    );
    expect(conflict?.message).toContain("8.8");
    // The sample's 7.11 is excluded with "N/A" alone; 8.8's justification is a real one.
    expect(preview.missingJustifications.map((finding) => finding.controlId)).toEqual(["7.11"]);
  });

  it("moves the version cell, its date and the recorded state to version 2", () => {
    const { after } = story;
    const cells = cellsOf(sheetOf(after, SOA));
    expect([cells["A2"], cells["B2"], cells["D2"]]).toEqual(['"Version"', '"2.0"', '"2026-02-01"']);
    expect(after.metadata?.soa).toMatchObject({
      version: 2,
      date: "2026-02-01",
      conflicts: ["7.11", "8.8", "8.15"],
    });
    expect(after.metadata?.soa?.controls).toMatchObject({
      "5.1": "Y:implemented",
      "5.2": "Y:See the annex",
      "5.7": "Y:",
      "7.4": "N:",
      "8.8": "N:",
    });
  });

  it("adds lines to the change list saying what changed", () => {
    const { after, preview } = story;
    const conflictRisks = (preview.conflicts.find((f) => f.controlId === "8.8")?.risks ?? []).join(", ");
    const lines = tableRows(sheetOf(after, CHANGES), "ISMS_SoAChanges");
    type Line = "applicable" | "applicableRisks" | "excluded" | "status" | "conflict" | "blank";
    const change = (key: Line, params: Record<string, string> = {}) =>
      t("en", `workbook.soa.changes.${key}`, params);
    expect(lines.slice(0, 2)).toEqual([
      ["Version", "Date", "Control", "Change"],
      ["1.0", "2026-01-05", "", expect.stringMatching(/^First version/)],
    ]);
    // The sample's SoA already had 5.1 applicable and implemented, 5.2 implemented and 7.4 excluded: only
    // what the person changed since version 1 is listed.
    expect(lines.slice(2)).toEqual([
      ["2.0", "2026-02-01", "5.2", change("status", { from: "Implemented", to: "See the annex" })],
      ["2.0", "2026-02-01", "5.7", change("applicableRisks", { risks: story.newRisk })],
      ["2.0", "2026-02-01", "8.8", change("excluded")],
      ["2.0", "2026-02-01", "8.8", change("conflict", { risks: conflictRisks })],
    ]);
  });

  it("makes version 3 with a single 'nothing changed' line when regenerated with nothing changed", async () => {
    const { port, after } = story;
    const before = cellsOf(sheetOf(after, SOA));
    const linesBefore = tableRows(sheetOf(after, CHANGES), "ISMS_SoAChanges");
    const { preview } = await generateSoa(port, { lang: "en", date: "2026-03-01" });
    expect(preview).toMatchObject({ mode: "refresh", version: 3, changes: [], newlyApplicable: [] });
    const again = await port.read({ formulas: true });
    const lines = tableRows(sheetOf(again, CHANGES), "ISMS_SoAChanges");
    expect(lines).toEqual([...linesBefore, ["3.0", "2026-03-01", "", t("en", "workbook.soa.changes.none")]]);
    expect(cellsOf(sheetOf(again, SOA))).toEqual({ ...before, B2: '"3.0"', D2: '"2026-03-01"' });
    expect(again.metadata?.soa).toMatchObject({ version: 3, date: "2026-03-01" });
  });
});

describe("a status a person moves on", () => {
  it("is in the change list from 'Not implemented' to 'Implemented'", async () => {
    const port = await sampleWorkbook();
    const v1 = await parsedOf(port);
    const status = addressOf(recordOf(v1, "5.3"), "status");
    type(port, SOA, addressOf(recordOf(v1, "5.3"), "applicable"), "Yes");
    type(port, SOA, status, "Not implemented");
    const v2 = (await generateSoa(port, { lang: "en", date: "2026-02-01" })).preview;
    expect(v2.changes).toContainEqual({ kind: "status", controlId: "5.3", from: "", to: "notImplemented" });
    type(port, SOA, status, "Implemented");
    const v3 = (await generateSoa(port, { lang: "en", date: "2026-03-01" })).preview;
    expect(v3.changes).toEqual([
      { kind: "status", controlId: "5.3", from: "notImplemented", to: "implemented" },
    ]);
    const lines = tableRows(sheetOf(await port.read(), CHANGES), "ISMS_SoAChanges");
    expect(lines.at(-1)).toEqual([
      "3.0",
      "2026-03-01",
      "5.3",
      t("en", "workbook.soa.changes.status", { from: "Not implemented", to: "Implemented" }),
    ]);
  });
});

describe("a control row a person deleted", () => {
  async function deleteRow() {
    const port = await sampleWorkbook();
    const v1 = await parsedOf(port);
    const row = recordOf(v1, "8.8");
    const area = parseRange(v1.mapping.find((sheet) => sheet.name === SOA)?.range ?? "");
    if (!area) throw new Error("the SoA has a table");
    const original = cellsOf(sheetOf(await port.read({ formulas: true }), SOA));
    worksheet(port, SOA).spliceRows(row.row, 1);
    resizeTable(
      port,
      SOA,
      "ISMS_SoA",
      `${cellA1(area.top, area.left)}:${cellA1(area.bottom - 1, area.right)}`,
    );
    const { preview } = await generateSoa(port, { lang: "en", date: "2026-02-01" });
    return { port, v1, row, area, original, preview, after: await port.read({ formulas: true }) };
  }

  let deleted: Awaited<ReturnType<typeof deleteRow>>;
  beforeAll(async () => {
    deleted = await deleteRow();
  });

  it("is appended back at the bottom of the table, as it was", () => {
    const { row, area, original, preview, after } = deleted;
    expect(preview.mode).toBe("refresh");
    const sheet = sheetOf(after, SOA);
    expect(sheet.tables.find((table) => table.name === "ISMS_SoA")?.address).toBe(
      `${cellA1(area.top, area.left)}:${cellA1(area.bottom, area.right)}`,
    );
    const now = cellsOf(sheet);
    const bottom = area.bottom + 1; // 1-based
    const columns = Array.from({ length: area.right - area.left + 1 }, (_, c) =>
      cellA1(0, area.left + c).replace(/\d+$/, ""),
    );
    // The row as version 1 wrote it (applicability derived again from the risks that require it).
    expect(columns.map((letters) => now[`${letters}${bottom}`])).toEqual(
      columns.map((letters) => original[`${letters}${row.row}`]),
    );
    expect(now[`A${bottom}`]).toBe('"8.8"');
  });

  it("keeps the other rows where the person left them", () => {
    const { v1, after } = deleted;
    const parsed = parseWorkbook(after);
    const before = v1.soa.filter((record) => record.controlId !== "8.8").map((record) => record.controlId);
    expect(parsed.soa.map((record) => record.controlId)).toEqual([...before, "8.8"]);
  });

  it("shows its planned date as a date, like the rest of the column", async () => {
    const { port, area, v1 } = deleted;
    const formats = (await fileNumberFormats(await port.toBuffer())).get(SOA) ?? {};
    const letters = v1.sheets.soa?.columns["plannedDate"] ?? "?";
    const dated = recordOf(v1, "5.16");
    expect(formats[`${letters}${dated.row}`]).toBe("yyyy-mm-dd");
    expect(formats[`${letters}${area.bottom + 1}`]).toBe(formats[`${letters}${dated.row}`]);
  });
});

describe("a 2013 SoA carried to 2022", () => {
  async function carry() {
    const port = await sampleWorkbook("2013");
    const v1 = await parsedOf(port);
    expect(v1.soa).toHaveLength(114);
    const edit = (id: string, key: string, value: string) =>
      type(port, SOA, addressOf(recordOf(v1, id), key), value);
    edit("A.12.4.1", "status", "Not implemented");
    edit("A.12.4.1", "documents", "Logging procedure");
    edit("A.12.4.3", "status", "Implemented");
    edit("A.12.4.3", "documents", "Administrator log rules");
    edit("A.10.1.1", "status", "Partially implemented");
    edit("A.10.1.2", "status", "Implemented");
    edit("A.6.2.2", "applicable", "No");
    edit("A.6.2.2", "justification", "No teleworking: all staff on site");
    edit("A.11.1.1", "owner", "Facilities");
    edit("A.11.1.1", "notes", "Perimeter reviewed in 2025");
    const original = await cellsNow(port, SOA);
    const { preview } = await generateSoa(port, { lang: "en", standard: "2022", date: "2026-02-01" });
    const after = await port.read({ formulas: true });
    return { port, original, preview, after, parsed: parseWorkbook(after) };
  }

  let carried: Awaited<ReturnType<typeof carry>>;
  beforeAll(async () => {
    carried = await carry();
  });

  const row = (id: string) => recordOf(carried.parsed, id);

  it("is written as a new 2022 SoA sheet beside the 2013 one, which is left as it was", () => {
    const { preview, after, original, parsed } = carried;
    expect(preview).toMatchObject({ mode: "create", standard: "2022", version: 2 });
    expect(preview.sheet).not.toBe(SOA);
    expect(cellsOf(sheetOf(after, SOA))).toEqual(original);
    expect(parsed.sheets.soa?.name).toBe(preview.sheet);
    expect(parsed.soa.filter((record) => !record.controlId?.startsWith("A."))).toHaveLength(93);
    expect(after.metadata?.soa).toMatchObject({ version: 2 });
  });

  it("flags the 2022 controls several 2013 controls merged into", () => {
    const { preview } = carried;
    expect(preview.reviews).toContainEqual({ id2022: "8.15", from: mapping2022To2013("8.15") });
    expect(preview.reviews).toContainEqual({ id2022: "8.24", from: mapping2022To2013("8.24") });
    expect(preview.reviews.every((review) => review.from.length > 1)).toBe(true);
    expect(preview.reviews.map((review) => review.id2022)).not.toContain("6.7");
  });

  it("carries the typed texts, labelled by 2013 control where several were joined", () => {
    expect(row("8.15")).toMatchObject({
      documents: "A.12.4.1: Logging procedure\nA.12.4.3: Administrator log rules",
    });
    expect(row("6.7")).toMatchObject({
      applicable: false,
      justification: "No teleworking: all staff on site",
    });
    expect(row("7.1")).toMatchObject({ owner: "Facilities", notes: "Perimeter reviewed in 2025" });
  });

  const entry = (id: string) => carried.preview.result.entries.find((one) => one.id === id);

  it("gives a joined control the least implemented status, written as the sheet's words", () => {
    expect(entry("8.24")?.status).toBe("partial");
    expect(row("8.24").status).toBe("Partially implemented");
  });

  it("keeps a joined control not implemented when one of its 2013 controls was not implemented", () => {
    expect(entry("8.15")?.status).toBe("notImplemented");
    expect(row("8.15").status).toBe("Not implemented");
  });

  it("is refreshed in place when regenerated without naming the standard again", async () => {
    const { port, preview: first } = carried;
    const { preview } = await generateSoa(port, { lang: "en", date: "2026-03-01" });
    expect(preview).toMatchObject({ mode: "refresh", standard: "2022", sheet: first.sheet, version: 3 });
  });
});

describe("a client's own SoA", () => {
  const CLIENT = "Client SoA";
  const clientRows = [
    [
      "Control ID",
      "Control Name",
      "Applicable (Y/N/NA)",
      "Justification for Inclusion / Exclusion",
      "Implementation Status",
      "Evidence Reference",
    ],
    ["A.5.1", "Policies", "Y", "Required by management", "Implemented", "POL-001"],
    ["A.7.4", "Physical security monitoring", "NA", "Fully remote, no offices to monitor", "", ""],
    ["A.8.8", "Vulnerability management", "N", "Outsourced to the hosting provider", "Not implemented", ""],
    ["A.8.24", "Use of cryptography", "Y", "Legal: data protection law", "In progress", "CRY-002"],
  ];

  async function adopt() {
    const port = XlsxWorkbookPort.create();
    worksheet_add(port, "Risks", [
      [
        "Risk ID",
        "Asset",
        "Threat",
        "Vulnerability",
        "Likelihood",
        "Impact",
        "Existing controls",
        "Treatment",
        "Controls",
        "Due date",
      ],
      ["R-1", "CRM", "Malware", "Missing patches", 4, 3, "A.12.2.1", "Reduce", "8.8", "2026-05-31"],
      ["R-2", "Laptops", "Theft", "No disk encryption", 3, 4, "", "Reduce", "8.24", "2026-06-30"],
    ]);
    worksheet_add(port, CLIENT, clientRows);
    const original = await cellsNow(port, CLIENT);
    const before = await parsedOf(port);
    const { preview } = await generateSoa(port, { lang: "en", date: "2026-02-01" });
    const after = await port.read({ formulas: true });
    return { port, original, before, preview, after, parsed: parseWorkbook(after) };
  }

  let client: Awaited<ReturnType<typeof adopt>>;
  beforeAll(async () => {
    client = await adopt();
  });

  function worksheet_add(
    port: XlsxWorkbookPort,
    name: string,
    rows: readonly (readonly (string | number)[])[],
  ) {
    port.workbook.addWorksheet(name).addRows(rows.map((row) => [...row]));
  }

  const row = (id: string) => recordOf(client.parsed, id);

  it("is read as the workbook's SoA", () => {
    const { before } = client;
    expect(before.sheets.soa?.name).toBe(CLIENT);
    expect(before.soa).toHaveLength(4);
  });

  it("gets a new SoA sheet beside it and is left as it was", () => {
    const { preview, after, original, parsed } = client;
    expect(preview).toMatchObject({ mode: "create", sheet: SOA, standard: "2022" });
    expect(cellsOf(sheetOf(after, CLIENT))).toEqual(original);
    expect(after.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(["Risks", CLIENT, SOA]));
    expect(parsed.sheets.soa?.name).toBe(SOA);
    expect(parsed.soa).toHaveLength(93);
  });

  it("carries the client's applicability, statuses and documents", () => {
    expect(row("5.1")).toMatchObject({ applicable: true, status: "Implemented", documents: "POL-001" });
    expect(row("7.4")).toMatchObject({ applicable: false });
    expect(row("8.8")).toMatchObject({ applicable: false, status: "Not implemented" });
    expect(row("8.24")).toMatchObject({ applicable: true, status: "In progress", documents: "CRY-002" });
    expect(row("5.1").reasons).toBe("Required by management");
  });

  it("puts the client's justification of an exclusion in the justification column", () => {
    expect(row("7.4").justification).toBe("Fully remote, no offices to monitor");
    expect(row("8.8").justification).toBe("Outsourced to the hosting provider");
  });

  it("reports the excluded control a risk requires, and no exclusion as unjustified", () => {
    const { preview } = client;
    expect(preview.conflicts.map((f) => [f.controlId, f.risks])).toEqual([["8.8", ["R-1"]]]);
    expect(preview.missingJustifications).toEqual([]);
  });

  it("lists what the new version changes, without claiming that the client's statuses changed", () => {
    const { preview } = client;
    expect(preview.version).toBe(2);
    expect(preview.changes.filter((c) => c.kind !== "added")).toEqual([
      { kind: "conflict", controlId: "8.8", risks: ["R-1"] },
    ]);
    expect(preview.changes.filter((c) => c.kind === "added")).toHaveLength(93 - 4);
  });
});
