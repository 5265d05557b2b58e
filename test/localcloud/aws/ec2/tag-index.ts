/** Instances by tag key and value, so a `tag:<key>` filter reads a set instead of scanning the fleet. */
export class TagIndex<T> {
  private readonly byKey = new Map<string, Map<string, Set<T>>>();
  /** Items per key whatever the value: an item holds one value per key, so this is kept alongside. */
  private readonly anyValue = new Map<string, Set<T>>();

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
    let keyed = this.anyValue.get(key);
    if (keyed === undefined) {
      keyed = new Set();
      this.anyValue.set(key, keyed);
    }
    keyed.add(item);
  }

  remove(item: T, key: string, value: string): void {
    const values = this.byKey.get(key);
    const items = values?.get(value);
    if (values === undefined || items === undefined) return;
    items.delete(item);
    this.anyValue.get(key)?.delete(item);
    if (items.size === 0) values.delete(value);
    if (values.size === 0) {
      this.byKey.delete(key);
      this.anyValue.delete(key);
    }
  }

  /** The items carrying key=value for any of the values (the index's own set when there is one value). */
  withValues(key: string, values: readonly string[]): ReadonlySet<T> {
    const byValue = this.byKey.get(key);
    if (values.length === 1) return byValue?.get(values[0] ?? "") ?? new Set();
    const found = new Set<T>();
    for (const value of values) for (const item of byValue?.get(value) ?? []) found.add(item);
    return found;
  }

  withKey(key: string): ReadonlySet<T> {
    return this.anyValue.get(key) ?? new Set();
  }

  clear(): void {
    this.byKey.clear();
    this.anyValue.clear();
  }
}
