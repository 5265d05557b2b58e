import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Pair, parseAllDocuments, type YAMLMap } from "yaml";

/**
 * Reads one registry file as strict YAML 1.2 (core schema): duplicate keys, unknown tags, merge keys, more than one
 * document, a root that is not a mapping and alias expansion beyond a small bound are faults. Keeps the parsed
 * document so that any later problem can point at the line and column of the field it is about.
 */

export interface Position {
  line: number;
  column: number;
}

/** Bounds alias expansion ("billion laughs"); a registry file needs no more than a few aliases. */
export const maxAliasCount = 10;

export type YamlFault =
  | { rule: "yaml.syntax"; detail: string }
  | { rule: "yaml.duplicateKey"; key: string }
  | { rule: "yaml.tag"; tag: string }
  | { rule: "yaml.aliases"; max: number }
  | { rule: "yaml.multipleDocuments" }
  | { rule: "yaml.notMapping" }
  | { rule: "yaml.empty" };

export interface LocatedFault {
  fault: YamlFault;
  path: PropertyKey[];
  position: Position;
}

export interface YamlSource {
  /** The document as plain data; undefined when it could not be read. */
  value: unknown;
  faults: LocatedFault[];
  /** Where a field is written (its value, or its key); the nearest enclosing node when it is absent. */
  locate(path: readonly PropertyKey[], part?: "key" | "value"): Position;
  /** The text of a scalar field as written in the file. */
  textOf(path: readonly PropertyKey[]): string | undefined;
}

/** The source of a file that was refused before parsing: every problem is about the whole file. */
export const unreadSource: YamlSource = {
  value: undefined,
  faults: [],
  locate: () => ({ line: 1, column: 1 }),
  textOf: () => undefined,
};

interface Step {
  node: unknown;
  keyNode?: unknown;
}

export function readYaml(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    version: "1.2",
    schema: "core",
    merge: false,
    // Only the core schema's tags; !!binary, !!set, !!timestamp and the like are faults, not values.
    resolveKnownTags: false,
    // yaml's own check compares each key with every earlier one (quadratic); duplicateKeys() below is linear.
    uniqueKeys: false,
    strict: true,
    prettyErrors: false,
    lineCounter,
  });
  const positionAt = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const doc = docs[0];
  const root: unknown = doc?.contents;

  const walk = (path: readonly PropertyKey[]): Step[] => {
    const steps: Step[] = [{ node: root }];
    for (const segment of path) {
      const current = steps[steps.length - 1]?.node;
      if (isMap(current)) {
        const pair = entryOf(current, String(segment));
        if (!pair) break;
        steps.push({ node: pair.value, keyNode: pair.key });
      } else if (isSeq(current) && typeof segment === "number" && segment < current.items.length) {
        steps.push({ node: current.items[segment] });
      } else {
        break;
      }
    }
    return steps;
  };

  const locate = (path: readonly PropertyKey[], part: "key" | "value" = "value"): Position => {
    const steps = walk(path);
    const found = steps.length === path.length + 1;
    for (let i = steps.length - 1; i >= 0; i--) {
      const step = steps[i];
      const offset =
        (found && part === "key" && i === steps.length - 1 ? startOf(step?.keyNode) : undefined) ??
        startOf(step?.node) ??
        startOf(step?.keyNode);
      if (offset !== undefined) return positionAt(offset);
    }
    return { line: 1, column: 1 };
  };

  const textOf = (path: readonly PropertyKey[]): string | undefined => {
    const steps = walk(path);
    const node = steps.length === path.length + 1 ? steps[steps.length - 1]?.node : undefined;
    if (!isScalar(node) || !node.range) return undefined;
    return text.slice(node.range[0], node.range[1]);
  };

  const source: YamlSource = { value: undefined, faults: [], locate, textOf };
  const fail = (fault: YamlFault, offset: number, path = pathAt(root, offset)) =>
    source.faults.push({ fault, path, position: positionAt(offset) });

  if (!doc || root === null || root === undefined) {
    fail({ rule: "yaml.empty" }, 0, []);
    return source;
  }
  for (const extra of docs.slice(1)) fail({ rule: "yaml.multipleDocuments" }, extra.range[0], []);
  for (const problem of [...doc.errors, ...doc.warnings]) {
    const [start, end] = problem.pos;
    if (problem.code === "TAG_RESOLVE_FAILED") fail({ rule: "yaml.tag", tag: text.slice(start, end) }, start);
    else fail({ rule: "yaml.syntax", detail: firstLine(problem.message) }, start);
  }
  for (const { key, path, offset } of duplicateKeys(root)) fail({ rule: "yaml.duplicateKey", key }, offset, path);
  // Duplicate keys still leave a readable document: go on, so that the file's other problems show in the same run.
  if (source.faults.some((f) => f.fault.rule !== "yaml.duplicateKey")) return source;
  if (!isMap(root)) {
    fail({ rule: "yaml.notMapping" }, startOf(root) ?? 0, []);
    return source;
  }
  try {
    source.value = doc.toJS({ maxAliasCount });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    fail({ rule: "yaml.aliases", max: maxAliasCount }, startOf(root) ?? 0, []);
  }
  return source;
}

