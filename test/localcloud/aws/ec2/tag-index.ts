/** Instances by tag key and value, so a `tag:<key>` filter reads a set instead of scanning the fleet. */
export class TagIndex<T> {
  private readonly byKey = new Map<string, Map<string, Set<T>>>();

  add(item: T, key: string, value: string): void {
    let values = this.byKey.get(key);
    if (values === undefined) {
      values = new Map();
      this.byKey.set(key, values);
    }
    let items = values.get(value);
    if (items === undefined) {
      items = new Set();
      values.set(value, items);
    }
    items.add(item);
  }

  remove(item: T, key: string, value: string): void {
    const values = this.byKey.get(key);
    const items = values?.get(value);
    if (values === undefined || items === undefined) return;
    items.delete(item);
    if (items.size === 0) values.delete(value);
    if (values.size === 0) this.byKey.delete(key);
  }

  /** The items carrying key=value for any of the values. */
  withValues(key: string, values: readonly string[]): Set<T> {
    const byValue = this.byKey.get(key);
    const found = new Set<T>();
    for (const value of values) for (const item of byValue?.get(value) ?? []) found.add(item);
    return found;
  }

  withKey(key: string): Set<T> {
    const found = new Set<T>();
    for (const items of this.byKey.get(key)?.values() ?? []) for (const item of items) found.add(item);
    return found;
  }

  clear(): void {
    this.byKey.clear();
  }
}
