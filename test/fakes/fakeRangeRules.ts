/**
 * List data validation attached to a range in the fake host, stored as plain records on the sheet.
 * Conditional formats, the other rules on a range, are in fakeConditionalFormats.ts.
 */
import type { Rect } from "./fakeAddress";
import type { LocateRange, RangeTarget } from "./fakeRange";
import { assertUnprotected } from "./fakeProtection";
import { FakeBatch, FakeClientObject, invalidArgument } from "./fakeRequest";
import type { FakeValidation } from "./fakeState";

export function overlaps(a: Rect, b: Rect): boolean {
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
  readonly date?: { readonly formula1: string | Date; readonly operator: string };
}

/** A date bound as Excel keeps it: an ISO date (a `Date` or a text that parses as one); anything else is refused. */
function dateBound(bound: string | Date): string {
  const date = typeof bound === "string" ? new Date(`${bound}T00:00:00Z`) : bound;
  if (Number.isNaN(date.getTime())) throw invalidArgument(`not a date: ${String(bound)}`);
  return date.toISOString().slice(0, 10);
}

export class FakeDataValidation extends FakeLocatedProxy<RangeTarget> {
  protected readonly scalarProperties = ["rule", "ignoreBlanks"];
  constructor(batch: FakeBatch, path: string, locateRange: LocateRange) {
    super(batch, path, locateRange);
  }
  protected snapshot({ sheet, rect }: RangeTarget, property: string): unknown {
    const found = sheet.validations.find((validation) => overlaps(validation.rect, rect));
    if (property === "ignoreBlanks") return found?.ignoreBlanks ?? true;
    if (found?.date) return { date: { ...found.date } };
    return found?.list ? { list: { ...found.list } } : {};
  }
  get rule(): FakeListRule {
    return this.read("rule");
  }
  /** List and date rules are modelled; other kinds are rejected so a test notices. */
  set rule(rule: FakeListRule) {
    this.queue("rule", rule, (target) => {
      assertUnprotected(target.sheet, "dataValidation.rule");
      const validation = validationFor(target);
      if (rule.date) {
        validation.date = { formula1: dateBound(rule.date.formula1), operator: rule.date.operator };
        validation.list = null;
        return;
      }
      if (!rule.list) throw invalidArgument("the fake models list and date validation only");
      validation.list = { ...rule.list };
      delete validation.date;
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