function keyName(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/** Each mapping's entries by key, built on first use: a lookup must not scan the mapping (the last entry wins, as
 * in the value read). */
const entryIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function entryOf(map: YAMLMap, name: string): Pair | undefined {
  let index = entryIndexes.get(map);
  if (index === undefined) {
    index = new Map();
    for (const pair of map.items) index.set(keyName(pair.key), pair);
    entryIndexes.set(map, index);
  }
  return index.get(name);
}

/** Every key written a second time in the same mapping, with the path to it and where it starts; one pass. */
function duplicateKeys(root: unknown): { key: string; path: PropertyKey[]; offset: number }[] {
  const found: { key: string; path: PropertyKey[]; offset: number }[] = [];
  // A stack, not recursion: a deeply nested file must not overflow the call stack.
  const pending: { node: unknown; path: PropertyKey[] }[] = [{ node: root, path: [] }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, path } = next;
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = keyName(pair.key);
        if (isScalar(pair.key) && seen.has(key))
          found.push({ key, path: [...path, key], offset: startOf(pair.key) ?? 0 });
        seen.add(key);
        pending.push({ node: pair.value, path: [...path, key] });
      }
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) pending.push({ node: item, path: [...path, index] });
    }
  }
  return found;
}

function startOf(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}

/** Where each item of a collection starts (its key's start for an entry), kept for the binary search of pathAt. */
const itemStarts = new WeakMap<object, number[]>();

function startsOf(items: readonly unknown[], collection: object): number[] {
  let starts = itemStarts.get(collection);
  if (starts === undefined) {
    let previous = -1;
    starts = items.map((item) => {
      const start = isPair(item) ? (startOf(item.key) ?? startOf(item.value)) : startOf(item);
      previous = start ?? previous;
      return previous;
    });
    itemStarts.set(collection, starts);
  }
  return starts;
}

/** The last index whose start is at or before the offset: entries do not overlap, so only it can hold the offset. */
function lastStartingBy(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? Number.POSITIVE_INFINITY) <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The field path of the innermost entry at an offset; an entry spans its key, any tag, and its value. Each level
 * is a binary search, so locating every fault of a long file stays near linear. */
function pathAt(root: unknown, offset: number): PropertyKey[] {
  const path: PropertyKey[] = [];
  const within = (start: unknown, end: unknown) => {
    const from = startOf(start);
    const to = isNode(end) ? end.range?.[2] : isNode(start) ? start.range?.[2] : undefined;
    return from !== undefined && to !== undefined && from <= offset && offset < to;
  };
  let current = root;
  for (;;) {
    if (isMap(current)) {
      const pair = current.items[lastStartingBy(startsOf(current.items, current), offset)];
      if (!pair || !within(pair.key, pair.value)) return path;
      path.push(keyName(pair.key));
      current = pair.value;
    } else if (isSeq(current)) {
      const index = lastStartingBy(startsOf(current.items, current), offset);
      const item = current.items[index];
      if (!within(item, item)) return path;
      path.push(index);
      current = item;
    } else {
      return path;
    }
  }
}

function firstLine(message: string): string {
  return message.split("\n", 1)[0] ?? message;
}
