/**
 * Rules attached to a range in the fake host: list data validation and conditional formats (cell-value
 * and custom-formula kinds), stored as plain records on the sheet.
 */
import type { Rect } from "./fakeAddress";
import type { LocateRange, RangeTarget } from "./fakeRange";
import { assertUnprotected } from "./fakeProtection";
import { FakeBatch, FakeClientObject, invalidArgument } from "./fakeRequest";
import type { FakeConditionalFormat as ConditionalFormatRecord, FakeValidation } from "./fakeState";

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

function sameRect(a: Rect, b: Rect): boolean {
  return (
    a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount
  );
}

/** A proxy whose backing object is found by a closure (records created by earlier commands). */
abstract class FakeLocatedProxy<T> extends FakeClientObject<T> {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly find: () => T | null,
  ) {
    super(batch, path);
  }
  protected locate(): T | null {
    return this.find();
  }
}

function validationFor({ sheet, rect }: RangeTarget): FakeValidation {
  const existing = sheet.validations.find((validation) => sameRect(validation.rect, rect));
  if (existing) return existing;
  sheet.validations = sheet.validations.filter((validation) => !overlaps(validation.rect, rect));
  const created: FakeValidation = {
    rect,
    list: null,
    ignoreBlanks: true,
    errorMessage: null,
    errorStyle: null,
  };
  sheet.validations.push(created);
  return created;
}

export interface FakeListRule {
  readonly list?: { readonly inCellDropDown: boolean; readonly source: string };
}

export class FakeDataValidation extends FakeLocatedProxy<RangeTarget> {
  protected readonly scalarProperties = ["rule", "ignoreBlanks"];
  constructor(batch: FakeBatch, path: string, locateRange: LocateRange) {
    super(batch, path, locateRange);
  }
  protected snapshot({ sheet, rect }: RangeTarget, property: string): unknown {
    const found = sheet.validations.find((validation) => overlaps(validation.rect, rect));
    if (property === "ignoreBlanks") return found?.ignoreBlanks ?? true;
    return found?.list ? { list: { ...found.list } } : {};
  }
  get rule(): FakeListRule {
    return this.read("rule");
  }
  /** Only list rules are modelled; other kinds are rejected so a test notices. */
  set rule(rule: FakeListRule) {
    this.queue("rule", rule, (target) => {
      assertUnprotected(target.sheet, "dataValidation.rule");
      if (!rule.list) throw invalidArgument("the fake models list validation only");
      validationFor(target).list = { ...rule.list };
    });
  }
  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(ignore: boolean) {
    this.queue("ignoreBlanks", ignore, (target) => {
      assertUnprotected(target.sheet, "dataValidation.ignoreBlanks");
      validationFor(target).ignoreBlanks = ignore;
    });
  }
  set errorAlert(alert: { readonly message?: string; readonly style?: string }) {
    this.queue("errorAlert", alert, (target) => {
      assertUnprotected(target.sheet, "dataValidation.errorAlert");
      const validation = validationFor(target);
      validation.errorMessage = alert.message ?? null;
      validation.errorStyle = alert.style ?? "Stop";
    });
  }
  clear(): void {
    this.queue("clear", null, ({ sheet, rect }) => {
      assertUnprotected(sheet, "dataValidation.clear");
      sheet.validations = sheet.validations.filter((validation) => !overlaps(validation.rect, rect));
    });
  }
}

