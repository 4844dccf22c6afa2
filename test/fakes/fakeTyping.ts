/**
 * Compile-time proof that the fake is a subset of Office.js: every public member of each fake class
 * exists on the `Excel.*` type it stands for, and scalar properties have compatible types. Adding a
 * member Office.js lacks (or misspelling one) fails `tsc`, so code tested against the fake cannot
 * depend on an API that Excel does not have.
 */
import type { FakeRange } from "./fakeRange";
import type { FakeRangeFill, FakeRangeFont, FakeRangeFormat } from "./fakeRangeFormat";
import type {
  FakeCellValueConditionalFormat,
  FakeConditionalFormat,
  FakeConditionalFormatCollection,
  FakeConditionalFormatRule,
  FakeConditionalRangeFormat,
  FakeCustomConditionalFormat,
  FakeDataValidation,
} from "./fakeRangeRules";
import type { FakeRequestContext } from "./fakeExcel";
import type { FakeTable, FakeTableCollection } from "./fakeTable";
import type {
  FakeApplication,
  FakeCustomXmlPart,
  FakeCustomXmlPartCollection,
  FakeCustomXmlPartScopedCollection,
  FakeNamedItem,
  FakeNamedItemCollection,
  FakeWorkbook,
} from "./fakeWorkbook";
import type { FakeWorksheet, FakeWorksheetCollection } from "./fakeWorksheet";

/** `true` when the fake adds nothing; otherwise the names of the members Office.js lacks. */
type Subset<TFake, TExcel> = [Exclude<keyof TFake, keyof TExcel>] extends [never]
  ? true
  : Exclude<keyof TFake, keyof TExcel>;

/** `true` when the listed properties of the fake are assignable to Office.js's. */
type Agrees<TFake, TExcel, K extends keyof TFake & keyof TExcel> =
  Pick<TFake, K> extends Pick<TExcel, K> ? true : K;

export const fakeIsOfficeSubset = {
  context: true satisfies Subset<FakeRequestContext, Excel.RequestContext>,
  workbook: true satisfies Subset<FakeWorkbook, Excel.Workbook>,
  application: true satisfies Subset<FakeApplication, Excel.Application>,
  worksheets: true satisfies Subset<FakeWorksheetCollection, Excel.WorksheetCollection>,
  worksheet: true satisfies Subset<FakeWorksheet, Excel.Worksheet>,
  range: true satisfies Subset<FakeRange, Excel.Range>,
  rangeFormat: true satisfies Subset<FakeRangeFormat, Excel.RangeFormat>,
  rangeFill: true satisfies Subset<FakeRangeFill, Excel.RangeFill>,
  rangeFont: true satisfies Subset<FakeRangeFont, Excel.RangeFont>,
  dataValidation: true satisfies Subset<FakeDataValidation, Excel.DataValidation>,
  conditionalFormats: true satisfies Subset<
    FakeConditionalFormatCollection,
    Excel.ConditionalFormatCollection
  >,
  conditionalFormat: true satisfies Subset<FakeConditionalFormat, Excel.ConditionalFormat>,
  cellValueFormat: true satisfies Subset<FakeCellValueConditionalFormat, Excel.CellValueConditionalFormat>,
  customFormat: true satisfies Subset<FakeCustomConditionalFormat, Excel.CustomConditionalFormat>,
  conditionalRule: true satisfies Subset<FakeConditionalFormatRule, Excel.ConditionalFormatRule>,
  conditionalRangeFormat: true satisfies Subset<FakeConditionalRangeFormat, Excel.ConditionalRangeFormat>,
  tables: true satisfies Subset<FakeTableCollection, Excel.TableCollection>,
  table: true satisfies Subset<FakeTable, Excel.Table>,
  names: true satisfies Subset<FakeNamedItemCollection, Excel.NamedItemCollection>,
  name: true satisfies Subset<FakeNamedItem, Excel.NamedItem>,
  customXmlParts: true satisfies Subset<FakeCustomXmlPartCollection, Excel.CustomXmlPartCollection>,
  customXmlScoped: true satisfies Subset<
    FakeCustomXmlPartScopedCollection,
    Excel.CustomXmlPartScopedCollection
  >,
  customXmlPart: true satisfies Subset<FakeCustomXmlPart, Excel.CustomXmlPart>,
  rangeScalars: true satisfies Agrees<
    FakeRange,
    Excel.Range,
    | "address"
    | "rowCount"
    | "columnCount"
    | "rowIndex"
    | "columnIndex"
    | "values"
    | "formulas"
    | "numberFormat"
    | "isNullObject"
  >,
  worksheetScalars: true satisfies Agrees<
    FakeWorksheet,
    Excel.Worksheet,
    "name" | "id" | "position" | "tabColor"
  >,
  tableScalars: true satisfies Agrees<FakeTable, Excel.Table, "name" | "style">,
  formatScalars: true satisfies Agrees<
    FakeRangeFormat,
    Excel.RangeFormat,
    "columnWidth" | "rowHeight" | "wrapText"
  >,
  fontScalars: true satisfies Agrees<FakeRangeFont, Excel.RangeFont, "bold" | "color">,
} as const;
