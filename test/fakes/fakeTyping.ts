/**
 * Compile-time proof that the fake is a subset of Office.js: every public member of each fake class
 * exists on the `Excel.*` type it stands for, and scalar properties have compatible types. Adding a
 * member Office.js lacks (or misspelling one) fails `tsc`, so code tested against the fake cannot
 * depend on an API that Excel does not have. Every fake class is listed; `EveryFakeClassChecked` fails
 * to compile when a class exported from a fake module is missing here.
 */
import type * as Chart from "./fakeChart";
import type * as ConditionalFormats from "./fakeConditionalFormats";
import type * as Events from "./fakeEvents";
import type * as Excel_ from "./fakeExcel";
import type * as PageLayout from "./fakePageLayout";
import type * as Range from "./fakeRange";
import type * as RangeAreas from "./fakeRangeAreas";
import type * as RangeBorders from "./fakeRangeBorders";
import type * as RangeFormat from "./fakeRangeFormat";
import type * as RangeRules from "./fakeRangeRules";
import type * as Request from "./fakeRequest";
import type * as Table from "./fakeTable";
import type * as Workbook from "./fakeWorkbook";
import type * as Worksheet from "./fakeWorksheet";
import type * as WorksheetParts from "./fakeWorksheetParts";

/** `true` when the fake adds nothing; otherwise the names of the members Office.js lacks. */
type Subset<TFake, TExcel> = [Exclude<keyof TFake, keyof TExcel>] extends [never]
  ? true
  : Exclude<keyof TFake, keyof TExcel>;

/** `true` when the listed properties of the fake are assignable to Office.js's. */
type Agrees<TFake, TExcel, K extends keyof TFake & keyof TExcel> =
  Pick<TFake, K> extends Pick<TExcel, K> ? true : K;

