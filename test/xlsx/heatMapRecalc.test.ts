/**
 * The heat map in files written by `isms new`, read back with ExcelJS (not our reader): every cell of
 * the matrix carries a static fill of its level's colour, with or without risks, and after LibreOffice
 * recalculates the file each cell counts exactly the register's risks with its coordinates, and none is
 * an error. Two methods (atv: the asset value is the third factor; gbt-multiply: a cell holds risks of
 * several levels), both languages, with the sample client and without it (the zones show when empty).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { defaultMethodology, type MethodId } from "../../src/domain/methodology";
import { t, type Lang } from "../../src/i18n";
import { heatZones } from "../../src/workbook/layout/heatMap";
import { levelColour } from "../../src/workbook/layout/levelColours";
import { sheetSchemas } from "../../src/workbook/schema";
import { writtenColumns } from "../../src/workbook/schema/columnSchema";
import { bindMethod } from "../../src/workbook/schema/methodBinding";
import { recalculate, requireLibreOffice } from "../support/libreoffice";
import { runIsms } from "../support/runIsms";
import { readWithExcelJs } from "../support/excelJsReader";

const describeLo = requireLibreOffice();
const dir = mkdtempSync(path.join(tmpdir(), "isms-heat-map-"));

interface Case {
  readonly name: string;
  readonly method: MethodId;
  readonly lang: Lang;
  readonly sample: boolean;
}

const CASES: readonly Case[] = [
  { name: "atv-zh", method: "atv", lang: "zh-CN", sample: true },
  { name: "atv-en", method: "atv", lang: "en", sample: true },
  { name: "gbt-multiply-zh", method: "gbt-multiply", lang: "zh-CN", sample: true },
  { name: "gbt-multiply-en", method: "gbt-multiply", lang: "en", sample: true },
  { name: "atv-zh-empty", method: "atv", lang: "zh-CN", sample: false },
];

/** A formula cell's result (ExcelJS leaves a result of 0 out of `value`), or the cell's value. */
function resultOf(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

function registerOf(workbook: ExcelJS.Workbook, c: Case): ExcelJS.Worksheet {
  const name = sheetSchemas(bindMethod(defaultMethodology(c.method))).risks.names[c.lang];
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

interface MapCell {
  readonly r: number;
  readonly c: number;
  readonly cell: ExcelJS.Cell;
}

/** The count cells of the map: found by its title in row 1, then the row of column values 1..N. */
function mapCells(sheet: ExcelJS.Worksheet, c: Case): MapCell[] {
  const zones = heatZones(defaultMethodology(c.method));
  let left = 0;
  sheet.getRow(1).eachCell((cell, column) => {
    if (cell.value === t(c.lang, "heat.title")) left = column;
  });
  if (left === 0) throw new Error("no heat map title in row 1");
  const values = Array.from({ length: zones.columnCount }, (_, i) => i + 1);
  let header = 2;
  while (values.some((v) => sheet.getCell(header, left + v).value !== v)) {
    if (++header > 20) throw new Error("no row of column values below the title");
  }
  return Array.from({ length: zones.rowCount }, (_, i) => header + 1 + i).flatMap((row) => {
    const r = Number(sheet.getCell(row, left).value);
    return values.map((v) => ({ r, c: v, cell: sheet.getCell(row, left + v) }));
  });
}

/** The register's risks per "row value,column value" of the map, from the axis columns' (recalculated) values. */
function registerCounts(sheet: ExcelJS.Worksheet, c: Case): Map<string, number> {
  const m = defaultMethodology(c.method);
  const zones = heatZones(m);
  const columns = writtenColumns(sheetSchemas(bindMethod(m)).risks);
  const header = (key: string) => columns.find((column) => column.key === key)?.header[c.lang];
  const at = (key: string) => {
    let found = 0;
    sheet.getRow(1).eachCell((cell, column) => {
      if (cell.value === header(key)) found = column;
    });
    if (found === 0) throw new Error(`no column ${key}`);
    return found;
  };
  const [rows, cols] = [at(zones.rows), at(zones.columns)];
  const counts = new Map<string, number>();
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const r = resultOf(row.getCell(rows));
    const v = resultOf(row.getCell(cols));
    if (typeof r !== "number" || typeof v !== "number") return;
    counts.set(`${r},${v}`, (counts.get(`${r},${v}`) ?? 0) + 1);
  });
  return counts;
}

/** The cell's solid fill as #RRGGBB, or undefined. */
function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill;
  if (fill?.type !== "pattern" || fill.pattern !== "solid") return undefined;
  const argb = fill.fgColor?.argb;
  return argb ? `#${argb.slice(-6).toUpperCase()}` : undefined;
}

async function read(file: string): Promise<ExcelJS.Workbook> {
  const workbook = await readWithExcelJs(file);
  return workbook;
}

describeLo("the heat map in files written by isms new", () => {
  const written = new Map<string, ExcelJS.Workbook>();
  const recalculated = new Map<string, ExcelJS.Workbook>();

  beforeAll(async () => {
    const files = CASES.map((c) => path.join(dir, `${c.name}.xlsx`));
    for (const [k, c] of CASES.entries()) {
      const file = files[k] ?? "";
      const sample = c.sample ? ["--sample"] : [];
      const made = await runIsms(["new", file, ...sample, "--lang", c.lang, "--method", c.method]);
      if (made.code !== 0) throw new Error(`isms new failed: ${made.stderr}`);
      written.set(c.name, await read(file));
    }
    const outs = recalculate(files);
    for (const [k, c] of CASES.entries()) recalculated.set(c.name, await read(outs[k] ?? ""));
  }, 240_000);

  const workbookOf = (books: Map<string, ExcelJS.Workbook>, c: Case) => {
    const workbook = books.get(c.name);
    if (!workbook) throw new Error(`no workbook ${c.name}`);
    return workbook;
  };

  describe.each(CASES)("$name", (c) => {
    const m = defaultMethodology(c.method);
    const zones = heatZones(m);
    const expected = (cell: MapCell) => levelColour(zones.level(cell.r, cell.c), m.levels.length);

    it("fills every cell of the matrix with its band's colour, as written and as LibreOffice saves it", () => {
      for (const books of [written, recalculated]) {
        const cells = mapCells(registerOf(workbookOf(books, c), c), c);
        expect(cells).toHaveLength(zones.rowCount * zones.columnCount);
        const wrong = cells
          .filter((cell) => fillOf(cell.cell) !== expected(cell))
          .map((cell) => ({ r: cell.r, c: cell.c, fill: fillOf(cell.cell), expected: expected(cell) }));
        expect(wrong).toEqual([]);
      }
    });

    it("counts, after recalculation, the register's risks of each cell, and no cell is an error", () => {
      const sheet = registerOf(workbookOf(recalculated, c), c);
      const counts = registerCounts(sheet, c);
      const cells = mapCells(sheet, c).map((cell) => ({
        at: `${cell.r},${cell.c}`,
        formula: (cell.cell.value as ExcelJS.CellFormulaValue | null)?.formula,
        count: resultOf(cell.cell),
      }));
      expect(cells.filter((cell) => typeof cell.count !== "number")).toEqual([]);
      expect(cells.filter((cell) => !cell.formula?.startsWith("COUNTIFS("))).toEqual([]);
      const wrong = cells.filter((cell) => cell.count !== (counts.get(cell.at) ?? 0));
      expect(wrong).toEqual([]);
      const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
      expect(cells.reduce((sum, cell) => sum + Number(cell.count), 0)).toBe(total);
      expect(total > 0).toBe(c.sample);
    });
  });
});
