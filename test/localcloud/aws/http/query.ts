/**
 * The EC2 Query protocol's parameters, unflattened: `Filter.1.Value.2=x` becomes `{ Filter: [{ Value: [, "x"] }] }`
 * (lists are 1-based on the wire and compacted here). Operations validate the result with their own schemas.
 */
export type QueryValue = string | QueryObject | QueryValue[];
export interface QueryObject {
  [key: string]: QueryValue;
}

const listIndex = /^[1-9]\d{0,4}$/;

export function parseQuery(params: URLSearchParams): QueryObject {
  const root: QueryObject = {};
  for (const [key, value] of params) {
    const path = key.split(".");
    // Action and Version select the operation; __proto__ would reach the object's prototype.
    if (key === "Action" || key === "Version" || path.includes("__proto__")) continue;
    assign(root, path, value);
  }
  return compact(root);
}

type Container = QueryObject | QueryValue[];

function assign(root: QueryObject, path: string[], value: string): void {
  let container: Container = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] ?? "";
    const last = i === path.length - 1;
    const nextIsIndex = !last && listIndex.test(path[i + 1] ?? "");
    const slot = Array.isArray(container) ? Number(segment) - 1 : segment;
    const existing: QueryValue | undefined = readSlot(container, slot);
    if (last) {
      writeSlot(container, slot, value);
      return;
    }
    if (existing !== undefined && typeof existing !== "string" && Array.isArray(existing) === nextIsIndex) {
      container = existing;
      continue;
    }
    const created: Container = nextIsIndex ? [] : {};
    writeSlot(container, slot, created);
    container = created;
  }
}

function readSlot(container: Container, slot: string | number): QueryValue | undefined {
  if (Array.isArray(container)) return typeof slot === "number" ? container[slot] : undefined;
  return typeof slot === "string" && Object.hasOwn(container, slot) ? container[slot] : undefined;
}

function writeSlot(container: Container, slot: string | number, value: QueryValue): void {
  if (Array.isArray(container)) {
    if (typeof slot === "number" && slot >= 0) container[slot] = value;
  } else if (typeof slot === "string") {
    container[slot] = value;
  }
}

function compact(value: QueryObject): QueryObject;
function compact(value: QueryValue): QueryValue;
function compact(value: QueryValue): QueryValue {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map((item) => compact(item));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compact(item)]));
}