export const fakeIsOfficeSubset = {
  context: true satisfies Subset<Excel_.FakeRequestContext, Excel.RequestContext>,
  workbook: true satisfies Subset<Workbook.FakeWorkbook, Excel.Workbook>,
  application: true satisfies Subset<Workbook.FakeApplication, Excel.Application>,
  worksheets: true satisfies Subset<Worksheet.FakeWorksheetCollection, Excel.WorksheetCollection>,
  worksheet: true satisfies Subset<Worksheet.FakeWorksheet, Excel.Worksheet>,
  worksheetProtection: true satisfies Subset<
    WorksheetParts.FakeWorksheetProtection,
    Excel.WorksheetProtection
  >,
  freezePanes: true satisfies Subset<WorksheetParts.FakeFreezePanes, Excel.WorksheetFreezePanes>,
  pageLayout: true satisfies Subset<PageLayout.FakePageLayout, Excel.PageLayout>,
  headerFooterGroup: true satisfies Subset<PageLayout.FakeHeaderFooterGroup, Excel.HeaderFooterGroup>,
  headerFooter: true satisfies Subset<PageLayout.FakeHeaderFooter, Excel.HeaderFooter>,
  range: true satisfies Subset<Range.FakeRange, Excel.Range>,
  rangeAreas: true satisfies Subset<RangeAreas.FakeRangeAreas, Excel.RangeAreas>,
  rangeFormat: true satisfies Subset<RangeFormat.FakeRangeFormat, Excel.RangeFormat>,
  rangeFill: true satisfies Subset<RangeFormat.FakeRangeFill, Excel.RangeFill>,
  rangeFont: true satisfies Subset<RangeFormat.FakeRangeFont, Excel.RangeFont>,
  formatProtection: true satisfies Subset<RangeFormat.FakeFormatProtection, Excel.FormatProtection>,
  rangeBorders: true satisfies Subset<RangeBorders.FakeRangeBorderCollection, Excel.RangeBorderCollection>,
  rangeBorder: true satisfies Subset<RangeBorders.FakeRangeBorder, Excel.RangeBorder>,
  dataValidation: true satisfies Subset<RangeRules.FakeDataValidation, Excel.DataValidation>,
  conditionalFormats: true satisfies Subset<
    ConditionalFormats.FakeConditionalFormatCollection,
    Excel.ConditionalFormatCollection
  >,
  conditionalFormat: true satisfies Subset<ConditionalFormats.FakeConditionalFormat, Excel.ConditionalFormat>,
  cellValueFormat: true satisfies Subset<
    ConditionalFormats.FakeCellValueConditionalFormat,
    Excel.CellValueConditionalFormat
  >,
  customFormat: true satisfies Subset<
    ConditionalFormats.FakeCustomConditionalFormat,
    Excel.CustomConditionalFormat
  >,
  conditionalRule: true satisfies Subset<
    ConditionalFormats.FakeConditionalFormatRule,
    Excel.ConditionalFormatRule
  >,
  conditionalRangeFormat: true satisfies Subset<
    ConditionalFormats.FakeConditionalRangeFormat,
    Excel.ConditionalRangeFormat
  >,
  // One fake stands for both the fill and the font of a conditional format.
  conditionalFill: true satisfies Subset<ConditionalFormats.FakeConditionalColor, Excel.ConditionalRangeFill>,
  conditionalFont: true satisfies Subset<ConditionalFormats.FakeConditionalColor, Excel.ConditionalRangeFont>,
  worksheetChanged: true satisfies Subset<
    Events.FakeWorksheetChangedEvents,
    OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>
  >,
  eventHandlerResult: true satisfies Subset<
    Events.FakeEventHandlerResult,
    OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>
  >,
  worksheetChangedArgs: true satisfies Subset<
    Events.FakeWorksheetChangedEventArgs,
    Excel.WorksheetChangedEventArgs
  >,
  tables: true satisfies Subset<Table.FakeTableCollection, Excel.TableCollection>,
  table: true satisfies Subset<Table.FakeTable, Excel.Table>,
  tableRows: true satisfies Subset<Table.FakeTableRowCollection, Excel.TableRowCollection>,
  charts: true satisfies Subset<Chart.FakeChartCollection, Excel.ChartCollection>,
  chart: true satisfies Subset<Chart.FakeChart, Excel.Chart>,
  chartTitle: true satisfies Subset<Chart.FakeChartTitle, Excel.ChartTitle>,
  chartSeriesCollection: true satisfies Subset<Chart.FakeChartSeriesCollection, Excel.ChartSeriesCollection>,
  chartSeries: true satisfies Subset<Chart.FakeChartSeries, Excel.ChartSeries>,
  names: true satisfies Subset<Workbook.FakeNamedItemCollection, Excel.NamedItemCollection>,
  name: true satisfies Subset<Workbook.FakeNamedItem, Excel.NamedItem>,
  customXmlParts: true satisfies Subset<Workbook.FakeCustomXmlPartCollection, Excel.CustomXmlPartCollection>,
  customXmlScoped: true satisfies Subset<
    Workbook.FakeCustomXmlPartScopedCollection,
    Excel.CustomXmlPartScopedCollection
  >,
  customXmlPart: true satisfies Subset<Workbook.FakeCustomXmlPart, Excel.CustomXmlPart>,
  clientResult: true satisfies Subset<Request.FakeClientResult<string>, OfficeExtension.ClientResult<string>>,
  proxy: true satisfies Subset<Request.FakeProxy<unknown>, OfficeExtension.ClientObject>,
  clientObject: true satisfies Subset<
    Request.FakeClientObject<unknown>,
    OfficeExtension.ClientObject & { load(): unknown }
  >,
  rangeScalars: true satisfies Agrees<
    Range.FakeRange,
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
  rangeAreasScalars: true satisfies Agrees<
    RangeAreas.FakeRangeAreas,
    Excel.RangeAreas,
    "address" | "areaCount" | "isNullObject"
  >,
  worksheetScalars: true satisfies Agrees<
    Worksheet.FakeWorksheet,
    Excel.Worksheet,
    "name" | "id" | "position" | "tabColor" | "visibility"
  >,
  protectionScalars: true satisfies Agrees<
    WorksheetParts.FakeWorksheetProtection,
    Excel.WorksheetProtection,
    "protected" | "options"
  >,
  pageLayoutScalars: true satisfies Agrees<
    PageLayout.FakePageLayout,
    Excel.PageLayout,
    "orientation" | "paperSize" | "zoom"
  >,
  headerFooterScalars: true satisfies Agrees<
    PageLayout.FakeHeaderFooter,
    Excel.HeaderFooter,
    "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter"
  >,
  tableScalars: true satisfies Agrees<Table.FakeTable, Excel.Table, "name" | "style">,
  conditionalFormatScalars: true satisfies Agrees<
    ConditionalFormats.FakeConditionalFormat,
    Excel.ConditionalFormat,
    "priority"
  >,
  conditionalRuleScalars: true satisfies Agrees<
    ConditionalFormats.FakeConditionalFormatRule,
    Excel.ConditionalFormatRule,
    "formula"
  >,
  worksheetChangedArgsScalars: true satisfies Agrees<
    Events.FakeWorksheetChangedEventArgs,
    Excel.WorksheetChangedEventArgs,
    "type" | "changeType" | "source" | "worksheetId" | "address"
  >,
  tableRowScalars: true satisfies Agrees<Table.FakeTableRowCollection, Excel.TableRowCollection, "count">,
  formatScalars: true satisfies Agrees<
    RangeFormat.FakeRangeFormat,
    Excel.RangeFormat,
    "columnWidth" | "rowHeight" | "wrapText" | "verticalAlignment" | "horizontalAlignment"
  >,
  borderScalars: true satisfies Agrees<
    RangeBorders.FakeRangeBorder,
    Excel.RangeBorder,
    "sideIndex" | "style" | "weight" | "color"
  >,
  fontScalars: true satisfies Agrees<RangeFormat.FakeRangeFont, Excel.RangeFont, "bold" | "color">,
  fillScalars: true satisfies Agrees<RangeFormat.FakeRangeFill, Excel.RangeFill, "color">,
  chartScalars: true satisfies Agrees<Chart.FakeChart, Excel.Chart, "name">,
  chartTitleScalars: true satisfies Agrees<Chart.FakeChartTitle, Excel.ChartTitle, "text">,
  chartSeriesScalars: true satisfies Agrees<Chart.FakeChartSeries, Excel.ChartSeries, "name">,
  chartCountScalars: true satisfies Agrees<Chart.FakeChartCollection, Excel.ChartCollection, "count">,
  nameScalars: true satisfies Agrees<Workbook.FakeNamedItem, Excel.NamedItem, "name" | "formula">,
  partScalars: true satisfies Agrees<Workbook.FakeCustomXmlPart, Excel.CustomXmlPart, "id" | "namespaceUri">,
  clientResultValue: true satisfies Agrees<
    Request.FakeClientResult<string>,
    OfficeExtension.ClientResult<string>,
    "value"
  >,
} as const;

