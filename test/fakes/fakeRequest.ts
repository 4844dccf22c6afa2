/**
 * The proxy/queue model of Office.js, for the fake host: proxies queue commands on a batch, nothing
 * reaches the backing state before `sync()`, and a property can be read only once it was `load`ed and
 * synced (otherwise the error Office.js throws: code "PropertyNotLoaded").
 */

import type { FakeSheet } from "./fakeState";

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

/** Writes to a protected sheet fail the request, as in Excel. */
export function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError("AccessDenied", `The sheet '${sheet.name}' is protected.`);
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
  /** Called once per `sync()` with the payloads; throws to reject the whole request. */
  accept(payloads: readonly unknown[]): void;
}

/** The queue one RequestContext fills between two syncs. */
export class FakeBatch {
  #queue: FakeCommand[] = [];
  constructor(private readonly sink: FakeRequestSink) {}

  enqueue(payload: unknown, run: () => void): void {
    this.#queue.push({ payload, run });
  }

  /** Sends the queue: the host may reject it whole; otherwise commands run in order until one fails. */
  flush(): void {
    const queue = this.#queue;
    this.#queue = [];
    this.sink.accept(queue.map((command) => command.payload));
    for (const command of queue) command.run();
  }
}

export type LoadArgument = string | readonly string[] | { readonly select?: string };

function isNameList(argument: LoadArgument): argument is readonly string[] {
  return Array.isArray(argument);
}

/** "a, b" | ["a","b"] | {select:"a,b"} → ["a","b"]; empty means "every scalar property". */
export function loadNames(argument: LoadArgument | undefined): string[] {
  if (argument === undefined) return [];
  let text: string;
  if (typeof argument === "string") text = argument;
  else if (isNameList(argument)) text = argument.join(",");
  else text = argument.select ?? "";
  return text
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/**
 * A proxy: `locate()` finds its backing object at sync time (null for a null object), `snapshot()`
 * copies a scalar property out of it when a load resolves.
 */
export abstract class FakeClientObject<Target> {
  readonly #loaded = new Map<string, unknown>();
  #isNull: boolean | undefined;

  constructor(
    protected readonly batch: FakeBatch,
    protected readonly path: string,
    private readonly nullable = false,
  ) {
    // An *OrNullObject proxy learns whether it exists at the next sync, loaded or not.
    if (nullable) batch.enqueue({ path, op: "exists" }, () => (this.#isNull = this.locate() === null));
    else this.#isNull = false;
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

  protected abstract snapshot(target: Target, property: string): unknown;

  /** The backing object for a command; a null object cannot be acted upon. */
  protected target(): Target {
    const found = this.locate();
    if (found === null) throw notFound(this.path);
    return found;
  }

  load(propertyNames?: LoadArgument): this {
    const names = loadNames(propertyNames);
    const wanted = names.length > 0 ? names : this.scalarProperties;
    this.batch.enqueue({ path: this.path, op: "load", names: wanted }, () => {
      const found = this.locate();
      if (found === null) {
        if (!this.nullable) throw notFound(this.path);
        return;
      }
      this.resolveLoad(found, wanted);
    });
    return this;
  }

  /** Stores loaded values; collections override it to build their items. */
  protected resolveLoad(target: Target, names: readonly string[]): void {
    for (const name of names) {
      if (!this.scalarProperties.includes(name))
        throw new FakeOfficeError("PropertyNotLoaded", `Cannot load '${name}' on ${this.path}.`);
      this.#loaded.set(name, this.snapshot(target, name));
    }
  }

  /** Fills a proxy built for a collection's `items`, as if it had been loaded in the same request. */
  static preload<T>(object: FakeClientObject<T>, target: T, names: readonly string[]): void {
    object.resolveLoad(target, names.length > 0 ? names : object.scalarProperties);
  }

  protected read<T>(property: string): T {
    if (!this.#loaded.has(property)) throw notLoaded(property);
    return this.#loaded.get(property) as T;
  }

  protected queue(op: string, payload: unknown, apply: (target: Target) => void): void {
    this.batch.enqueue({ path: this.path, op, payload }, () => apply(this.target()));
  }
}

/** `OfficeExtension.ClientResult`: the value arrives with the sync. */
export class FakeClientResult<T> {
  #value: { readonly value: T } | null = null;

  /** The result and the function the producing command calls with the value. */
  static pending<T>(): { result: FakeClientResult<T>; resolve: (value: T) => void } {
    const result = new FakeClientResult<T>();
    return { result, resolve: (value) => (result.#value = { value }) };
  }

  get value(): T {
    if (this.#value === null) throw notLoaded("value");
    return this.#value.value;
  }
}

/** Collection loads name item properties as "items/name" or just "name". */
export function itemNames(names: readonly string[]): string[] {
  return names
    .map((name) => name.replace(/^items\//, ""))
    .filter((name) => name !== "items" && name !== "$all");
}
