import { notFound } from "./errors.js";

export interface RouteRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** The login of the user the token belongs to. */
  login: string;
  /** The request's URL without the query, for building pagination links. */
  url: URL;
}

export interface RouteAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** GitHub's path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}`; `{ref*}` spans slashes. */
  template: string;
  handle(request: RouteRequest): RouteAnswer | Promise<RouteAnswer>;
}

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

/** Matches a method and path to a route, decoding the path's parameters. */
export class Router {
  private readonly compiled: CompiledRoute[];

  constructor(readonly routes: readonly Route[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      const source = route.template.replace(/\{(\w+)(\*?)\}/g, (_m, name: string, rest: string) => {
        names.push(name);
        return rest === "*" ? "(.+)" : "([^/]+)";
      });
      return { route, pattern: new RegExp(`^${source}$`), names };
    });
  }

  match(method: string, path: string): { route: Route; params: Record<string, string> } {
    for (const { route, pattern, names } of this.compiled) {
      const found = pattern.exec(path);
      if (found === null) continue;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      names.forEach((name, i) => {
        params[name] = decodeURIComponent(found[i + 1] ?? "");
      });
      return { route, params };
    }
    // GitHub answers an unknown route, and a known path with another method, with 404.
    throw notFound();
  }
}
