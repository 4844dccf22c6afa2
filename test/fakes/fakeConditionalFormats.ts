/**
 * Conditional formats in the fake host (cell-value and custom-formula kinds), stored as plain records
 * on the sheet. `Range.conditionalFormats` is the collection of the formats that intersect the range, as
 * in Office.js: loading its items (types, `customOrNullObject/rule/formula`) reads every such format, and
 * an item can be deleted or given another priority. The fake keeps one priority order per sheet, the
 * order of `sheet.conditionalFormats` (first = highest): `priority` reads the position there, and
 * setting it moves the format. `add` appends (the lowest priority); Excel puts a new format at the top,
 * so code that cares sets `priority` itself.
 */
import type { Rect } from "./fakeAddress";
import { assertUnprotected } from "./fakeProtection";
import type { LocateRange, RangeTarget } from "./fakeRange";
import { overlaps } from "./fakeRangeRules";
import {
  collectionNames,
  FakeBatch,
  FakeClientObject,
  FakeOfficeError,
  invalidArgument,
} from "./fakeRequest";
import type { FakeConditionalFormat as ConditionalFormatRecord, FakeSheet } from "./fakeState";

/** A proxy whose backing object is found by a closure (records created by earlier commands). */
abstract class FakeFormatPart<T> extends FakeClientObject<T> {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly find: () => T | null,
    nullable = false,
  ) {
    super(batch, path, nullable);
  }
  protected locate(): T | null {
    return this.find();
  }
}

/** Stands for both `Excel.ConditionalRangeFill` and `Excel.ConditionalRangeFont` (their `color`). */
export class FakeConditionalColor extends FakeFormatPart<ConditionalFormatRecord> {
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

export class FakeConditionalRangeFormat extends FakeFormatPart<ConditionalFormatRecord> {
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

export class FakeCellValueConditionalFormat extends FakeFormatPart<ConditionalFormatRecord> {
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

export class FakeConditionalFormatRule extends FakeFormatPart<ConditionalFormatRecord> {
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

export class FakeCustomConditionalFormat extends FakeFormatPart<ConditionalFormatRecord> {
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

/** A conditional format and the sheet it is on (for delete and priority), both found at sync time. */
interface Placed {
  readonly sheet: FakeSheet;
  readonly record: ConditionalFormatRecord;
}

export class FakeConditionalFormat extends FakeFormatPart<ConditionalFormatRecord> {
  protected readonly scalarProperties = ["type", "priority"];
  protected override readonly navigationProperties = ["cellValue", "custom", "customOrNullObject"];

  constructor(
    batch: FakeBatch,
    path: string,
    private readonly placed: () => Placed | null,
  ) {
    super(batch, path, () => placed()?.record ?? null);
  }

  protected snapshot(record: ConditionalFormatRecord, property: string): unknown {
    if (property === "priority") return this.placedTarget().sheet.conditionalFormats.indexOf(record);
    return record.type;
  }
  get type(): string {
    return this.read("type");
  }
  /** Position in the sheet's priority order (0 = highest). */
  get priority(): number {
    return this.read("priority");
  }
  /** Moves the format to `priority` in the sheet's order (past the end: last). */
  set priority(priority: number) {
    this.queue("priority", priority, () => {
      const { sheet, record } = this.placedTarget();
      assertUnprotected(sheet, "conditionalFormat.priority");
      if (!Number.isInteger(priority) || priority < 0) throw invalidArgument(`priority ${priority}`);
      const others = sheet.conditionalFormats.filter((other) => other !== record);
      others.splice(Math.min(priority, others.length), 0, record);
      sheet.conditionalFormats = others;
    });
  }
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
  /** The custom part, or a null object when the format is of another type (ExcelApi 1.6). */
  get customOrNullObject(): FakeCustomConditionalFormat {
    return this.child(
      "customOrNullObject",
      () =>
        new FakeCustomConditionalFormat(
          this.batch,
          `${this.path}.customOrNullObject`,
          () => {
            const record = this.target();
            return record.type === "Custom" ? record : null;
          },
          true,
        ),
    );
  }
  /** Removes the format from its sheet; a format already gone fails with ItemNotFound. */
  delete(): void {
    this.queue("delete", null, () => {
      const { sheet, record } = this.placedTarget();
      assertUnprotected(sheet, "conditionalFormat.delete");
      sheet.conditionalFormats = sheet.conditionalFormats.filter((other) => other !== record);
    });
  }
  private placedTarget(): Placed {
    const found = this.placed();
    if (found === null) throw new FakeOfficeError("ItemNotFound", `${this.path}: the format is gone.`);
    return found;
  }
  private ofType(type: ConditionalFormatRecord["type"]): ConditionalFormatRecord {
    const record = this.target();
    if (record.type !== type)
      throw invalidArgument(`a ${record.type} conditional format has no ${type} part`);
    return record;
  }
}

/** A format on `sheet`, found while it is still there. */
function placedOn(sheet: FakeSheet, record: ConditionalFormatRecord): () => Placed | null {
  return () => (sheet.conditionalFormats.includes(record) ? { sheet, record } : null);
}

export class FakeConditionalFormatCollection extends FakeFormatPart<RangeTarget> {
  protected readonly scalarProperties = [];
  #items: FakeConditionalFormat[] | null = null;

  constructor(batch: FakeBatch, path: string, locateRange: LocateRange) {
    super(batch, path, locateRange);
  }
  protected snapshot(): unknown {
    return null;
  }
  /** The formats that intersect the range, in priority order, each loaded with what the load names. */
  protected override resolveLoad({ sheet, rect }: RangeTarget, names: readonly string[]): void {
    const { items: wanted } = collectionNames(names, this.scalarProperties);
    const items = intersecting(sheet, rect).map((record, index) => {
      const item = new FakeConditionalFormat(
        this.batch,
        `${this.path}.items[${index}]`,
        placedOn(sheet, record),
      );
      FakeClientObject.preload(item, record, wanted);
      return item;
    });
    this.batch.deliver(null, () => (this.#items = items));
  }
  get items(): FakeConditionalFormat[] {
    if (this.#items === null)
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.#items;
  }
  add(type: "CellValue" | "Custom"): FakeConditionalFormat {
    let created: Placed | null = null;
    this.queue("add", type, ({ sheet, rect }) => {
      assertUnprotected(sheet, "conditionalFormats.add");
      if (type !== "CellValue" && type !== "Custom")
        throw invalidArgument(`conditional format type ${String(type)}`);
      const record: ConditionalFormatRecord = {
        rect,
        type,
        operator: null,
        formula1: null,
        formula2: null,
        fill: null,
        fontColor: null,
      };
      sheet.conditionalFormats.push(record);
      created = { sheet, record };
    });
    return new FakeConditionalFormat(this.batch, `${this.path}.add(${type})`, () =>
      created && created.sheet.conditionalFormats.includes(created.record) ? created : null,
    );
  }
  clearAll(): void {
    this.queue("clearAll", null, ({ sheet, rect }) => {
      assertUnprotected(sheet, "conditionalFormats.clearAll");
      sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => !overlaps(format.rect, rect));
    });
  }
}

function intersecting(sheet: FakeSheet, rect: Rect): ConditionalFormatRecord[] {
  return sheet.conditionalFormats.filter((format) => overlaps(format.rect, rect));
}
