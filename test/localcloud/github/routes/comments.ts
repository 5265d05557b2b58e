import { z } from "zod";
import { pagedAnswer } from "../pagination.js";
import type { Route } from "../router.js";
import type { Shapes } from "../shapes.js";
import type { GithubStore } from "../store.js";
import { intParam, parseBody, repoPath, sortByCreated } from "./params.js";

const commentBody = z.object({ body: z.string().min(1) });

export function commentRoutes(store: GithubStore, shapes: Shapes): Route[] {
  return [
    {
      method: "GET",
      template: `${repoPath}/issues/{issue_number}/comments`,
      handle: ({ params, query, url }) => {
        const comments = store.commentsOn(store.issue(intParam(params, "issue_number")).number);
        const since = query.get("since");
        const recent = since === null ? comments : comments.filter((c) => c.updatedAt >= since);
        const sorted = sortByCreated(recent, new URLSearchParams(), "asc");
        return pagedAnswer(sorted, query, url, (c) => shapes.comment(c));
      },
    },
    {
      method: "POST",
      template: `${repoPath}/issues/{issue_number}/comments`,
      handle: ({ params, body, login }) => {
        const number = store.issue(intParam(params, "issue_number")).number;
        const input = parseBody(commentBody, body, "IssueComment");
        return { status: 201, body: shapes.comment(store.createComment(number, input.body, login)) };
      },
    },
    {
      method: "GET",
      template: `${repoPath}/issues/comments/{comment_id}`,
      handle: ({ params }) => ({ status: 200, body: shapes.comment(store.comment(intParam(params, "comment_id"))) }),
    },
    {
      method: "PATCH",
      template: `${repoPath}/issues/comments/{comment_id}`,
      handle: ({ params, body }) => {
        const id = store.comment(intParam(params, "comment_id")).id;
        const input = parseBody(commentBody, body, "IssueComment");
        return { status: 200, body: shapes.comment(store.updateComment(id, input.body)) };
      },
    },
  ];
}
