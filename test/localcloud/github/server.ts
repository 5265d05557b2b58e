import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { z } from "zod";
import { GithubError, notFound } from "./errors.js";
import { type FailurePlan, Faults } from "./faults.js";
import { type Route, type RouteAnswer, Router } from "./router.js";
import { commentRoutes } from "./routes/comments.js";
import { contentRoutes } from "./routes/contents.js";
import { gitRoutes } from "./routes/git.js";
import { issueRoutes } from "./routes/issues.js";
import { labelRoutes } from "./routes/labels.js";
import { pullRoutes } from "./routes/pulls.js";
import { repositoryRoutes } from "./routes/repository.js";
import { settingsRoutes } from "./routes/settings.js";
import { Shapes } from "./shapes.js";
import { botLogin, GithubStore } from "./store.js";

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
  /** The route's template (`GET /repos/{owner}/{repo}/issues`), when one matched. */
  route?: string;
}

export interface GithubServerOptions {
  port?: number;
  owner?: string;
  repo?: string;
}

export interface GithubServerHandle {
  url: string;
  /** A token of the `github-actions[bot]` user, as GITHUB_TOKEN is on a runner. */
  token: string;
  owner: string;
  repo: string;
  /** The default repository's state. */
  store: GithubStore;
  requests: RecordedRequest[];
  /** The state of any repository, created empty on first use. */
  repository(owner: string, repo: string): GithubStore;
  /** Commits the files to the repository's default branch (creating the repository) and returns the commit sha. */
  seedRepository(seed: { owner: string; repo: string; files: Record<string, string>; message?: string }): string;
  /** Makes requests that carry `token` act as `login` (a person opening an issue, say). */
  addToken(token: string, login: string): void;
  failNext(plan: FailurePlan): void;
  /** Requests per route template, e.g. `{ "POST /repos/{owner}/{repo}/issues": 2 }`. */
  counts(): Record<string, number>;
  close(): Promise<void>;
}

/** The routes every repository answers, for a store and its shapes; the contract test walks this list. */
export function repositoryRouteList(store: GithubStore, shapes: Shapes): Route[] {
  return [
    ...repositoryRoutes(shapes),
    ...issueRoutes(store, shapes),
    ...commentRoutes(store, shapes),
    ...labelRoutes(store, shapes),
    ...pullRoutes(store, shapes),
    ...gitRoutes(store, shapes),
    ...contentRoutes(store, shapes),
    ...settingsRoutes(store),
  ];
}

const failBody = z.object({
  status: z.union([z.literal(403), z.literal(429), z.literal(500), z.literal(502), z.literal(503)]),
  count: z.number().int().positive().optional(),
  retryAfter: z.number().int().nonnegative().optional(),
});

const rateLimit = 5000;