/** Stands for both `Excel.ConditionalRangeFill` and `Excel.ConditionalRangeFont` (their `color`). */
export class FakeConditionalColor extends FakeLocatedProxy<ConditionalFormatRecord> {
  protected readonly scalarProperties = ["color"];
  constructor(
    batch: FakeBatch,
    path: string,
    find: () => ConditionalFormatRecord | null,
    private readonly field: "fill" | "fontColor",
  ) {
    super(batch, path, find);
  }
  protected snapshot(record: ConditionalFormatRecord): unknown {
    return record[this.field];
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(color: string) {
    this.queue("color", color, (record) => (record[this.field] = color));
  }
}

export class FakeConditionalRangeFormat extends FakeLocatedProxy<ConditionalFormatRecord> {
  protected readonly scalarProperties = [];
  protected snapshot(): unknown {
    return null;
  }
  protected override readonly navigationProperties = ["fill", "font"];
  get fill(): FakeConditionalColor {
    return this.child(
      "fill",
      () => new FakeConditionalColor(this.batch, `${this.path}.fill`, () => this.locate(), "fill"),
    );
  }
  get font(): FakeConditionalColor {
    return this.child(
      "font",
      () => new FakeConditionalColor(this.batch, `${this.path}.font`, () => this.locate(), "fontColor"),
    );
  }
}

export interface FakeCellValueRule {
  readonly formula1: string;
  readonly formula2?: string;
  readonly operator: string;
}

export class FakeCellValueConditionalFormat extends FakeLocatedProxy<ConditionalFormatRecord> {
  protected readonly scalarProperties = ["rule"];
  protected snapshot(record: ConditionalFormatRecord): unknown {
    return { formula1: record.formula1, formula2: record.formula2, operator: record.operator };
  }
  protected override readonly navigationProperties = ["format"];
  get format(): FakeConditionalRangeFormat {
    return this.child(
      "format",
      () => new FakeConditionalRangeFormat(this.batch, `${this.path}.format`, () => this.locate()),
    );
  }
  get rule(): FakeCellValueRule {
    return this.read("rule");
  }
  set rule(rule: FakeCellValueRule) {
    this.queue("rule", rule, (record) => {
      record.formula1 = rule.formula1;
      record.formula2 = rule.formula2 ?? null;
      record.operator = rule.operator;
    });
  }
}

export class FakeConditionalFormatRule extends FakeLocatedProxy<ConditionalFormatRecord> {
  protected readonly scalarProperties = ["formula"];
  protected snapshot(record: ConditionalFormatRecord): unknown {
    return record.formula1;
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(formula: string) {
    this.queue("formula", formula, (record) => (record.formula1 = formula));
  }
}

export class FakeCustomConditionalFormat extends FakeLocatedProxy<ConditionalFormatRecord> {
  protected readonly scalarProperties = [];
  protected snapshot(): unknown {
    return null;
  }
  protected override readonly navigationProperties = ["rule", "format"];
  get rule(): FakeConditionalFormatRule {
    return this.child(
      "rule",
      () => new FakeConditionalFormatRule(this.batch, `${this.path}.rule`, () => this.locate()),
    );
  }
  get format(): FakeConditionalRangeFormat {
    return this.child(
      "format",
      () => new FakeConditionalRangeFormat(this.batch, `${this.path}.format`, () => this.locate()),
    );
  }
}

export class FakeConditionalFormat extends FakeLocatedProxy<ConditionalFormatRecord> {
  protected readonly scalarProperties = ["type"];
  protected snapshot(record: ConditionalFormatRecord): unknown {
    return record.type;
  }
  get type(): string {
    return this.read("type");
  }
  protected override readonly navigationProperties = ["cellValue", "custom"];
  get cellValue(): FakeCellValueConditionalFormat {
    return this.child(
      "cellValue",
      () =>
        new FakeCellValueConditionalFormat(this.batch, `${this.path}.cellValue`, () =>
          this.ofType("CellValue"),
        ),
    );
  }
  get custom(): FakeCustomConditionalFormat {
    return this.child(
      "custom",
      () => new FakeCustomConditionalFormat(this.batch, `${this.path}.custom`, () => this.ofType("Custom")),
    );
  }
  private ofType(type: ConditionalFormatRecord["type"]): ConditionalFormatRecord {
    const record = this.target();
    if (record.type !== type)
      throw invalidArgument(`a ${record.type} conditional format has no ${type} part`);
    return record;
  }
}

export class FakeConditionalFormatCollection extends FakeLocatedProxy<RangeTarget> {
  protected readonly scalarProperties = [];
  constructor(batch: FakeBatch, path: string, locateRange: LocateRange) {
    super(batch, path, locateRange);
  }
  protected snapshot(): unknown {
    return null;
  }
  add(type: "CellValue" | "Custom"): FakeConditionalFormat {
    let created: ConditionalFormatRecord | null = null;
    this.queue("add", type, ({ sheet, rect }) => {
      assertUnprotected(sheet, "conditionalFormats.add");
      if (type !== "CellValue" && type !== "Custom")
        throw invalidArgument(`conditional format type ${String(type)}`);
      created = { rect, type, operator: null, formula1: null, formula2: null, fill: null, fontColor: null };
      sheet.conditionalFormats.push(created);
    });
    return new FakeConditionalFormat(this.batch, `${this.path}.add(${type})`, () => created);
  }
  clearAll(): void {
    this.queue("clearAll", null, ({ sheet, rect }) => {
      assertUnprotected(sheet, "conditionalFormats.clearAll");
      sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => !overlaps(format.rect, rect));
    });
  }
}
