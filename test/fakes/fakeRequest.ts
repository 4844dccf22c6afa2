/**
 * The proxy/queue model of Office.js, for the fake host: proxies queue commands on a batch, nothing
 * reaches the backing state before `sync()`, and a property can be read only once it was `load`ed and
 * synced (otherwise the error Office.js throws: code "PropertyNotLoaded").
 *
 * As in Office.js, creating a proxy queues its instantiation: a `getItem` of a missing sheet fails at
 * the next sync even when nothing was loaded from it, and an `*OrNullObject` proxy learns whether it
 * exists. Navigation properties (`range.format`, `sheet.protection`, `table.worksheet`) return the same
 * proxy each time, and load paths may go through them ("items/worksheet/name").
 */
import type { FakeEventRegistry, FakeWorksheetChangedEventArgs } from "./fakeEvents";

/** An error shaped like `OfficeExtension.Error`: the port maps failures by `code`. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { readonly code: string; readonly message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

export function notFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${what}.`);
}

export function invalidArgument(what: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `The argument is invalid or missing: ${what}.`);
}

/** What a request looks like to the host: the queued commands' payloads, then their effects. */
export interface FakeCommand {
  readonly payload: unknown;
  readonly run: () => void;
}

/** The host side of a request: counts, limits and simulated failures live in the fake host. */
export interface FakeRequestSink {
  /** Called once per request with the payloads; throws to reject the whole request. */
  accept(payloads: readonly unknown[]): void;
  /** Called once the commands ran, with the UTF-8 size of what the response carries; throws to fail it. */
  respond(bytes: number): void;
  /** Whether the host has a requirement set ("ExcelApi", "1.13"); a sink without it has every set. */
  supports?(name: string, minVersion: string): boolean;
  /** Event handlers registered with the host (`Worksheet.onChanged`); a sink without it has no events. */
  readonly events?: FakeEventRegistry;
}

const encoder = new TextEncoder();

/** UTF-8 size of a value's JSON: an approximation of what goes over the wire. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

interface Delivery {
  readonly value: unknown;
  readonly apply: () => void;
}

/** The queue one RequestContext fills between two syncs. */
export class FakeBatch {
  #queue: FakeCommand[] = [];
  #deliveries: Delivery[] | null = null;
  #changes: FakeWorksheetChangedEventArgs[] = [];
  constructor(private readonly sink: FakeRequestSink) {}

  /** The host's event handlers (registering one fails on a host without events). */
  get events(): FakeEventRegistry {
    if (!this.sink.events) throw new FakeOfficeError("ApiNotFound", "This host has no events.");
    return this.sink.events;
  }

  /**
   * Cells a command changed (`Worksheet.onChanged`): the event fires once the whole request succeeded,
   * after it, as Excel raises it after the change.
   */
  changed(sheetId: string, address: string): void {
    if (this.#deliveries === null) throw new Error("fake: a change outside a request");
    this.#changes.push({
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: sheetId,
      address,
    });
  }

  /** True while a request is processed: proxies built from its results need no instantiation. */
  get processing(): boolean {
    return this.#deliveries !== null;
  }

  /** Commands waiting for the next sync. */
  get pending(): number {
    return this.#queue.length;
  }

  /**
   * Fails the command being run, as a host that lacks the requirement set fails it ("ApiNotFound"),
   * when the host was configured without `name` at `minVersion` (FakeExcelOptions.requirementSets).
   */
  requireApi(name: string, minVersion: string): void {
    if (this.sink.supports?.(name, minVersion) === false)
      throw new FakeOfficeError(
        "ApiNotFound",
        `The API you are trying to use could not be found (${name} ${minVersion}). It may be available in a newer version of Excel.`,
      );
  }

  enqueue(payload: unknown, run: () => void): void {
    this.#queue.push({ payload, run });
  }

  /**
   * A value the response carries back (a loaded property, a method result): it counts towards the
   * response size, and reaches the proxy only when the whole request succeeded.
   */
  deliver(value: unknown, apply: () => void): void {
    if (this.#deliveries === null) throw new Error("fake: deliver outside a request");
    this.#deliveries.push({ value, apply });
  }

  /**
   * Sends the queue, as `context.sync()` does: nothing at all when no command is queued (Office.js makes
   * no round trip then). The host may reject the request whole; otherwise commands run in order until
   * one fails, and a failed request delivers nothing back.
   */
  flush(): void {
    const queue = this.#queue;
    this.#queue = [];
    if (queue.length === 0) return;
    this.sink.accept(queue.map((command) => command.payload));
    const deliveries: Delivery[] = [];
    this.#deliveries = deliveries;
    this.#changes = [];
    try {
      for (const command of queue) command.run();
      this.sink.respond(deliveries.reduce((sum, delivery) => sum + jsonBytes(delivery.value ?? null), 0));
      for (const delivery of deliveries) delivery.apply();
      for (const change of this.#changes) void this.sink.events?.fire(change);
    } finally {
      this.#deliveries = null;
      this.#changes = [];
    }
  }
}

/** The strict form of a load: `{ name: true, worksheet: { name: true } }`. */
export interface LoadTree {
  readonly [property: string]: boolean | LoadTree | number | undefined;
}

export type LoadArgument =
  | string
  | readonly string[]
  | {
      readonly select?: string | readonly string[];
      readonly expand?: string | readonly string[];
      readonly top?: number;
      readonly skip?: number;
    }
  | LoadTree;

function splitList(list: string | readonly string[] | undefined): string[] {
  if (list === undefined) return [];
  const parts = typeof list === "string" ? list.split(",") : list;
  return parts.map((name) => name.trim()).filter((name) => name !== "");
}

function isSelectExpand(argument: object): boolean {
  const keys = Object.keys(argument);
  if (keys.length === 0) return true;
  const option = argument as Record<string, unknown>;
  const list = (value: unknown) => typeof value === "string" || Array.isArray(value);
  return (
    list(option.select) ||
    list(option.expand) ||
    typeof option.top === "number" ||
    typeof option.skip === "number"
  );
}

function treePaths(tree: LoadTree, prefix: string, into: string[]): string[] {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === "" ? key : `${prefix}/${key}`;
    if (key === "$all") {
      if (typeof value !== "boolean") throw invalidArgument(`load option ${path}`);
      if (value) into.push(prefix === "" ? "*" : `${prefix}/*`);
    } else if (key === "$top" || key === "$skip") {
      if (typeof value !== "number" || prefix !== "") throw invalidArgument(`load option ${path}`);
    } else if (typeof value === "boolean") {
      if (value) into.push(path);
    } else if (typeof value === "object") {
      treePaths(value, path, into);
    } else {
      throw invalidArgument(`load option ${path}`);
    }
  }
  return into;
}

