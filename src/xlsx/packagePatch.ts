/**
 * A plan written straight into a file's package, without loading the workbook into ExcelJS's model, when
 * all the plan does is change cells of existing sheets — ranges refreshed, single cells set, rows added to
 * tables — and rewrite the metadata sheet (an SoA refreshed in place is such a plan). Every part the plan
 * does not touch is kept byte for byte: charts, images, comments, styles, other tools' parts, and in a
 * patched sheet everything but its cells, its sheet protection included. The touched cells keep their
 * style; new cells take the style of the cell above (a computed cell of a protected sheet stays grey and
 * locked, docs/workbook.md "Protection"); text is written as inline strings
 * (read back exactly like shared strings); formulas are written without a cached value and the workbook is
 * marked to recalculate on load (a stale calculation chain is dropped). A 10,000-row workbook is patched in
 * a fraction of the time and memory a round trip through ExcelJS takes.
 *
 * Any other plan, or a package not as expected (a sheet or table missing, a shared formula's master cell in
 * the way), gives undefined: the caller then goes through ExcelJS, which judges the file itself.
 */
import { cellA1, parseA1, parseRange, rangeA1 } from "../workbook/cells/cellAddress";
import { metadataSheetRows, METADATA_SHEET } from "../workbook/metadata";
import { isFormula, type PlanCell, type WorkbookPlan } from "../workbook/plan";
import { fileFormula } from "./cellWriting";
import { PackageParts, sheetEntries, tablePart } from "./packageScan";
import { xmlEncode } from "./xmlText";
import { zipEntries } from "./zipDirectory";
import { repackZip } from "./zipRepack";

/** Whether `plan` only changes cells of existing sheets (and the metadata sheet, known to exist). */
export function patchable(plan: WorkbookPlan): boolean {
  return (
    plan.sheets.length === 0 &&
    plan.names.length === 0 &&
    (plan.metadata === undefined || plan.metadataInPlace === true) &&
    (plan.updates ?? []).every((update) => update.link === undefined)
  );
}

/** Cells to set on one sheet: 1-based row → 0-based column → value. */
type SheetEdits = Map<number, Map<number, PlanCell>>;

class NotPatchable extends Error {}

function editsOf(plan: WorkbookPlan): Map<string, SheetEdits> {
  const bySheet = new Map<string, SheetEdits>();
  const set = (sheet: string, row: number, column: number, value: PlanCell) => {
    const edits = bySheet.get(sheet) ?? new Map<number, Map<number, PlanCell>>();
    bySheet.set(sheet, edits);
    const cells = edits.get(row + 1) ?? new Map<number, PlanCell>();
    edits.set(row + 1, cells);
    cells.set(column, value);
  };
  for (const write of plan.writes ?? [])
    write.cells.forEach((cells, r) =>
      cells.forEach((value, c) => set(write.sheet, write.row + r, write.column + c, value)),
    );
  for (const append of plan.appends ?? [])
    append.rows.forEach((cells, r) =>
      cells.forEach((value, c) => set(append.sheet, append.row + r, append.column + c, value)),
    );
  for (const update of plan.updates ?? []) {
    const at = parseA1(update.address);
    if (!at) throw new NotPatchable(`address ${update.address}`);
    set(update.sheet, at.row, at.column, update.value);
  }
  return bySheet;
}

interface CellElement {
  readonly column: number;
  readonly xml: string;
}

const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;

function cellsOf(rowXml: string): CellElement[] {
  return [...rowXml.matchAll(CELL)].map((match) => {
    const ref = /\sr="([A-Z]+)\d+"/.exec(match[0])?.[1];
    if (!ref) throw new NotPatchable("a cell without its address");
    return { column: parseA1(`${ref}1`)?.column ?? -1, xml: match[0] };
  });
}

const styleOf = (cellXml: string | undefined): string => {
  const style = cellXml ? /^<c\b[^>]*?\ss="(\d+)"/.exec(cellXml)?.[1] : undefined;
  return style ? ` s="${style}"` : "";
};

