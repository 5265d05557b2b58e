import { createServer, type IncomingMessage } from "node:http";
import { answerGithubAdmin, githubAdminRoutes } from "./admin.js";
import { GithubError, notFound } from "./errors.js";
import { type FailurePlan, Faults, type LostAnswerPlan } from "./faults.js";
import { errorAnswer, readJson, sendAnswer } from "./http.js";
import { Repositories } from "./repositories.js";
import { type RecordedRequest, RequestLog } from "./request-log.js";
import type { RouteAnswer } from "./router.js";
import { botLogin, type GithubStore } from "./store.js";
import { Tokens } from "./tokens.js";

export { repositoryRouteList } from "./repositories.js";
export type { RecordedRequest } from "./request-log.js";

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
  /** Carries out the next requests (of one route template, or any), then answers them with a server error. */
  loseNextAnswers(plan: LostAnswerPlan): void;
  /** Requests per route template, e.g. `{ "POST /repos/{owner}/{repo}/issues": 2 }`. */
  counts(): Record<string, number>;
  close(): Promise<void>;
}

const adminPrefix = "/_localcloud";

/** A local GitHub REST API on 127.0.0.1 for the operations the toolkit uses. */
export async function startGithubServer(options: GithubServerOptions = {}): Promise<GithubServerHandle> {
  const owner = options.owner ?? "orca-clinic-ops";
  const repo = options.repo ?? "fleet";
  const token = Tokens.mint("ghs");
  const tokens = new Tokens();
  tokens.add(token, botLogin);
  const faults = new Faults();
  const log = new RequestLog();
  let url = "";
  const repositories = new Repositories(() => url);
  const admin = githubAdminRoutes({ faults, log, tokens, repositories, owner, repo });

  /** A repository route's answer; `matched.route` is set once a route matched, for the request record. */
  const answer = async (req: IncomingMessage, target: URL, matched: { route?: string }): Promise<RouteAnswer> => {
    const login = tokens.loginOf(req.headers.authorization);
    if (login === undefined) throw new GithubError(401, "Bad credentials");
    log.charge();
    const parts = /^\/repos\/([^/]+)\/([^/]+)(?:\/|$)/.exec(target.pathname);
    const entry = parts && repositories.find(decodeURIComponent(parts[1] ?? ""), decodeURIComponent(parts[2] ?? ""));
    if (!entry) throw notFound();
    const { route, params } = entry.router.match(req.method ?? "GET", target.pathname);
    matched.route = `${route.method} ${route.template}`;
    const fault = faults.next(matched.route);
    if (fault !== undefined) throw fault;
    const body = await readJson(req);
    const result = await route.handle({
      params,
      query: target.searchParams,
      body,
      login,
      url: new URL(target.pathname, url),
    });
    // A lost answer: what the route did stays done, but the client hears only a server error.
    const lost = result.status < 400 ? faults.lostAnswer(matched.route) : undefined;
    if (lost !== undefined) throw lost;
    return result;
  };

  const server = createServer((req, res) => {
    const target = new URL(req.url ?? "/", url);
    const method = req.method ?? "GET";
    if (target.pathname === adminPrefix || target.pathname.startsWith(`${adminPrefix}/`)) {
      const path = target.pathname === adminPrefix ? `${adminPrefix}/` : target.pathname;
      readJson(req)
        .then((body) => answerGithubAdmin(admin, method, path, body))
        .then(
          (result) => sendAnswer(res, result, {}),
          (error: unknown) => sendAnswer(res, errorAnswer(error), {}),
        );
      return;
    }
    const matched: { route?: string } = {};
    answer(req, target, matched)
      .catch(errorAnswer)
      .then((result) => {
        sendAnswer(res, result, log.rateLimitHeaders(Date.now()));
        log.record({
          method,
          path: target.pathname,
          status: result.status,
          ...(matched.route === undefined ? {} : { route: matched.route }),
        });
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the GitHub server has no TCP address");
  url = `http://127.0.0.1:${address.port}`;

  return {
    url,
    token,
    owner,
    repo,
    store: repositories.open(owner, repo).store,
    requests: log.requests,
    repository: (o, r) => repositories.open(o, r).store,
    seedRepository: (seed) => repositories.seed(seed),
    addToken: (t, login) => tokens.add(t, login),
    failNext: (plan) => faults.plan(plan),
    loseNextAnswers: (plan) => faults.loseAnswers(plan),
    counts: () => log.counts(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