/** "items" and "items/" select every item property; "items/x" and "items.x" name one. */
function normalizePath(name: string): string {
  const lower = name.toLowerCase();
  if (lower === "items" || lower === "items/") return "*";
  if (lower.startsWith("items/") || lower.startsWith("items.")) return name.slice(6);
  return name;
}

/**
 * Every form `load()` takes, as Office.js reads it: "a, b/c" | ["a","b/c"] | {select, expand} |
 * {a: true, b: {c: true}}. Empty means "every scalar property". Paths keep "/" between navigation steps.
 */
export function loadNames(argument: LoadArgument | undefined): string[] {
  if (argument === undefined || argument === null) return [];
  let names: string[];
  if (typeof argument === "string" || Array.isArray(argument))
    names = splitList(argument as string | string[]);
  else if (typeof argument !== "object") throw invalidArgument("load option");
  else if (isSelectExpand(argument)) {
    const option = argument as { select?: string | readonly string[]; expand?: string | readonly string[] };
    names = [...splitList(option.select), ...splitList(option.expand)];
  } else names = treePaths(argument as LoadTree, "", []);
  return names.map(normalizePath);
}

function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Splits load names into this object's scalars and, per navigation property, the rest of the path. */
function splitPaths(
  names: readonly string[],
  navigation: readonly string[],
): { scalars: string[]; nested: Map<string, string[]> } {
  const scalars: string[] = [];
  const nested = new Map<string, string[]>();
  for (const name of names) {
    const slash = name.indexOf("/");
    const head = slash < 0 ? name : name.slice(0, slash);
    if (slash < 0 && !navigation.includes(head)) {
      scalars.push(name);
      continue;
    }
    const rest = slash < 0 ? "" : name.slice(slash + 1);
    const list = nested.get(head) ?? [];
    if (rest !== "") list.push(rest);
    nested.set(head, list);
  }
  return { scalars, nested };
}

/**
 * A proxy without a public `load` (some Office.js objects have none, e.g. `WorksheetFreezePanes`):
 * `locate()` finds its backing object at sync time (null for a null object), `snapshot()` copies a
 * scalar property out of it when a load resolves.
 */
export abstract class FakeProxy<Target> {
  readonly #loaded = new Map<string, unknown>();
  readonly #children = new Map<string, unknown>();
  #isNull: boolean | undefined;

