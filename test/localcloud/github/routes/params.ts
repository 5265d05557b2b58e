import { z } from "zod";
import { notFound, validationFailed } from "../errors.js";

/** The repository prefix of every route this server answers. */
export const repoPath = "/repos/{owner}/{repo}";

/** A path number (issue, comment): anything else is a route GitHub does not have, so 404. */
export function intParam(params: Record<string, string>, name: string): number {
  const value = Number(params[name]);
  if (!Number.isSafeInteger(value) || value < 1) throw notFound();
  return value;
}

/** Parses a request body; a wrong body is GitHub's 422 Validation Failed naming the field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, resource: string): z.output<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join(".") ?? "";
  const missing = issue?.code === "invalid_type" && issue.input === undefined;
  throw validationFailed({ resource, field, code: missing ? "missing_field" : "invalid" });
}

/** Sorts by created time, newest first unless asked otherwise, as GitHub's list endpoints do. */
export function sortByCreated<T extends { createdAt: string; updatedAt: string }>(
  items: T[],
  query: URLSearchParams,
  defaultDirection: "asc" | "desc",
): T[] {
  const key = query.get("sort") === "updated" ? "updatedAt" : "createdAt";
  const direction = query.get("direction") ?? defaultDirection;
  const sign = direction === "asc" ? 1 : -1;
  return [...items].sort((a, b) => (a[key] < b[key] ? -sign : a[key] > b[key] ? sign : 0));
}

/** Label lists arrive as names or as `{ name }` objects. */
export const labelNames = z
  .array(z.union([z.string(), z.strictObject({ name: z.string() })]))
  .transform((labels) => labels.map((l) => (typeof l === "string" ? l : l.name)));
