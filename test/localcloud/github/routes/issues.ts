import { z } from "zod";
import { pagedAnswer } from "../pagination.js";
import type { Route } from "../router.js";
import type { Shapes } from "../shapes.js";
import type { GithubStore } from "../store.js";
import { intParam, labelNames, parseBody, repoPath, sortByCreated } from "./params.js";

const createIssue = z.object({
  title: z.union([z.string().min(1), z.number().transform(String)]),
  body: z.string().nullable().optional(),
  labels: labelNames.optional(),
  assignees: z.array(z.string()).optional(),
});

const updateIssue = z.object({
  title: z.string().optional(),
  body: z.string().nullable().optional(),
  state: z.enum(["open", "closed"]).optional(),
  state_reason: z.enum(["completed", "not_planned", "reopened"]).nullable().optional(),
  labels: labelNames.optional(),
  assignees: z.array(z.string()).optional(),
});

export function issueRoutes(store: GithubStore, shapes: Shapes): Route[] {
  return [
    {
      method: "GET",
      template: `${repoPath}/issues`,
      handle: ({ query, url }) => {
        const state = query.get("state") ?? "open";
        const labels = (query.get("labels") ?? "").split(",").filter((l) => l !== "");
        const creator = query.get("creator");
        const matching = [...store.issues.values()].filter(
          (issue) =>
            (state === "all" || issue.state === state) &&
            (creator === null || issue.user === creator) &&
            labels.every((name) => issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())),
        );
        return pagedAnswer(sortByCreated(matching, query, "desc"), query, url, (issue) => shapes.issue(issue));
      },
    },
    {
      method: "POST",
      template: `${repoPath}/issues`,
      handle: ({ body, login }) => {
        const input = parseBody(createIssue, body, "Issue");
        const issue = store.createIssue({
          title: input.title,
          body: input.body ?? null,
          labels: input.labels ?? [],
          assignees: input.assignees ?? [],
          user: login,
        });
        return { status: 201, body: shapes.issue(issue) };
      },
    },
    {
      method: "GET",
      template: `${repoPath}/issues/{issue_number}`,
      handle: ({ params }) => ({ status: 200, body: shapes.issue(store.issue(intParam(params, "issue_number"))) }),
    },
    {
      method: "PATCH",
      template: `${repoPath}/issues/{issue_number}`,
      handle: ({ params, body }) => {
        const number = intParam(params, "issue_number");
        store.issue(number);
        const input = parseBody(updateIssue, body, "Issue");
        const issue = store.updateIssue(number, {
          title: input.title,
          body: input.body,
          state: input.state,
          stateReason: input.state_reason,
          labels: input.labels,
          assignees: input.assignees,
        });
        return { status: 200, body: shapes.issue(issue) };
      },
    },
  ];
}
