import { FakeOfficeError, itemNotFound, notLoaded } from "../officeError";
import type { FakeRequestQueue } from "../request";
import type { FakeWorkbookState } from "../state";

export interface FakeContextLike {
  readonly queue: FakeRequestQueue;
}

/** "a,b , items/c" | ["a","b"] → ["a","b","items/c"] */
export function loadList(props?: string | string[] | { select?: string }): string[] {
  if (props === undefined) return [];
  const raw = typeof props === "string" ? props : Array.isArray(props) ? props.join(",") : (props.select ?? "");
  return raw
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * A proxy for one object in the workbook. Like an Office object path, it is looked up when the
 * first command of a request that needs it runs, and again in every later request (a sheet got
 * by name is found by its name each time); a proxy bound to a key (an object just added, an
 * item of a loaded collection) keeps that key. K is a plain key (ids and coordinates).
 */
export abstract class FakeClientObject<K> {
  private loaded: Record<string, unknown> = {};
  private nullState: boolean | undefined;
  private key: K | null | undefined;
  private bound = false;
  private resolvedIn = -1;
  /** Sub-objects (format, format.font, …) already got, each sent once as Office.js gets it once. */
  private readonly got = new Set<string>();

  constructor(
    readonly context: FakeContextLike,
    readonly path: string,
    private readonly resolver: (st: FakeWorkbookState) => K | null,
    orNull: boolean,
  ) {
    context.queue.chargeObject(lastStep(path), this.keepsReference);
    if (orNull) {
      // Office loads isNullObject of every *OrNullObject result on the next sync.
      this.context.queue.enqueue({
        bytes: this.context.queue.actionBytes("", ["isNullObject"]),
        run: (st) => {
          const isNull = this.resolve(st) === null;
          return { payload: { isNull }, commit: () => (this.nullState = isNull) };
        },
      });
    }
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  /** Resolves (once per request) to a key, or null for a null object. */
  resolve(st: FakeWorkbookState): K | null {
    const generation = this.context.queue.generation;
    if (!this.bound && (this.key === undefined || this.resolvedIn !== generation)) {
      this.key = this.resolver(st);
      this.resolvedIn = generation;
    }
    return this.key as K | null;
  }

  protected required(st: FakeWorkbookState): K {
    const k = this.resolve(st);
    if (k === null) throw itemNotFound(`${this.path} (a null object)`);
    return k;
  }

  /** Binds a proxy to a key known up front (items of a loaded collection, objects just added). */
  bind(key: K | null): this {
    this.key = key;
    this.bound = true;
    return this;
  }

  protected prop<T>(name: string): T {
    if (!(name in this.loaded)) throw notLoaded(name);
    return this.loaded[name] as T;
  }

  /** Hands loaded data to the proxy (used by collections for their items). */
  acceptLoaded(data: Record<string, unknown>): void {
    Object.assign(this.loaded, data);
    if (this.nullState === undefined) this.nullState = false;
  }

  /** The values of `props` for the object behind `key`; throws for an unknown property. */
  abstract read(st: FakeWorkbookState, key: K, props: string[]): Record<string, unknown>;

  /** Properties a bare load() brings (never the large ones). */
  protected abstract defaultProps(): string[];

  load(props?: string | string[] | { select?: string }): this {
    const list = loadList(props);
    const wanted = list.length ? list : this.defaultProps();
    this.context.queue.enqueue({
      bytes: this.context.queue.actionBytes("", wanted),
      run: (st) => {
        const k = this.resolve(st);
        if (k === null) return { payload: null, commit: () => (this.nullState = true) };
        const data = this.read(st, k, wanted);
        return { payload: data, commit: () => this.acceptLoaded(data) };
      },
    });
    return this;
  }

  /** Whether Office.js keeps a reference to the object across syncs (ranges: an extra action each). */
  protected get keepsReference(): boolean {
    return false;
  }

  /**
   * Queues a write. A dotted name ("format.font.bold") sets a property of a sub-object: the
   * sub-objects are got on first use; a step marked "#n" is a fresh object each time it is got.
   */
  protected command(name: string, args: unknown, apply: (st: FakeWorkbookState, key: K) => void): void {
    const steps = name.split(".");
    for (let i = 1; i < steps.length; i++) {
      const key = steps.slice(0, i).join(".");
      if (this.got.has(key)) continue;
      this.got.add(key);
      this.context.queue.chargeObject(steps[i - 1].replace(/#\d+$/, ""));
    }
    this.context.queue.enqueue({
      bytes: this.context.queue.actionBytes(steps[steps.length - 1], args),
      run: (st) => {
        apply(st, this.required(st));
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return { ...this.loaded };
  }
}

/**
 * Office instantiates an object as soon as it is got: the request carries the lookup at that
 * point, and it fails there (ItemNotFound for a getItem of something gone) even when nothing
 * else in the request uses the object. Lookups that can fail are queued through this.
 */
export function instantiated<T extends FakeClientObject<unknown>>(proxy: T): T {
  proxy.context.queue.enqueue({
    bytes: 0, // its instantiation is counted with its path
    run: (st) => {
      proxy.resolve(st);
    },
  });
  return proxy;
}

/** The last step of a proxy's path ("worksheets.getItem(S).getRange(A1)" → "getRange(A1)"). */
function lastStep(path: string): string {
  let depth = 0;
  for (let i = path.length - 1; i >= 0; i--) {
    const c = path[i];
    if (c === ")") depth++;
    else if (c === "(") depth--;
    else if (depth === 0 && (c === "." || c === "/")) return path.slice(i + 1);
  }
  return path;
}

/** A member newer than the host: the batch fails with ApiNotFound where it reaches it, as in Office. */
export function requireApi(context: FakeContextLike, minor: number, member: string): void {
  if (context.queue.limits.apiMinor < minor) {
    throw new FakeOfficeError("ApiNotFound", `The API you are trying to use could not be found (${member}, ExcelApi 1.${minor}).`);
  }
}

export function unknownProperty(prop: string, on: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `The property '${prop}' does not exist on ${on}.`);
}

/** Checks a 2D array matches a range's size, as Office does for values/formulas/numberFormat. */
export function checkShape(v: unknown, rows: number, cols: number, what: string): unknown[][] {
  if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
    );
  }
  return v as unknown[][];
}
