import { z } from "zod";
import { GithubError } from "./errors.js";
import type { Faults } from "./faults.js";
import type { Repositories } from "./repositories.js";
import type { RequestLog } from "./request-log.js";
import type { RouteAnswer } from "./router.js";
import type { AuthorAssociation } from "./store.js";
import { Tokens } from "./tokens.js";

/** What the admin interface steers; the repository it names by default is the server's own. */
export interface GithubAdminParts {
  faults: Faults;
  log: RequestLog;
  tokens: Tokens;
  repositories: Repositories;
  owner: string;
  repo: string;
}

const routeTemplate = z
  .string()
  .regex(/^(GET|POST|PATCH|PUT|DELETE) \//, "a route template such as POST /repos/{owner}/{repo}/issues");

const failBody = z.strictObject({
  status: z.union([z.literal(403), z.literal(429), z.literal(500), z.literal(502), z.literal(503)]),
  count: z.number().int().positive().optional(),
  retryAfter: z.number().int().nonnegative().optional(),
  reason: z.enum(["rate-limit", "permission"]).optional(),
  route: routeTemplate.optional(),
});

const lostAnswersBody = z.strictObject({
  route: routeTemplate.optional(),
  count: z.number().int().positive().optional(),
  status: z.union([z.literal(500), z.literal(502), z.literal(503)]).optional(),
});

const associations = ["OWNER", "MEMBER", "COLLABORATOR", "CONTRIBUTOR", "NONE"] as const satisfies AuthorAssociation[];

const userBody = z.strictObject({
  login: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, "a GitHub login: letters, digits and hyphens"),
  association: z.enum(associations),
  /** The token the user's requests carry; a new `ghp_` token when left out. */
  token: z
    .string()
    .regex(/^\S{8,}$/, "at least 8 characters without spaces")
    .optional(),
  type: z.enum(["User", "Bot"]).default("User"),
  /** `owner/repo` whose issues and comments show the association; the server's own repository when left out. */
  repository: z
    .string()
    .regex(/^[^/\s]+\/[^/\s]+$/, "owner/repo")
    .optional(),
});

interface AdminRoute {
  method: "GET" | "POST" | "DELETE";
  path: string;
  /** What the route does, as GET /_localcloud/ lists it. */
  does: string;
  handle(body: unknown): RouteAnswer;
}

/** The admin interface under /_localcloud/ (no token): counts, planned failures and lost answers, users, reset. */
export function githubAdminRoutes(parts: GithubAdminParts): AdminRoute[] {
  const { faults, log, tokens, repositories } = parts;
  const routes: AdminRoute[] = [
    {
      method: "GET",
      path: "/_localcloud/",
      does: "lists these routes",
      handle: () => ({
        status: 200,
        body: { routes: routes.map(({ method, path, does }) => ({ method, path, does })) },
      }),
    },
    {
      method: "GET",
      path: "/_localcloud/requests",
      does: "requests received per route template",
      handle: () => ({ status: 200, body: log.counts() }),
    },
    {
      method: "DELETE",
      path: "/_localcloud/requests",
      does: "zeroes the request counts and the rate-limit use",
      handle: () => {
        log.clear();
        return { status: 204 };
      },
    },
    {
      method: "POST",
      path: "/_localcloud/fail",
      does: "fails the next requests (of one route, or any): { status: 403|429|500|502|503, count?, retryAfter?, reason?: rate-limit|permission, route? }",
      handle: (body) => {
        faults.plan(
          parse(
            failBody,
            body,
            "{ status: 403|429|500|502|503, count?, retryAfter?, reason?: 'rate-limit'|'permission', route?: 'PATCH /repos/…' }",
          ),
        );
        return { status: 204 };
      },
    },
    {
      method: "POST",
      path: "/_localcloud/lost-answers",
      does: "carries out the next requests (of one route, or any), then answers 500: { route?, count?, status? }",
      handle: (body) => {
        faults.loseAnswers(
          parse(lostAnswersBody, body ?? {}, "{ route?: 'POST /repos/…', count?, status?: 500|502|503 }"),
        );
        return { status: 204 };
      },
    },
    {
      method: "POST",
      path: "/_localcloud/users",
      does: "adds a user with an author association and a token: { login, association, token?, type?, repository? }",
      handle: (body) => {
        const user = parse(
          userBody,
          body,
          "{ login, association: OWNER|MEMBER|COLLABORATOR|CONTRIBUTOR|NONE, token? }",
        );
        const [owner = parts.owner, repo = parts.repo] = user.repository?.split("/") ?? [];
        const record = repositories.open(owner, repo).store.putUser(user.login, user.type, user.association);
        const token = user.token ?? Tokens.mint("ghp");
        tokens.add(token, record.login);
        return {
          status: 201,
          body: {
            login: record.login,
            type: record.type,
            association: record.association,
            token,
            repository: `${owner}/${repo}`,
          },
        };
      },
    },
    {
      method: "POST",
      path: "/_localcloud/reset",
      does: "zeroes the counts and drops the failures and lost answers still planned; repositories stay",
      handle: () => {
        log.clear();
        faults.clear();
        return { status: 204 };
      },
    },
  ];
  return routes;
}

/** Answers an admin request, or a 404 that lists the admin routes. */
export function answerGithubAdmin(routes: AdminRoute[], method: string, path: string, body: unknown): RouteAnswer {
  const route = routes.find((r) => r.method === method && r.path === path);
  if (route === undefined) {
    const known = routes.map((r) => `${r.method} ${r.path}`).join(", ");
    throw new GithubError(404, `No admin route ${method} ${path}; the admin routes are ${known}`);
  }
  return route.handle(body);
}

function parse<S extends z.ZodType>(schema: S, body: unknown, expected: string): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new GithubError(400, `expected ${expected}: ${z.prettifyError(parsed.error)}`);
}
