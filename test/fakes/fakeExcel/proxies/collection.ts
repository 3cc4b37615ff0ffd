import { notLoaded } from "../officeError";
import type { FakeWorkbookState } from "../state";
import { FakeClientObject, loadList, type FakeContextLike } from "./base";

/**
 * A collection proxy: `items` exist only after load + sync. load("name") and
 * load("items/name") both load that property of every item.
 */
export abstract class FakeCollection<K, T extends FakeClientObject<K>> extends FakeClientObject<number> {
  private loadedItems: T[] | undefined;

  constructor(context: FakeContextLike, path: string, scope: (st: FakeWorkbookState) => number | null) {
    super(context, path, scope, false);
  }

  get items(): T[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  /** Keys of the items, in collection order, for the resolved scope. */
  protected abstract keys(st: FakeWorkbookState, scope: number): K[];
  /** A proxy bound to an existing item. */
  protected abstract item(key: K): T;

  read(): Record<string, unknown> {
    return {};
  }

  protected defaultProps(): string[] {
    return [];
  }

  override load(props?: string | string[] | { select?: string }): this {
    const list = loadList(props).map((p) => p.replace(/^items\//, ""));
    this.context.queue.enqueue({
      bytes: this.context.queue.actionBytes("", list),
      run: (st) => {
        const scope = this.resolve(st);
        const keys = scope === null ? [] : this.keys(st, scope);
        const proxies = keys.map((k) => this.item(k));
        const data = proxies.map((p, i) => (list.length ? p.read(st, keys[i], list) : {}));
        return {
          payload: { items: data },
          commit: () => {
            proxies.forEach((p, i) => p.acceptLoaded(data[i]));
            this.loadedItems = proxies;
          },
        };
      },
    });
    return this;
  }
}
