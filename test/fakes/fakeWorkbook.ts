/**
 * The fake `Excel.Workbook` root: worksheets, workbook-wide tables, defined names, custom XML parts and
 * the application's calculation/screen-update switches.
 */
import { parseRect, splitSheet } from "./fakeAddress";
import {
  FakeBatch,
  FakeClientObject,
  FakeClientResult,
  FakeOfficeError,
  invalidArgument,
  notFound,
} from "./fakeRequest";
import {
  findSheet,
  type FakeCustomXmlPart as PartRecord,
  type FakeName,
  type FakeWorkbookState,
} from "./fakeState";
import { FakeTableCollection, findTable } from "./fakeTable";
import { FakeWorksheetCollection } from "./fakeWorksheet";

/** Base for proxies whose target is found by a closure over the workbook state. */
abstract class FakeWorkbookPart<T> extends FakeClientObject<T> {
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

/** Builds the items of a collection at the sync that loads it. */
abstract class FakeItemsCollection<Item, Target> extends FakeWorkbookPart<Target> {
  protected readonly scalarProperties = [];
  #items: Item[] | null = null;
  protected snapshot(): unknown {
    return null;
  }
  protected abstract buildItems(target: Target, names: readonly string[]): Item[];
  protected override resolveLoad(target: Target, names: readonly string[]): void {
    const items = this.buildItems(target, names);
    this.batch.deliver(null, () => (this.#items = items));
  }
  get items(): Item[] {
    if (this.#items === null)
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.#items;
  }
}

export class FakeNamedItem extends FakeWorkbookPart<{ workbook: FakeWorkbookState; item: FakeName }> {
  protected readonly scalarProperties = ["name", "formula"];
  protected snapshot({ item }: { workbook: FakeWorkbookState; item: FakeName }, property: string): unknown {
    return property === "name" ? item.name : item.formula;
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(formula: string) {
    this.queue("formula", formula, ({ item }) => (item.formula = formula));
  }
  delete(): void {
    this.queue(
      "delete",
      null,
      ({ workbook, item }) => (workbook.names = workbook.names.filter((other) => other !== item)),
    );
  }
}

function nameLocator(workbook: FakeWorkbookState, name: string) {
  return () => {
    const item = workbook.names.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    return item ? { workbook, item } : null;
  };
}

export class FakeNamedItemCollection extends FakeItemsCollection<FakeNamedItem, FakeWorkbookState> {
  protected buildItems(workbook: FakeWorkbookState, names: readonly string[]): FakeNamedItem[] {
    return workbook.names.map((item) => {
      const proxy = new FakeNamedItem(
        this.batch,
        `${this.path}.items[${item.name}]`,
        nameLocator(workbook, item.name),
      );
      FakeClientObject.preload(proxy, { workbook, item }, names);
      return proxy;
    });
  }
  /** Adds a defined name; the fake takes the reference as a formula string ("=Sheet1!$A$1:$A$5"). */
  add(name: string, reference: string, comment?: string): FakeNamedItem {
    this.queue("add", { name, reference, comment }, (workbook) => {
      if (workbook.names.some((item) => item.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `The name '${name}' already exists.`);
      }
      // Excel keeps defined names and table names in one namespace.
      if (findTable(workbook, name)) throw invalidArgument(`name ${name} (a table has that name)`);
      const formula = reference.startsWith("=") ? reference : `=${reference}`;
      const { sheet, cells } = splitSheet(formula.slice(1));
      if (sheet !== null && (!findSheet(workbook, sheet) || !parseRect(cells)))
        throw invalidArgument(`reference ${reference}`);
      workbook.names.push({ name, formula });
    });
    return this.getItem(name);
  }
  getItem(name: string): FakeNamedItem {
    const locate = nameLocator(this.target(), name);
    return new FakeNamedItem(
      this.batch,
      `${this.path}.getItem(${name})`,
      () => locate() ?? failMissing(`name ${name}`),
    );
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.batch,
      `${this.path}.getItemOrNullObject(${name})`,
      nameLocator(this.target(), name),
      true,
    );
  }
}

export class FakeCustomXmlPart extends FakeWorkbookPart<{ workbook: FakeWorkbookState; part: PartRecord }> {
  protected readonly scalarProperties = ["id", "namespaceUri"];
  protected snapshot({ part }: { workbook: FakeWorkbookState; part: PartRecord }, property: string): unknown {
    return property === "id" ? part.id : part.namespaceUri;
  }
  get id(): string {
    return this.read("id");
  }
  get namespaceUri(): string {
    return this.read("namespaceUri");
  }
  getXml(): FakeClientResult<string> {
    const { result, resolve } = FakeClientResult.pending<string>(this.batch);
    this.queue("getXml", null, ({ part }) => resolve(part.xml));
    return result;
  }
  setXml(xml: string): void {
    this.queue("setXml", xml, ({ part }) => {
      part.xml = xml;
      part.namespaceUri = namespaceOf(xml);
    });
  }
  delete(): void {
    this.queue("delete", null, ({ workbook, part }) => {
      workbook.customXmlParts = workbook.customXmlParts.filter((other) => other !== part);
    });
  }
}

/** The default namespace of the root element, as Excel files the part. */
export function namespaceOf(xml: string): string {
  return /<[A-Za-z_][\w.-]*(?::[\w.-]+)?\s[^>]*xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
}

function partProxy(
  batch: FakeBatch,
  path: string,
  workbook: FakeWorkbookState,
  part: PartRecord,
): FakeCustomXmlPart {
  return new FakeCustomXmlPart(batch, path, () =>
    workbook.customXmlParts.includes(part) ? { workbook, part } : null,
  );
}

export class FakeCustomXmlPartScopedCollection extends FakeItemsCollection<
  FakeCustomXmlPart,
  { workbook: FakeWorkbookState; parts: PartRecord[] }
> {
  protected buildItems(
    { workbook, parts }: { workbook: FakeWorkbookState; parts: PartRecord[] },
    names: readonly string[],
  ): FakeCustomXmlPart[] {
    return parts.map((part) => {
      const proxy = partProxy(this.batch, `${this.path}.items[${part.id}]`, workbook, part);
      FakeClientObject.preload(proxy, { workbook, part }, names);
      return proxy;
    });
  }
  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this.batch,
      `${this.path}.getOnlyItemOrNullObject()`,
      () => {
        const { workbook, parts } = this.target();
        const [part, ...others] = parts;
        if (others.length > 0)
          throw new FakeOfficeError("InvalidOperation", "More than one part in this namespace.");
        return part ? { workbook, part } : null;
      },
      true,
    );
  }
}

let nextPartId = 1;

export class FakeCustomXmlPartCollection extends FakeItemsCollection<FakeCustomXmlPart, FakeWorkbookState> {
  protected buildItems(workbook: FakeWorkbookState, names: readonly string[]): FakeCustomXmlPart[] {
    return workbook.customXmlParts.map((part) => {
      const proxy = partProxy(this.batch, `${this.path}.items[${part.id}]`, workbook, part);
      FakeClientObject.preload(proxy, { workbook, part }, names);
      return proxy;
    });
  }
  add(xml: string): FakeCustomXmlPart {
    let created: PartRecord | null = null;
    this.queue("add", xml, (workbook) => {
      created = { id: `{fake-part-${nextPartId++}}`, namespaceUri: namespaceOf(xml), xml };
      workbook.customXmlParts.push(created);
    });
    const workbook = this.target();
    return new FakeCustomXmlPart(this.batch, `${this.path}.add()`, () =>
      created ? { workbook, part: created } : null,
    );
  }
  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    const workbook = this.target();
    return new FakeCustomXmlPartScopedCollection(
      this.batch,
      `${this.path}.getByNamespace(${namespaceUri})`,
      () => ({
        workbook,
        parts: workbook.customXmlParts.filter((part) => part.namespaceUri === namespaceUri),
      }),
    );
  }
  getItem(id: string): FakeCustomXmlPart {
    const workbook = this.target();
    return new FakeCustomXmlPart(this.batch, `${this.path}.getItem(${id})`, () => {
      const part = workbook.customXmlParts.find((candidate) => candidate.id === id);
      return part ? { workbook, part } : failMissing(`custom XML part ${id}`);
    });
  }
}

/** Calculation and screen updating are not modelled; the calls are accepted and counted as commands. */
export class FakeApplication extends FakeWorkbookPart<FakeWorkbookState> {
  protected readonly scalarProperties = [];
  protected snapshot(): unknown {
    return null;
  }
  suspendApiCalculationUntilNextSync(): void {
    this.queue("suspendApiCalculationUntilNextSync", null, () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.queue("suspendScreenUpdatingUntilNextSync", null, () => undefined);
  }
}

export class FakeWorkbook extends FakeWorkbookPart<FakeWorkbookState> {
  protected readonly scalarProperties = [];
  protected override readonly navigationProperties = [
    "worksheets",
    "tables",
    "names",
    "customXmlParts",
    "application",
  ];

  constructor(
    batch: FakeBatch,
    private readonly state: FakeWorkbookState,
  ) {
    super(batch, "workbook", () => state);
  }
  protected snapshot(): unknown {
    return null;
  }
  get worksheets(): FakeWorksheetCollection {
    return this.child(
      "worksheets",
      () => new FakeWorksheetCollection(this.batch, "workbook.worksheets", this.state),
    );
  }
  get tables(): FakeTableCollection {
    return this.child(
      "tables",
      () =>
        new FakeTableCollection(this.batch, "workbook.tables", () => ({
          workbook: this.state,
          sheets: this.state.sheets,
        })),
    );
  }
  get names(): FakeNamedItemCollection {
    return this.child(
      "names",
      () => new FakeNamedItemCollection(this.batch, "workbook.names", () => this.state),
    );
  }
  get customXmlParts(): FakeCustomXmlPartCollection {
    return this.child(
      "customXmlParts",
      () => new FakeCustomXmlPartCollection(this.batch, "workbook.customXmlParts", () => this.state),
    );
  }
  get application(): FakeApplication {
    return this.child("application", () => new FakeApplication(this.batch, "application", () => this.state));
  }
}

function failMissing(what: string): never {
  throw notFound(what);
}
