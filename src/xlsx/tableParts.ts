/**
 * Table parts as the port finishes them in the saved package: a table written in bulk gets its whole range
 * (ExcelJS filed only the rows it kept), and each calculated column its formula,
 * `<tableColumn …><calculatedColumnFormula>…</calculatedColumnFormula></tableColumn>` (ECMA-376
 * CT_TableFormula, the formula as it reads in the first body row, without "="), which Excel fills into
 * every row added to the table. ExcelJS neither writes that element nor keeps it when it loads a file, so
 * the port keeps each table's formulas itself, by table name: the plan's, and those of a file it opened.
 */
import type { TablePlan } from "../workbook/plan";
import { fileFormula } from "./cellWriting";
import type { PackageParts } from "./packageScan";
import { startTags, xmlAttributes, xmlEncode, xmlText } from "./xmlText";

/** Table name → each column's calculated formula (file form, no "="), undefined for a column without one. */
export type TableFormulas = Map<string, readonly (string | undefined)[]>;

const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/i;
const TABLE_COLUMN = /<tableColumn\b([^>]*?)(?:\/>|>([\s\S]*?)<\/tableColumn>)/g;
const CALCULATED = /<calculatedColumnFormula\b[^>]*?(?:\/>|>([\s\S]*?)<\/calculatedColumnFormula>)/;

/** The name of the table a table part defines, or undefined. */
function tableName(xml: string): string | undefined {
  const [root] = startTags(xml, "table");
  return root === undefined ? undefined : xmlAttributes(root).get("name");
}

/**
 * Records a plan's table's calculated columns (a table without any is recorded too: written again, it
 * has none).
 * @example recordFormulas(formulas, table); formulas.get("ISMS_Risks") // [undefined, "IF(B2=\"\",…)", …]
 */
export function recordFormulas(formulas: TableFormulas, table: TablePlan): void {
  const calculated = table.columns.map((column) =>
    column.calculated === undefined ? undefined : fileFormula(column.calculated),
  );
  formulas.set(table.name, calculated);
}

/** The calculated columns of every table of a package (a file opened for writing), by table name. */
export function packageFormulas(parts: PackageParts): TableFormulas {
  const formulas: TableFormulas = new Map();
  for (const part of parts.names()) {
    if (!TABLE_PART.test(part)) continue;
    const xml = parts.text(part) ?? "";
    const name = tableName(xml);
    const columns = [...xml.matchAll(TABLE_COLUMN)].map(([, , content]) => {
      const formula = content === undefined ? undefined : CALCULATED.exec(content)?.[1];
      return formula === undefined ? undefined : xmlText(formula);
    });
    if (name !== undefined && columns.some((formula) => formula !== undefined)) formulas.set(name, columns);
  }
  return formulas;
}

/**
 * A `<tableColumn>` with `formula` as its calculated formula (first of its children, as the schema orders
 * them) or with none.
 */
function tableColumn(attributes: string, content: string | undefined, formula: string | undefined): string {
  const others = (content ?? "").replace(CALCULATED, "");
  const calculated =
    formula === undefined ? "" : `<calculatedColumnFormula>${xmlEncode(formula)}</calculatedColumnFormula>`;
  const children = `${calculated}${others}`;
  return children === ""
    ? `<tableColumn${attributes}/>`
    : `<tableColumn${attributes}>${children}</tableColumn>`;
}

/**
 * A table part with its columns' calculated formulas as `formulas` gives them, by position.
 * @example withCalculatedColumns('<tableColumn id="1" name="A"/>', ["B2*2"])
 *   // '<tableColumn id="1" name="A"><calculatedColumnFormula>B2*2</calculatedColumnFormula></tableColumn>'
 */
export function withCalculatedColumns(xml: string, formulas: readonly (string | undefined)[]): string {
  let index = 0;
  return xml.replace(TABLE_COLUMN, (_whole, attributes: string, content: string | undefined) =>
    tableColumn(attributes, content, formulas[index++]),
  );
}

/**
 * A table part with every `<tableColumn>` written without the elements inside it (what ExcelJS can read).
 * @example withoutColumnChildren('<tableColumn id="1" name="A"><calculatedColumnFormula>B2</calculatedColumnFormula></tableColumn>')
 *   // '<tableColumn id="1" name="A"/>'
 */
export function withoutColumnChildren(xml: string): string {
  if (!xml.includes("</tableColumn>")) return xml;
  return xml.replace(TABLE_COLUMN, (_whole, attributes: string) => `<tableColumn${attributes}/>`);
}

/** What the port changes in a table part: its range, and its calculated columns. */
export interface TableEdit {
  /** The range ExcelJS wrote and the table's real range (a body written in bulk). */
  readonly range?: { readonly written: string; readonly full: string };
  readonly formulas?: readonly (string | undefined)[];
}

/** The table part's name for each table of the package, by table name. */
export function tableParts(parts: PackageParts): Map<string, string> {
  const byTable = new Map<string, string>();
  for (const part of parts.names()) {
    if (!TABLE_PART.test(part)) continue;
    const name = tableName(parts.text(part) ?? "");
    if (name !== undefined) byTable.set(name, part);
  }
  return byTable;
}

/** The table part with `edit` made. Throws when the part does not have the range ExcelJS was given. */
export function editedTable(xml: string, edit: TableEdit): string {
  let edited = xml;
  if (edit.range) {
    const widened = edited.split(`ref="${edit.range.written}"`).join(`ref="${edit.range.full}"`);
    if (widened === edited) throw new Error(`table has no range ${edit.range.written}`);
    edited = widened;
  }
  return edit.formulas ? withCalculatedColumns(edited, edit.formulas) : edited;
}
