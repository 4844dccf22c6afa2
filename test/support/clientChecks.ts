/**
 * What a client team needs of a generated workbook, checked the same way on a saved file (read with
 * ExcelJS for cells and fills and the package's XML for table parts, validations and print setup) and on
 * the fake Excel host's model after the Office.js port created it: the threat and vulnerability libraries
 * filled, every computed column a calculated column whose formula is in every prepared row, the print
 * setup of every data sheet and every register (文件清单 … 管理评审输入), one unique and non-blank people
 * list behind every owner list of the risk work and of the registers (warning, not refusing), and the heat map's cells each in its band's colour. Each check returns the problems it finds
 * (empty when the workbook is right), so a failure names the sheet and the cell.
 */
import { unescapeXml } from "./xmlText";
import { readWithExcelJs } from "./excelJsReader";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { defaultMethodology, type MethodId } from "../../src/domain/methodology";
import { t, type Lang } from "../../src/i18n";
import { parseRange, type CellArea } from "../../src/workbook/cells/cellAddress";
import { heatZones } from "../../src/workbook/layout/heatMap";
import { levelColour } from "../../src/workbook/layout/levelColours";
import { REGISTER_KEYS } from "../../src/domain/readiness/types";
import { DATA_SHEET_KEYS, sheetSchemas } from "../../src/workbook/schema";
import { writtenColumns, type SheetSchema } from "../../src/workbook/schema/columnSchema";
import { registerSchema } from "../../src/workbook/schema/registerSchemas";
import { bindMethod } from "../../src/workbook/schema/methodBinding";
import type { FakeExcel } from "../fakes";
import { cellKey } from "../fakes";
import { filePrintSetups, fakePrintSetup, type PrintSetup } from "./printSetup";
import { fakeValidationKey, fileFeatures } from "./workbookBridge";

export interface ModelCell {
  readonly value: unknown;
  /** The formula without "=", or null for a constant. */
  readonly formula: string | null;
  /** Solid fill as #RRGGBB. */
  readonly fill: string | undefined;
}

export interface ModelTable {
  readonly sheet: string;
  /** Whole table, header row included (0-based). */
  readonly area: CellArea;
  readonly columns: readonly { readonly name: string; readonly calculated: string | null }[];
}

/** A workbook as the checks see it, whichever side it comes from. */
export interface WorkbookModel {
  cell(sheet: string, row: number, column: number): ModelCell;
  table(name: string): ModelTable | undefined;
  print(sheet: string): PrintSetup | undefined;
  /** A workbook name's sheet and area. */
  name(name: string): { readonly sheet: string; readonly area: CellArea } | undefined;
  /** Validations in the normal form "range|source|style" (see validationKey). */
  validations(sheet: string): readonly string[];
}

export interface ClientCase {
  readonly lang: Lang;
  readonly method: MethodId;
  readonly sample: boolean;
}

const unescapeOrNull = (text: string | undefined): string | null =>
  text === undefined ? null : unescapeXml(text);

const noFormula = (text: string | null | undefined): string | null =>
  text === null || text === undefined ? null : text.replace(/^=/, "");

