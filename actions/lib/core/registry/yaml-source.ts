import { isMap, isNode, isScalar, isSeq, LineCounter, parseAllDocuments } from "yaml";

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
    uniqueKeys: true,
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
        const pair = current.items.findLast((p) => keyName(p.key) === String(segment));
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
  const startOf = (node: unknown): number | undefined => (isNode(node) ? node.range?.[0] : undefined);

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
    if (problem.code === "DUPLICATE_KEY")
      fail({ rule: "yaml.duplicateKey", key: String(pathAt(root, start).at(-1)) }, start);
    else if (problem.code === "TAG_RESOLVE_FAILED") fail({ rule: "yaml.tag", tag: text.slice(start, end) }, start);
    else fail({ rule: "yaml.syntax", detail: firstLine(problem.message) }, start);
  }
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

/** The field path of the innermost entry at an offset; an entry spans its key, any tag, and its value. */
function pathAt(root: unknown, offset: number): PropertyKey[] {
  const path: PropertyKey[] = [];
  const within = (start: unknown, end: unknown) => {
    const from = isNode(start) ? start.range?.[0] : undefined;
    const to = isNode(end) ? end.range?.[2] : isNode(start) ? start.range?.[2] : undefined;
    return from !== undefined && to !== undefined && from <= offset && offset < to;
  };
  let current = root;
  for (;;) {
    if (isMap(current)) {
      const pair = current.items.find((p) => within(p.key, p.value));
      if (!pair) return path;
      path.push(keyName(pair.key));
      current = pair.value;
    } else if (isSeq(current)) {
      const index = current.items.findIndex((item) => within(item, item));
      if (index < 0) return path;
      path.push(index);
      current = current.items[index];
    } else {
      return path;
    }
  }
}

function firstLine(message: string): string {
  return message.split("\n", 1)[0] ?? message;
}