  constructor(
    protected readonly batch: FakeBatch,
    protected readonly path: string,
    private readonly nullable = false,
  ) {
    if (batch.processing) {
      // Built from a response (a collection's items, a navigation property a load went through).
      this.#isNull = false;
      return;
    }
    batch.enqueue({ path, op: "instantiate" }, () => {
      const found = this.locate();
      if (found === null && !nullable) throw notFound(path);
      batch.deliver(found === null, () => (this.#isNull = found === null));
    });
  }

  /** True when a *OrNullObject call found nothing; readable after the sync. */
  get isNullObject(): boolean {
    if (this.#isNull === undefined) throw notLoaded("isNullObject");
    return this.#isNull;
  }

  /** The backing object, or null when this is a null object. Runs only while a request is processed. */
  protected abstract locate(): Target | null;

  /** The scalar properties `load()` without arguments brings. */
  protected abstract readonly scalarProperties: readonly string[];

  /** Navigation properties a load path may go through ("worksheet" in "worksheet/name"). */
  protected readonly navigationProperties: readonly string[] = [];

  protected abstract snapshot(target: Target, property: string): unknown;

  /** The backing object for a command; a null object cannot be acted upon. */
  protected target(): Target {
    const found = this.locate();
    if (found === null) throw notFound(this.path);
    return found;
  }

  /** A navigation property: built once per proxy, as Office.js caches them. */
  protected child<T>(name: string, make: () => T): T {
    if (!this.#children.has(name)) this.#children.set(name, make());
    return this.#children.get(name) as T;
  }

  protected queueLoad(propertyNames: LoadArgument | undefined): void {
    const names = loadNames(propertyNames);
    this.batch.enqueue({ path: this.path, op: "load", names }, () => {
      const found = this.locate();
      if (found === null) {
        if (!this.nullable) throw notFound(this.path);
        return;
      }
      this.resolveLoad(found, names);
    });
  }

  /** Snapshots the loaded values now (they reach the proxy when the request succeeds). */
  protected resolveLoad(target: Target, names: readonly string[]): void {
    const { scalars, nested } = splitPaths(names, this.navigationProperties);
    const wanted =
      names.length === 0 || scalars.includes("*")
        ? [...this.scalarProperties, ...scalars.filter((name) => name !== "*")]
        : scalars;
    for (const name of wanted) {
      if (!this.scalarProperties.includes(name))
        throw new FakeOfficeError("PropertyNotLoaded", `Cannot load '${name}' on ${this.path}.`);
      const value = this.snapshot(target, name);
      this.batch.deliver(value, () => this.#loaded.set(name, value));
    }
    for (const [name, rest] of nested) {
      const next = Reflect.get(this, name) as FakeProxy<unknown>;
      FakeProxy.loadAt(next, rest);
    }
  }

  /** Loads `names` on another proxy within the request being processed (a navigation step). */
  protected static loadAt(object: FakeProxy<unknown>, names: readonly string[]): void {
    const found = object.locate();
    if (found === null) {
      object.batch.deliver(true, () => (object.#isNull = true));
      return;
    }
    object.resolveLoad(found, names);
  }

  /** Fills a proxy built for a collection's `items`, as if it had been loaded in the same request. */
  static preload<T>(object: FakeProxy<T>, target: T, names: readonly string[]): void {
    object.resolveLoad(target, names);
  }

  protected read<T>(property: string): T {
    if (!this.#loaded.has(property)) {
      if (this.#isNull === true)
        throw new FakeOfficeError(
          "PropertyNotLoaded",
          `The property '${property}' is not available: ${this.path} is a null object (check isNullObject first).`,
        );
      throw notLoaded(property);
    }
    return this.#loaded.get(property) as T;
  }

  protected queue(op: string, payload: unknown, apply: (target: Target) => void): void {
    this.batch.enqueue({ path: this.path, op, payload }, () => apply(this.target()));
  }
}

/** A proxy with `load`, as most Office.js objects have. */
export abstract class FakeClientObject<Target> extends FakeProxy<Target> {
  load(propertyNames?: LoadArgument): this {
    this.queueLoad(propertyNames);
    return this;
  }
}

/** `OfficeExtension.ClientResult`: the value arrives with the sync. */
export class FakeClientResult<T> {
  #value: { readonly value: T } | null = null;

  /** The result and the function the producing command calls with the value (during the request). */
  static pending<T>(batch: FakeBatch): { result: FakeClientResult<T>; resolve: (value: T) => void } {
    const result = new FakeClientResult<T>();
    return { result, resolve: (value) => batch.deliver(value, () => (result.#value = { value })) };
  }

  get value(): T {
    if (this.#value === null) throw notLoaded("value");
    return this.#value.value;
  }
}

/**
 * A collection's load names: its own scalars (e.g. "count") and what each item loads ("items/name" and
 * plain "name" alike). Nothing named loads every scalar of each item.
 */
export function collectionNames(
  names: readonly string[],
  own: readonly string[],
): { own: string[]; items: string[] } {
  return {
    own: names.filter((name) => own.includes(name)),
    items: names.filter((name) => !own.includes(name)),
  };
}