/** A name's refers-to text ("'风险评估表'!$B$2:$B$1001") as sheet and area. */
function namedArea(refersTo: string): { sheet: string; area: CellArea } | undefined {
  const at = refersTo.lastIndexOf("!");
  const sheet = refersTo
    .slice(0, at)
    .replace(/^=/, "")
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  const area = parseRange(refersTo.slice(at + 1).replace(/\$/g, ""));
  return at > 0 && area ? { sheet, area } : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The two sides

/** A saved file as a model: ExcelJS for cells, fills and names; the XML for tables, validations, print. */
export async function fileModel(bytes: Buffer): Promise<WorkbookModel> {
  const workbook = await readWithExcelJs(bytes);
  const zip = await JSZip.loadAsync(bytes);
  const tables = new Map<string, { ref: string; columns: { name: string; calculated: string | null }[] }>();
  for (const part of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const xml = (await zip.file(part)?.async("string")) ?? "";
    const name = /<table\b[^>]*\sname="([^"]*)"/.exec(xml)?.[1] ?? "";
    const ref = /<table\b[^>]*\sref="([^"]*)"/.exec(xml)?.[1] ?? "";
    const columns = [
      ...xml.matchAll(/<tableColumn\b((?:[^>/]|\/(?!>))*)(\/>|>([\s\S]*?)<\/tableColumn>)/g),
    ].map((m) => ({
      name: /\sname="([^"]*)"/.exec(m[1] ?? "")?.[1] ?? "",
      calculated: unescapeOrNull(
        /<calculatedColumnFormula[^>]*>([\s\S]*?)<\/calculatedColumnFormula>/.exec(m[3] ?? "")?.[1],
      ),
    }));
    tables.set(name, { ref, columns });
  }
  const sheetOfTable = new Map<string, string>();
  for (const sheet of workbook.worksheets) {
    for (const name of Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables)) {
      sheetOfTable.set(name, sheet.name);
    }
  }
  const prints = await filePrintSetups(bytes);
  const features = await fileFeatures(bytes);
  return {
    cell(sheetName, row, column) {
      const cell = workbook.getWorksheet(sheetName)?.getCell(row + 1, column + 1);
      if (!cell) return { value: null, formula: null, fill: undefined };
      const fill = cell.fill;
      const solid = fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      return {
        value: isFormula ? cell.result : cell.value,
        formula: isFormula ? (noFormula(cell.formula) ?? "") : null,
        fill: solid ? `#${solid.slice(-6).toUpperCase()}` : undefined,
      };
    },
    table(name) {
      const table = tables.get(name);
      const area = table && parseRange(table.ref);
      const sheet = sheetOfTable.get(name);
      return table && area && sheet ? { sheet, area, columns: table.columns } : undefined;
    },
    print: (sheet) => prints.get(sheet),
    name(name) {
      const ranges = workbook.definedNames.getRanges(name).ranges;
      return ranges[0] ? namedArea(ranges[0]) : undefined;
    },
    validations: (sheet) => features.get(sheet)?.validations ?? [],
  };
}

function rectArea(rect: { row: number; column: number; rowCount: number; columnCount: number }): CellArea {
  return {
    top: rect.row,
    left: rect.column,
    bottom: rect.row + rect.rowCount - 1,
    right: rect.column + rect.columnCount - 1,
  };
}

function a1(area: CellArea): string {
  const start = cellKey(area.top, area.left);
  return area.top === area.bottom && area.left === area.right
    ? start
    : `${start}:${cellKey(area.bottom, area.right)}`;
}

/**
 * The fake host's model after the Office.js port wrote into it. Office.js has no call that declares a
 * calculated column: Excel makes a table column one when every body cell holds the same formula as written
 * in its own row, so a column reads as calculated here when each of its body cells holds a formula (its
 * first row's formula is the calculated one).
 */
