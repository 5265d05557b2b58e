import { z } from "zod";
import { pagedAnswer } from "../pagination.js";
import type { Route } from "../router.js";
import type { Shapes } from "../shapes.js";
import type { GithubStore } from "../store.js";
import { intParam, parseBody, repoPath, sortByCreated } from "./params.js";

const createPull = z.object({
  title: z.string().min(1),
  head: z.string().min(1),
  base: z.string().min(1),
  body: z.string().nullable().optional(),
  draft: z.boolean().optional(),
});

const updatePull = z.object({
  title: z.string().optional(),
  body: z.string().nullable().optional(),
  state: z.enum(["open", "closed"]).optional(),
  base: z.string().optional(),
});

const mergePull = z.object({
  commit_title: z.string().optional(),
  commit_message: z.string().optional(),
  sha: z.string().optional(),
  merge_method: z.enum(["merge", "squash", "rebase"]).default("merge"),
});

export function pullRoutes(store: GithubStore, shapes: Shapes): Route[] {
  /** `head` may be `owner:branch`, as GitHub accepts it; only this repository's owner exists here. */
  const branchOf = (head: string) => head.slice(head.indexOf(":") + 1);
  return [
    {
      method: "GET",
      template: `${repoPath}/pulls`,
      handle: ({ query, url }) => {
        const state = query.get("state") ?? "open";
        const head = query.get("head");
        const base = query.get("base");
        const matching = [...store.pulls.values()].filter((pull) => {
          const issue = store.issue(pull.number);
          return (
            (state === "all" || issue.state === state) &&
            (head === null || (head.startsWith(`${store.owner}:`) && pull.head === branchOf(head))) &&
            (base === null || pull.base === base)
          );
        });
        const withTimes = matching.map((pull) => ({ pull, ...store.issue(pull.number) }));
        return pagedAnswer(sortByCreated(withTimes, query, "desc"), query, url, ({ pull }) => shapes.pull(pull));
      },
    },
    {
      method: "POST",
      template: `${repoPath}/pulls`,
      handle: ({ body, login }) => {
        const input = parseBody(createPull, body, "PullRequest");
        const pull = store.createPull({
          title: input.title,
          body: input.body ?? null,
          head: branchOf(input.head),
          base: input.base,
          draft: input.draft ?? false,
          user: login,
        });
        return { status: 201, body: shapes.pull(pull) };
      },
    },
    {
      method: "GET",
      template: `${repoPath}/pulls/{pull_number}`,
      handle: ({ params }) => ({ status: 200, body: shapes.pull(store.pull(intParam(params, "pull_number"))) }),
    },
    {
      method: "PATCH",
      template: `${repoPath}/pulls/{pull_number}`,
      handle: ({ params, body }) => {
        const pull = store.pull(intParam(params, "pull_number"));
        const input = parseBody(updatePull, body, "PullRequest");
        if (input.base !== undefined) pull.base = input.base;
        if (input.state === "closed") store.headSha(pull);
        store.updateIssue(pull.number, { title: input.title, body: input.body, state: input.state });
        return { status: 200, body: shapes.pull(pull) };
      },
    },
    {
      method: "PUT",
      template: `${repoPath}/pulls/{pull_number}/merge`,
      handle: ({ params, body, login }) => {
        const input = parseBody(mergePull, body, "PullRequest");
        const commit = store.mergePull(intParam(params, "pull_number"), {
          method: input.merge_method,
          user: login,
          sha: input.sha,
          title: input.commit_title,
          message: input.commit_message,
        });
        return { status: 200, body: { sha: commit.sha, merged: true, message: "Pull Request successfully merged" } };
      },
    },
    {
      method: "GET",
      template: `${repoPath}/pulls/{pull_number}/files`,
      handle: ({ params, query, url }) => {
        const pull = store.pull(intParam(params, "pull_number"));
        const headSha = store.headSha(pull);
        return pagedAnswer(store.pullFiles(pull), query, url, (file) => shapes.pullFile(file, headSha));
      },
    },
  ];
}
