import { z } from "zod";
import { notFound, validationFailed } from "../errors.js";
import { refuseLongBody } from "./body-limit.js";

/** The repository prefix of every route this server answers. */
export const repoPath = "/repos/{owner}/{repo}";

/** A path number (issue, comment): anything else is a route GitHub does not have, so 404. */
export function intParam(params: Record<string, string>, name: string): number {
  const value = Number(params[name]);
  if (!Number.isSafeInteger(value) || value < 1) throw notFound();
  return value;
}

/** Parses a request body; a wrong body, or a `body` text over GitHub's limit, is GitHub's 422 naming the field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, resource: string): z.output<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) {
    // Issues, pull requests and comments keep their text in `body`, which GitHub caps.
    const text = valueAt(result.data, ["body"]);
    if (typeof text === "string") refuseLongBody(text, resource);
    return result.data;
  }
  const path = result.error.issues[0]?.path ?? [];
  const missing = valueAt(body, path) === undefined;
  throw validationFailed({ resource, field: path.join("."), code: missing ? "missing_field" : "invalid" });
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = new Map(Object.entries(current)).get(String(key));
  }
  return current;
}

/** Sorts by created (or updated) time in the asked or default direction, as GitHub's list endpoints do. */
export function sortByCreated<T extends { createdAt: string; updatedAt: string; id: number }>(
  items: T[],
  query: URLSearchParams,
  defaultDirection: "asc" | "desc",
): T[] {
  const key = query.get("sort") === "updated" ? "updatedAt" : "createdAt";
  const direction = query.get("direction") ?? defaultDirection;
  const sign = direction === "asc" ? 1 : -1;
  // Times have whole seconds; creation order breaks ties, as GitHub's ids do.
  return [...items].sort((a, b) => (a[key] < b[key] ? -sign : a[key] > b[key] ? sign : (a.id - b.id) * sign));
}

/** Label lists arrive as names or as `{ name }` objects. */
export const labelNames = z
  .array(z.union([z.string(), z.strictObject({ name: z.string() })]))
  .transform((labels) => labels.map((l) => (typeof l === "string" ? l : l.name)));