function cellXml(address: string, value: PlanCell, style: string): string {
  const head = `<c r="${address}"${style}`;
  if (value === null || value === "") return `${head}/>`;
  if (isFormula(value)) return `${head}><f>${xmlEncode(fileFormula(value.formula))}</f></c>`;
  if (typeof value === "number") return `${head}><v>${String(value)}</v></c>`;
  if (typeof value === "boolean") return `${head} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `${head} t="inlineStr"><is><t xml:space="preserve">${xmlEncode(value)}</t></is></c>`;
}

/** A row with its edited cells replaced or inserted in column order. */
function editedRow(
  rowTag: string,
  existing: CellElement[],
  edits: Map<number, PlanCell>,
  row: number,
  above: CellElement[],
): string {
  const byColumn = new Map(existing.map((cell) => [cell.column, cell.xml]));
  const styleAbove = new Map(above.map((cell) => [cell.column, styleOf(cell.xml)]));
  for (const [column, value] of edits) {
    const old = byColumn.get(column);
    if (old && /<f\b[^>]*\bt="shared"[^>]*\bref="/.test(old))
      throw new NotPatchable("a shared formula's master cell");
    const style = old !== undefined ? styleOf(old) : (styleAbove.get(column) ?? "");
    byColumn.set(column, cellXml(cellA1(row - 1, column), value, style));
  }
  const cells = [...byColumn.entries()].sort(([a], [b]) => a - b).map(([, xml]) => xml);
  const open = rowTag.replace(/\sspans="[^"]*"/, "").replace(/\/>$/, ">");
  return `${open}${cells.join("")}</row>`;
}

/** The sheet XML with `edits` applied; its dimension grown to cover them. */
function patchedSheet(xml: string, edits: SheetEdits): string {
  const dataStart = xml.indexOf("<sheetData");
  const dataOpenEnd = xml.indexOf(">", dataStart);
  if (dataStart < 0 || dataOpenEnd < 0) throw new NotPatchable("no sheetData");
  const selfClosing = xml[dataOpenEnd - 1] === "/";
  const dataEnd = selfClosing ? dataOpenEnd + 1 : xml.indexOf("</sheetData>", dataOpenEnd);
  const inner = selfClosing ? "" : xml.slice(dataOpenEnd + 1, dataEnd);
  const rows = new Map<number, string>();
  for (const match of inner.matchAll(ROW)) {
    const number = Number(/\sr="(\d+)"/.exec(match[0])?.[1]);
    if (!Number.isInteger(number)) throw new NotPatchable("a row without its number");
    rows.set(number, match[0]);
  }
  const numbers = [...new Set([...rows.keys(), ...edits.keys()])].sort((a, b) => a - b);
  let previous: CellElement[] = [];
  const out: string[] = [];
  let bottom = 0;
  let right = 0;
  for (const number of numbers) {
    const original = rows.get(number);
    const edit = edits.get(number);
    let written = original ?? "";
    if (edit) {
      const tag = original
        ? (/^<row\b[^>]*>/.exec(original)?.[0] ?? `<row r="${number}">`)
        : `<row r="${number}">`;
      written = editedRow(tag, original ? cellsOf(original) : [], edit, number, previous);
      for (const column of edit.keys()) right = Math.max(right, column);
      bottom = Math.max(bottom, number);
    }
    out.push(written);
    if (original || edit) previous = cellsOf(written);
  }
  const sheetData = `<sheetData>${out.join("")}</sheetData>`;
  const patched = `${xml.slice(0, dataStart)}${sheetData}${xml.slice(selfClosing ? dataEnd : dataEnd + "</sheetData>".length)}`;
  return patched.replace(/<dimension ref="([^"]+)"\/>/, (whole, ref: string) => {
    const area = parseRange(ref);
    if (!area) return whole;
    const grown = { ...area, bottom: Math.max(area.bottom, bottom - 1), right: Math.max(area.right, right) };
    return `<dimension ref="${rangeA1(grown)}"/>`;
  });
}

/** The table parts to widen over appended rows. */
function grownTables(parts: PackageParts, plan: WorkbookPlan, replacements: Map<string, Buffer>): void {
  const tableParts = [...parts.names()].filter((part) => /^xl\/tables\/[^/]+\.xml$/.test(part));
  for (const append of plan.appends ?? []) {
    const part = tableParts.find(
      (name) => tablePart(parts, name)?.name.toLowerCase() === append.table.toLowerCase(),
    );
    const table = part ? tablePart(parts, part) : undefined;
    const area = table ? parseRange(table.address) : null;
    if (!part || !table || !area) throw new NotPatchable(`no table ${append.table}`);
    const bottom = Math.max(area.bottom, append.row + append.rows.length - 1);
    const ref = rangeA1({ ...area, bottom });
    const xml = replacements.get(part)?.toString("utf8") ?? parts.text(part) ?? "";
    replacements.set(part, Buffer.from(xml.split(`ref="${table.address}"`).join(`ref="${ref}"`), "utf8"));
  }
}

/** The metadata sheet's rows replaced whole (column A, as text). */
function metadataEdits(plan: WorkbookPlan, xml: string): SheetEdits {
  const edits: SheetEdits = new Map();
  if (!plan.metadata) return edits;
  const rows = metadataSheetRows(plan.metadata);
  const existing = [...xml.matchAll(/<row\b[^>]*\sr="(\d+)"/g)].map((m) => Number(m[1]));
  const last = Math.max(rows.length, ...existing);
  for (let row = 1; row <= last; row++) edits.set(row, new Map([[0, rows[row - 1]?.[0] ?? null]]));
  return edits;
}

/** The workbook without its calculation chain (cells changed under it), set to recalculate on load. */
function recalculating(parts: PackageParts, replacements: Map<string, Buffer>): string[] {
  const dropped: string[] = [];
  const workbook = parts.text("xl/workbook.xml");
  if (workbook !== undefined) {
    const calc = /<calcPr\b[^>]*?\/?>/.exec(workbook)?.[0];
    const next = calc
      ? calc.includes("fullCalcOnLoad=")
        ? workbook.replace(calc, calc.replace(/fullCalcOnLoad="[^"]*"/, 'fullCalcOnLoad="1"'))
        : workbook.replace(calc, calc.replace(/<calcPr\b/, '<calcPr fullCalcOnLoad="1"'))
      : workbook;
    replacements.set("xl/workbook.xml", Buffer.from(next, "utf8"));
  }
  if (parts.has("xl/calcChain.xml")) {
    dropped.push("xl/calcChain.xml");
    const rels = parts.text("xl/_rels/workbook.xml.rels") ?? "";
    replacements.set(
      "xl/_rels/workbook.xml.rels",
      Buffer.from(rels.replace(/<Relationship\b[^>]*Target="[^"]*calcChain\.xml"[^>]*\/>/g, ""), "utf8"),
    );
    const types = parts.text("[Content_Types].xml") ?? "";
    replacements.set(
      "[Content_Types].xml",
      Buffer.from(types.replace(/<Override\b[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/g, ""), "utf8"),
    );
  }
  return dropped;
}

/**
 * The package with `plan` written in, or undefined when the plan or the package is not one this can patch.
 * @example const patched = patchable(plan) ? patchPackage(await readFile(file), plan) : undefined;
 */
export function patchPackage(bytes: Buffer, plan: WorkbookPlan): Buffer | undefined {
  if (!patchable(plan)) return undefined;
  const entries = zipEntries(bytes);
  if (!entries) return undefined;
  try {
    const parts = new PackageParts(bytes, entries);
    const sheetParts = new Map(sheetEntries(parts).map((sheet) => [sheet.name, sheet.part]));
    const replacements = new Map<string, Buffer>();
    const edits = editsOf(plan);
    const metadataPart = sheetParts.get(METADATA_SHEET);
    if (plan.metadata) {
      if (!metadataPart) return undefined;
      edits.set(METADATA_SHEET, metadataEdits(plan, parts.text(metadataPart) ?? ""));
    }
    for (const [sheet, sheetEdits] of edits) {
      const part = sheetParts.get(sheet);
      const xml = part ? parts.text(part) : undefined;
      if (!part || xml === undefined) return undefined;
      replacements.set(part, Buffer.from(patchedSheet(xml, sheetEdits), "utf8"));
    }
    grownTables(parts, plan, replacements);
    const dropped = new Set(recalculating(parts, replacements));
    return repackZip(
      bytes,
      "deflate",
      entries.filter((entry) => !dropped.has(entry.name)),
      replacements,
    );
  } catch (error) {
    if (error instanceof NotPatchable) return undefined;
    throw error;
  }
}
