/**
 * The fake `Excel.PageLayout` (ExcelApi 1.9) of a worksheet: orientation, paper size, the print zoom,
 * print title rows, and the header/footer group's general header and footer. As in Office.js, sets land
 * on sync, values are read only after load + sync, and `zoom` is set as a whole object. Checked as Excel
 * checks them: unknown orientations and paper sizes, a scale outside 10–400, a zoom that both scales and
 * fits, and title rows that are not whole rows fail with "InvalidArgument".
 */
import { formatRect, MAX_COLUMNS, parseRect, splitSheet } from "./fakeAddress";
import { FakeRange } from "./fakeRange";
import { FakeBatch, FakeClientObject, invalidArgument } from "./fakeRequest";
import type { FakeHeaderFooter as HeaderFooterState, FakePageZoom } from "./fakeState";
import type { SheetTarget } from "./fakeWorksheetParts";

const ORIENTATIONS: readonly string[] = ["Portrait", "Landscape"];

/** The paper sizes of `Excel.PaperType` the fake knows (Excel has more; none of them are used here). */
const PAPER_SIZES: readonly string[] = ["Letter", "Legal", "A3", "A4", "A5", "B4", "B5", "Tabloid"];

type FakeOrientation = "Portrait" | "Landscape";
type FakePaperSize = "Letter" | "Legal" | "A3" | "A4" | "A5" | "B4" | "B5" | "Tabloid";

function wholeCount(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/** A zoom as Excel takes it: a scale (10–400), or pages wide and tall (0 tall or wide: automatic). */
function checkedZoom(zoom: unknown): FakePageZoom {
  if (typeof zoom !== "object" || zoom === null) throw invalidArgument("zoom");
  const { scale, horizontalFitToPages, verticalFitToPages } = zoom as Record<string, unknown>;
  const fits = horizontalFitToPages !== undefined || verticalFitToPages !== undefined;
  if (scale !== undefined) {
    if (fits) throw invalidArgument("zoom: a scale and pages to fit");
    if (typeof scale !== "number" || scale < 10 || scale > 400) throw invalidArgument("zoom.scale");
    return { scale };
  }
  if (!fits) throw invalidArgument("zoom: nothing to set");
  for (const count of [horizontalFitToPages, verticalFitToPages]) {
    if (count !== undefined && !wholeCount(count)) throw invalidArgument("zoom: pages to fit");
  }
  return {
    ...(horizontalFitToPages === undefined ? {} : { horizontalFitToPages: horizontalFitToPages as number }),
    ...(verticalFitToPages === undefined ? {} : { verticalFitToPages: verticalFitToPages as number }),
  };
}

/** `Excel.PageLayout`: the print settings of one sheet. */
export class FakePageLayout extends FakeClientObject<SheetTarget> {
  protected readonly scalarProperties = ["orientation", "paperSize", "zoom"];
  protected override readonly navigationProperties = ["headersFooters"];

  constructor(
    batch: FakeBatch,
    path: string,
    private readonly find: () => SheetTarget | null,
  ) {
    super(batch, path);
  }
  protected locate(): SheetTarget | null {
    return this.find();
  }
  protected snapshot({ sheet }: SheetTarget, property: string): unknown {
    const layout = sheet.pageLayout;
    if (property === "zoom") return { ...layout.zoom };
    return layout[property as "orientation" | "paperSize"];
  }

  get orientation(): FakeOrientation {
    return this.read("orientation");
  }
  set orientation(orientation: FakeOrientation) {
    this.queue("orientation", orientation, ({ sheet }) => {
      if (!ORIENTATIONS.includes(orientation)) throw invalidArgument(`orientation ${String(orientation)}`);
      sheet.pageLayout.orientation = orientation;
    });
  }
  get paperSize(): FakePaperSize {
    return this.read("paperSize");
  }
  set paperSize(paperSize: FakePaperSize) {
    this.queue("paperSize", paperSize, ({ sheet }) => {
      if (!PAPER_SIZES.includes(paperSize)) throw invalidArgument(`paperSize ${String(paperSize)}`);
      sheet.pageLayout.paperSize = paperSize;
    });
  }
  get zoom(): FakePageZoom {
    return this.read("zoom");
  }
  /** Set as a whole object, as Office.js requires (`zoom.scale = …` changes nothing). */
  set zoom(zoom: FakePageZoom) {
    const given: unknown = zoom;
    const copy: unknown = typeof given === "object" && given !== null ? { ...given } : given;
    this.queue("zoom", copy, ({ sheet }) => (sheet.pageLayout.zoom = checkedZoom(copy)));
  }

  get headersFooters(): FakeHeaderFooterGroup {
    return this.child(
      "headersFooters",
      () => new FakeHeaderFooterGroup(this.batch, `${this.path}.headersFooters`, () => this.locate()),
    );
  }

  /** Rows repeated at the top of every printed page: whole rows ("$1:$1"); the fake takes addresses only. */
  setPrintTitleRows(printTitleRows: string): void {
    this.queue("setPrintTitleRows", printTitleRows, ({ sheet }) => {
      const { sheet: named, cells } = splitSheet(typeof printTitleRows === "string" ? printTitleRows : "");
      const rect = parseRect(cells);
      if (!rect || rect.column !== 0 || rect.columnCount !== MAX_COLUMNS)
        throw invalidArgument(`setPrintTitleRows(${String(printTitleRows)}): whole rows`);
      if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase())
        throw invalidArgument(`setPrintTitleRows(${printTitleRows}): another sheet`);
      sheet.pageLayout.printTitleRows = formatRect(rect);
    });
  }

  /** The range printed: one area of this sheet ("A1:Q63" or "'Sheet'!A1:Q63"); the fake takes addresses only. */
  setPrintArea(printArea: string): void {
    this.queue("setPrintArea", printArea, ({ sheet }) => {
      const { sheet: named, cells } = splitSheet(typeof printArea === "string" ? printArea : "");
      const rect = parseRect(cells);
      if (!rect) throw invalidArgument(`setPrintArea(${String(printArea)})`);
      if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase())
        throw invalidArgument(`setPrintArea(${printArea}): another sheet`);
      sheet.pageLayout.printArea = formatRect(rect);
    });
  }

  /** The title rows as a range, a null object when none are set. */
  getPrintTitleRowsOrNullObject(): FakeRange {
    return new FakeRange(
      this.batch,
      `${this.path}.getPrintTitleRowsOrNullObject()`,
      () => {
        const target = this.locate();
        const rows = target?.sheet.pageLayout.printTitleRows;
        const rect = rows ? parseRect(rows) : null;
        return target && rect ? { ...target, rect } : null;
      },
      true,
    );
  }
}