export function fakeModel(host: FakeExcel): WorkbookModel {
  const sheetNamed = (name: string) => host.state.sheets.find((s) => s.name === name);
  return {
    cell(sheetName, row, column) {
      const cell = sheetNamed(sheetName)?.cells[cellKey(row, column)];
      return {
        value: cell?.value ?? null,
        formula: noFormula(cell?.formula),
        fill: cell?.fill?.toUpperCase(),
      };
    },
    table(name) {
      for (const sheet of host.state.sheets) {
        const table = sheet.tables.find((tb) => tb.name === name);
        if (!table) continue;
        const area = rectArea(table.rect);
        const columns = Array.from({ length: area.right - area.left + 1 }, (_, i) => {
          const column = area.left + i;
          const header = sheet.cells[cellKey(area.top, column)]?.value;
          const body = Array.from(
            { length: area.bottom - area.top },
            (_, r) => sheet.cells[cellKey(area.top + 1 + r, column)],
          );
          const all = body.length > 0 && body.every((cell) => Boolean(cell?.formula));
          return { name: String(header ?? ""), calculated: all ? noFormula(body[0]?.formula) : null };
        });
        return { sheet: sheet.name, area, columns };
      }
      return undefined;
    },
    print(name) {
      const sheet = sheetNamed(name);
      return sheet ? fakePrintSetup(sheet) : undefined;
    },
    name(name) {
      const found = host.state.names.find((n) => n.name === name);
      return found ? namedArea(found.formula) : undefined;
    },
    validations(name) {
      return (sheetNamed(name)?.validations ?? [])
        .filter((v) => v.list || v.date)
        .map((v) => fakeValidationKey(a1(rectArea(v.rect)), v));
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// The checks

function schemasOf(c: ClientCase) {
  return sheetSchemas(bindMethod(defaultMethodology(c.method)));
}

/** The threat and vulnerability libraries: each at least `least` entries with a name and a numeric rating. */
export function libraryProblems(model: WorkbookModel, c: ClientCase, least = 10): string[] {
  const schemas = schemasOf(c);
  return (["threats", "vulnerabilities"] as const).flatMap((key) => {
    const schema = schemas[key];
    const table = model.table(schema.table);
    if (!table) return [`${key}: no table ${schema.table}`];
    const columns = writtenColumns(schema);
    const name = table.area.left + columns.findIndex((col) => col.key === "name");
    const rating = table.area.left + columns.findIndex((col) => col.key === "rating");
    let entries = 0;
    const problems: string[] = [];
    for (let row = table.area.top + 1; row <= table.area.bottom; row++) {
      const text = model.cell(table.sheet, row, name).value;
      if (typeof text !== "string" || text.trim() === "") continue;
      entries++;
      const value = model.cell(table.sheet, row, rating).value;
      if (typeof value !== "number")
        problems.push(`${table.sheet}!${cellKey(row, rating)}: rating ${String(value)}`);
    }
    return entries < least ? [...problems, `${table.sheet}: ${entries} entries`] : problems;
  });
}

/**
 * Every computed column of the asset register, the risk register, the plan and the gap sheet is a
 * calculated column whose formula is the one its first body row holds, and its last body row (a row
 * prepared for typing) holds a formula too. So are the register's and the plan's looked-up columns (asset,
 * description) in a workbook without the sample: the sample's rows keep the names typed into them, as an
 * adopted client's rows do, and a column with typed values is no calculated column to Excel when the
 * add-in writes it.
 */
export function calculatedProblems(model: WorkbookModel, c: ClientCase): string[] {
  const schemas = schemasOf(c);
  const lookedUp: Readonly<Record<string, readonly string[]>> = {
    risks: ["asset"],
    treatments: ["asset", "description"],
  };
  return (["assets", "risks", "treatments", "gap"] as const).flatMap((key) => {
    const schema = schemas[key];
    const table = model.table(schema.table);
    if (!table) return [`${key}: no table ${schema.table}`];
    const columns = writtenColumns(schema);
    const wanted = columns.filter((col) => col.computed || (!c.sample && lookedUp[key]?.includes(col.key)));
    if (wanted.length === 0) return [`${key}: no computed column`];
    return wanted.flatMap((col) => {
      const index = columns.indexOf(col);
      const column = table.area.left + index;
      const declared = table.columns[index]?.calculated ?? null;
      const where = `${table.sheet}!${cellKey(table.area.top, column)} (${col.key})`;
      if (declared === null || declared === "") return [`${where}: not a calculated column`];
      const last = model.cell(table.sheet, table.area.bottom, column).formula;
      const problems = last ? [] : [`${where}: last row ${table.area.bottom + 1} holds no formula`];
      if (col.computed) {
        const first = model.cell(table.sheet, table.area.top + 1, column).formula;
        if (first !== declared)
          problems.push(`${where}: calculated ${declared} but first row ${String(first)}`);
      }
      return problems;
    });
  });
}

/** The schemas of the sheets a client fills in: the risk work's data sheets, then the registers. */
function filledSchemas(c: ClientCase): readonly SheetSchema[] {
  const schemas = schemasOf(c);
  return [...DATA_SHEET_KEYS.map((key) => schemas[key]), ...REGISTER_KEYS.map((key) => registerSchema(key))];
}

/** Every data sheet and every register prints A4 landscape, one page wide, its table's header row repeated. */
export function printProblems(model: WorkbookModel, c: ClientCase): string[] {
  return filledSchemas(c).flatMap((schema) => {
    const table = model.table(schema.table);
    if (!table) return [`${schema.key}: no table`];
    const setup = model.print(table.sheet);
    const row = table.area.top + 1;
    const got = setup && {
      orientation: setup.orientation,
      paper: setup.paper,
      fitToWidth: setup.fitToWidth,
      fitToHeight: setup.fitToHeight,
      titleRows: setup.titleRows,
    };
    const want = {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: `${row}:${row}`,
    };
    return JSON.stringify(got) === JSON.stringify(want)
      ? []
      : [`${table.sheet}: prints ${JSON.stringify(got)}, not ${JSON.stringify(want)}`];
  });
}

const PEOPLE = "ISMS_People";

/**
 * The people list (ISMS_People) holds unique, non-blank names from its top (the sample's people; none in
 * an empty workbook), and every owner, assessor and approver list of the asset register, the risk register,
 * the plan and the registers (responsible persons, approvers, auditors, verifiers) offers it with a warning.
 */
export function peopleProblems(model: WorkbookModel, c: ClientCase): string[] {
  const people = model.name(PEOPLE);
  if (!people) return [`no name ${PEOPLE}`];
  const names: string[] = [];
  let gap = false;
  const problems: string[] = [];
  for (let row = people.area.top; row <= people.area.bottom; row++) {
    const value = model.cell(people.sheet, row, people.area.left).value;
    const text = typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
    if (text === "") {
      gap = true;
      continue;
    }
    if (gap) problems.push(`${people.sheet}!${cellKey(row, people.area.left)}: a name after a blank`);
    if (names.includes(text))
      problems.push(`${people.sheet}!${cellKey(row, people.area.left)}: ${text} twice`);
    names.push(text);
  }
  if (c.sample ? names.length < 3 : names.length !== 0) problems.push(`${names.length} people listed`);
  const schemas = schemasOf(c);
  const withOwners = [
    ...(["assets", "risks", "treatments"] as const).map((key) => schemas[key]),
    ...REGISTER_KEYS.map((key) => registerSchema(key)),
  ];
  for (const schema of withOwners) {
    const owners = writtenColumns(schema).filter((col) => col.list === "owners").length;
    const table = model.table(schema.table);
    if (!table) {
      if (owners > 0) problems.push(`${schema.key}: no table`);
      continue;
    }
    const lists = model.validations(table.sheet).filter((v) => v.includes(PEOPLE));
    if (lists.length !== owners)
      problems.push(`${table.sheet}: ${lists.length} people lists for ${owners} columns`);
    for (const list of lists)
      if (!list.endsWith("|warning")) problems.push(`${table.sheet}: ${list} refuses`);
  }
  return problems;
}

/** Every cell of the register's heat map is filled in the colour of its band, risks or none. */
export function heatMapProblems(model: WorkbookModel, c: ClientCase): string[] {
  const m = defaultMethodology(c.method);
  const zones = heatZones(m);
  const register = model.table(schemasOf(c).risks.table);
  if (!register) return ["no register"];
  const title = t(c.lang, "heat.title");
  let left = -1;
  for (let column = register.area.right + 1; column < register.area.right + 40 && left < 0; column++) {
    if (model.cell(register.sheet, 0, column).value === title) left = column;
  }
  if (left < 0) return [`${register.sheet}: no heat map title in row 1`];
  let header = 1;
  const isHeader = (row: number) =>
    Array.from({ length: zones.columnCount }, (_, i) => i + 1).every(
      (v) => model.cell(register.sheet, row, left + v).value === v,
    );
  while (!isHeader(header)) if (++header > 20) return [`${register.sheet}: no row of column values`];
  const problems: string[] = [];
  for (let i = 0; i < zones.rowCount; i++) {
    const row = header + 1 + i;
    const r = Number(model.cell(register.sheet, row, left).value);
    for (let v = 1; v <= zones.columnCount; v++) {
      const want = levelColour(zones.level(r, v), m.levels.length);
      const got = model.cell(register.sheet, row, left + v).fill;
      if (got !== want)
        problems.push(`${register.sheet}!${cellKey(row, left + v)} (${r},${v}): ${String(got)}, not ${want}`);
    }
  }
  return problems;
}

/** Every check at once, by name: what the tests on both sides assert empty. */
export function clientProblems(model: WorkbookModel, c: ClientCase): Record<string, string[]> {
  return {
    libraries: libraryProblems(model, c),
    calculatedColumns: calculatedProblems(model, c),
    print: printProblems(model, c),
    people: peopleProblems(model, c),
    heatMap: heatMapProblems(model, c),
  };
}

export const NO_PROBLEMS: Record<string, string[]> = {
  libraries: [],
  calculatedColumns: [],
  print: [],
  people: [],
  heatMap: [],
};