/** A local GitHub REST API on 127.0.0.1 for the operations the toolkit uses. */
export async function startGithubServer(options: GithubServerOptions = {}): Promise<GithubServerHandle> {
  const owner = options.owner ?? "orca-clinic-ops";
  const repo = options.repo ?? "fleet";
  const token = `ghs_${randomBytes(18).toString("hex")}`;
  const tokens = new Map([[token, botLogin]]);
  const faults = new Faults();
  const requests: RecordedRequest[] = [];
  const repositories = new Map<string, { store: GithubStore; router: Router }>();
  let url = "";
  let used = 0;

  const repository = (o: string, r: string) => {
    const key = `${o}/${r}`.toLowerCase();
    let entry = repositories.get(key);
    if (entry === undefined) {
      const store = new GithubStore(o, r);
      entry = { store, router: new Router(repositoryRouteList(store, new Shapes(store, url, url))) };
      repositories.set(key, entry);
    }
    return entry;
  };

  const answer = async (req: IncomingMessage, target: URL, matched: { route?: string }): Promise<RouteAnswer> => {
    if (target.pathname.startsWith("/_localcloud/")) return admin(req, target);
    const login = tokens.get(/^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? "");
    if (login === undefined) throw new GithubError(401, "Bad credentials");
    used += 1;
    const parts = /^\/repos\/([^/]+)\/([^/]+)(?:\/|$)/.exec(target.pathname);
    if (parts === null) throw notFound();
    const owner = decodeURIComponent(parts[1] ?? "");
    const name = decodeURIComponent(parts[2] ?? "");
    const key = `${owner}/${name}`.toLowerCase();
    const entry = repositories.get(key);
    if (entry === undefined) throw notFound();
    const { route, params } = entry.router.match(req.method ?? "GET", target.pathname);
    matched.route = `${route.method} ${route.template}`;
    const fault = faults.next();
    if (fault !== undefined) throw fault;
    const body = await readJson(req);
    const result = await route.handle({
      params,
      query: target.searchParams,
      body,
      login,
      url: new URL(target.pathname, url),
    });
    return result;
  };

  const admin = async (req: IncomingMessage, target: URL) => {
    if (req.method === "GET" && target.pathname === "/_localcloud/requests")
      return { status: 200, body: handle.counts() };
    if (req.method === "POST" && target.pathname === "/_localcloud/fail") {
      const plan = failBody.safeParse(await readJson(req));
      if (!plan.success) throw new GithubError(400, `expected { status: 403|429|500|502|503, count?, retryAfter? }`);
      faults.plan(plan.data);
      return { status: 204 };
    }
    // Counts come from the recorded requests, so zeroing them is emptying the record (and the rate-limit use);
    // a reset also drops the failures still planned. Repositories' contents stay.
    const reset = req.method === "POST" && target.pathname === "/_localcloud/reset";
    if (reset || (req.method === "DELETE" && target.pathname === "/_localcloud/requests")) {
      requests.length = 0;
      used = 0;
      if (reset) faults.clear();
      return { status: 204 };
    }
    throw notFound();
  };

  const server = createServer((req, res) => {
    const target = new URL(req.url ?? "/", url);
    const matched: { route?: string } = {};
    answer(req, target, matched).then(
      (result) => send(res, req, target, result, matched.route),
      (error: unknown) => {
        const failure = error instanceof GithubError ? error : new GithubError(500, String(error));
        const result = { status: failure.status, body: failure.body(), headers: failure.headers };
        send(res, req, target, result, matched.route);
      },
    );
  });

  const send = (
    res: ServerResponse,
    req: IncomingMessage,
    target: URL,
    result: RouteAnswer,
    route: string | undefined,
  ) => {
    const reset = Math.ceil(Date.now() / 3_600_000) * 3600;
    res.writeHead(result.status, {
      "content-type": "application/json; charset=utf-8",
      "x-github-media-type": "github.v3; format=json",
      "x-github-api-version-selected": "2022-11-28",
      "x-ratelimit-limit": String(rateLimit),
      "x-ratelimit-remaining": String(Math.max(0, rateLimit - used)),
      "x-ratelimit-reset": String(reset),
      "x-ratelimit-used": String(used),
      "x-ratelimit-resource": "core",
      ...result.headers,
    });
    res.end(result.body === undefined ? undefined : JSON.stringify(result.body));
    if (!target.pathname.startsWith("/_localcloud/")) {
      requests.push({
        method: req.method ?? "GET",
        path: target.pathname,
        status: result.status,
        ...(route === undefined ? {} : { route }),
      });
    }
  };

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the GitHub server has no TCP address");
  url = `http://127.0.0.1:${address.port}`;

  const handle: GithubServerHandle = {
    url,
    token,
    owner,
    repo,
    store: repository(owner, repo).store,
    requests,
    repository: (o, r) => repository(o, r).store,
    seedRepository: ({ owner: o, repo: r, files, message }) => {
      const store = repository(o, r).store;
      const changes = Object.entries(files).map(([path, content]) => ({ path, content }));
      return store.commitChanges(store.defaultBranch, message ?? "Seed the repository", changes).sha;
    },
    addToken: (t, login) => {
      tokens.set(t, login);
    },
    failNext: (plan) => faults.plan(plan),
    counts: () => {
      const counts: Record<string, number> = {};
      for (const r of requests) {
        const key = r.route ?? `${r.method} ${r.path}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return handle;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new GithubError(400, "Problems parsing JSON");
  }
}
