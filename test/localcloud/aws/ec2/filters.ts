import { AwsError } from "../types.js";
import type { Filter } from "./input.js";

/** EC2 filter values match whole strings, with `*` and `?` as wildcards. */
export function valueMatcher(values: readonly string[]): (candidate: string | undefined) => boolean {
  const exact = new Set(values.filter((value) => !/[*?]/.test(value)));
  const patterns = values
    .filter((value) => /[*?]/.test(value))
    .map(
      (value) =>
        new RegExp(
          `^${value
            .replace(/[.+^${}()|[\]\\]/g, "\\$&")
            .replaceAll("*", ".*")
            .replaceAll("?", ".")}$`,
          "s",
        ),
    );
  return (candidate) =>
    candidate !== undefined && (exact.has(candidate) || patterns.some((pattern) => pattern.test(candidate)));
}

export function hasWildcard(values: readonly string[]): boolean {
  return values.some((value) => /[*?]/.test(value));
}

/** A resource's filterable fields by filter name (besides the tag filters every resource has). */
export type FilterFields<T> = Readonly<Record<string, (resource: T) => readonly (string | undefined)[]>>;

/** Builds one predicate from all filters (AND across filters, OR across a filter's values), refusing unknown names. */
export function filterPredicate<T extends { tags: Record<string, string> }>(
  filters: readonly Filter[],
  fields: FilterFields<T>,
): (resource: T) => boolean {
  const tests = filters.map((filter) => {
    const matches = valueMatcher(filter.Value);
    if (filter.Name.startsWith("tag:")) {
      const key = filter.Name.slice(4);
      return (resource: T) => matches(resource.tags[key]);
    }
    if (filter.Name === "tag-key") return (resource: T) => Object.keys(resource.tags).some(matches);
    if (filter.Name === "tag-value") return (resource: T) => Object.values(resource.tags).some(matches);
    const read = Object.hasOwn(fields, filter.Name) ? fields[filter.Name] : undefined;
    if (read === undefined) throw new AwsError("InvalidParameterValue", `The filter '${filter.Name}' is invalid`);
    return (resource: T) => read(resource).some(matches);
  });
  return (resource) => tests.every((test) => test(resource));
}