/** `Excel.HeaderFooterGroup`; only the general header/footer (used for every page) is faked. */
export class FakeHeaderFooterGroup extends FakeClientObject<SheetTarget> {
  protected readonly scalarProperties = [];
  protected override readonly navigationProperties = ["defaultForAllPages"];

  constructor(
    batch: FakeBatch,
    path: string,
    private readonly find: () => SheetTarget | null,
  ) {
    super(batch, path);
  }
  protected locate(): SheetTarget | null {
    return this.find();
  }
  protected snapshot(): unknown {
    return null;
  }
  get defaultForAllPages(): FakeHeaderFooter {
    return this.child(
      "defaultForAllPages",
      () => new FakeHeaderFooter(this.batch, `${this.path}.defaultForAllPages`, () => this.locate()),
    );
  }
}

type Part = keyof HeaderFooterState;

/** `Excel.HeaderFooter`: six texts in Excel's header/footer codes (each at most 255 characters). */
export class FakeHeaderFooter extends FakeClientObject<SheetTarget> {
  protected readonly scalarProperties: readonly Part[] = [
    "leftHeader",
    "centerHeader",
    "rightHeader",
    "leftFooter",
    "centerFooter",
    "rightFooter",
  ];

  constructor(
    batch: FakeBatch,
    path: string,
    private readonly find: () => SheetTarget | null,
  ) {
    super(batch, path);
  }
  protected locate(): SheetTarget | null {
    return this.find();
  }
  protected snapshot({ sheet }: SheetTarget, property: string): unknown {
    return sheet.pageLayout.headersFooters[property as Part];
  }

  private part(property: Part, text: string): void {
    this.queue(property, text, ({ sheet }) => {
      if (typeof text !== "string" || text.length > 255) throw invalidArgument(property);
      sheet.pageLayout.headersFooters[property] = text;
    });
  }

  get leftHeader(): string {
    return this.read("leftHeader");
  }
  set leftHeader(text: string) {
    this.part("leftHeader", text);
  }
  get centerHeader(): string {
    return this.read("centerHeader");
  }
  set centerHeader(text: string) {
    this.part("centerHeader", text);
  }
  get rightHeader(): string {
    return this.read("rightHeader");
  }
  set rightHeader(text: string) {
    this.part("rightHeader", text);
  }
  get leftFooter(): string {
    return this.read("leftFooter");
  }
  set leftFooter(text: string) {
    this.part("leftFooter", text);
  }
  get centerFooter(): string {
    return this.read("centerFooter");
  }
  set centerFooter(text: string) {
    this.part("centerFooter", text);
  }
  get rightFooter(): string {
    return this.read("rightFooter");
  }
  set rightFooter(text: string) {
    this.part("rightFooter", text);
  }
}