/** The fake classes checked above, by name. */
type Checked =
  | "FakeRequestContext"
  | "FakeWorkbook"
  | "FakeApplication"
  | "FakeWorksheetCollection"
  | "FakeWorksheet"
  | "FakeWorksheetProtection"
  | "FakeFreezePanes"
  | "FakePageLayout"
  | "FakeHeaderFooterGroup"
  | "FakeHeaderFooter"
  | "FakeRange"
  | "FakeRangeAreas"
  | "FakeRangeFormat"
  | "FakeRangeFill"
  | "FakeRangeFont"
  | "FakeFormatProtection"
  | "FakeRangeBorderCollection"
  | "FakeRangeBorder"
  | "FakeDataValidation"
  | "FakeConditionalFormatCollection"
  | "FakeConditionalFormat"
  | "FakeCellValueConditionalFormat"
  | "FakeCustomConditionalFormat"
  | "FakeConditionalFormatRule"
  | "FakeConditionalRangeFormat"
  | "FakeConditionalColor"
  | "FakeWorksheetChangedEvents"
  | "FakeEventHandlerResult"
  | "FakeTableCollection"
  | "FakeTable"
  | "FakeTableRowCollection"
  | "FakeChartCollection"
  | "FakeChart"
  | "FakeChartTitle"
  | "FakeChartSeriesCollection"
  | "FakeChartSeries"
  | "FakeNamedItemCollection"
  | "FakeNamedItem"
  | "FakeCustomXmlPartCollection"
  | "FakeCustomXmlPartScopedCollection"
  | "FakeCustomXmlPart"
  | "FakeClientResult"
  | "FakeProxy"
  | "FakeClientObject";

/** Fake classes that stand for no Office.js class (the host, errors, the request queue). */
type NotOffice = "FakeExcel" | "FakeOfficeError" | "FakeBatch" | "FakeEventRegistry";

/**
 * The names of the classes a module exports (constructors only; interfaces and functions are not
 * classes). By name, not by shape: a subclass would pass for its base class.
 */
type ClassNamesOf<M> = {
  [K in keyof M]: M[K] extends abstract new (...args: never[]) => unknown ? K : never;
}[keyof M];

/** The fake modules that export classes; one that starts to must be added here. */
type AllFakeClasses =
  | ClassNamesOf<typeof Chart>
  | ClassNamesOf<typeof ConditionalFormats>
  | ClassNamesOf<typeof Events>
  | ClassNamesOf<typeof Excel_>
  | ClassNamesOf<typeof PageLayout>
  | ClassNamesOf<typeof Range>
  | ClassNamesOf<typeof RangeAreas>
  | ClassNamesOf<typeof RangeBorders>
  | ClassNamesOf<typeof RangeFormat>
  | ClassNamesOf<typeof RangeRules>
  | ClassNamesOf<typeof Request>
  | ClassNamesOf<typeof Table>
  | ClassNamesOf<typeof Workbook>
  | ClassNamesOf<typeof Worksheet>
  | ClassNamesOf<typeof WorksheetParts>;

/** `true` when every exported fake class is checked (or known to stand for nothing in Office.js). */
type EveryFakeClassChecked = [Exclude<AllFakeClasses, Checked | NotOffice>] extends [never]
  ? true
  : Exclude<AllFakeClasses, Checked | NotOffice>;

export const everyFakeClassChecked = true satisfies EveryFakeClassChecked;
