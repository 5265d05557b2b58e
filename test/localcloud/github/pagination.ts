import { validationFailed } from "./errors.js";
import type { RouteAnswer } from "./router.js";

/** GitHub's list paging: `per_page` (default 30, at most 100) and `page`, with a Link header to the others. */
export function paginate<T>(items: readonly T[], query: URLSearchParams, url: URL): { page: T[]; link?: string } {
  const perPage = Math.min(positiveInt(query.get("per_page"), 30, "per_page"), 100);
  const page = positiveInt(query.get("page"), 1, "page");
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const rels: string[] = [];
  const to = (n: number, rel: string) => {
    const target = new URL(url);
    target.search = query.toString();
    target.searchParams.set("per_page", String(perPage));
    target.searchParams.set("page", String(n));
    rels.push(`<${target.toString()}>; rel="${rel}"`);
  };
  if (page > 1) to(page - 1, "prev");
  if (page < last) to(page + 1, "next");
  if (page < last) to(last, "last");
  if (page > 1) to(1, "first");
  return rels.length === 0 ? { page: slice } : { page: slice, link: rels.join(", ") };
}

function positiveInt(text: string | null, fallback: number, field: string): number {
  if (text === null || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw validationFailed({ resource: "Search", field, code: "invalid" });
  return value;
}

/** A 200 answer with one page of rendered items and its Link header. */
export function pagedAnswer<T>(
  items: readonly T[],
  query: URLSearchParams,
  url: URL,
  render: (item: T) => unknown,
): RouteAnswer {
  const { page, link } = paginate(items, query, url);
  return { status: 200, body: page.map(render), ...(link === undefined ? {} : { headers: { link } }) };
}
