import { z } from "zod";
import { notFound } from "../errors.js";
import { pagedAnswer } from "../pagination.js";
import type { Route } from "../router.js";
import type { Shapes } from "../shapes.js";
import type { GithubStore } from "../store.js";
import { intParam, labelNames, parseBody, repoPath } from "./params.js";

/** `POST/PUT .../labels` take `{ labels: [...] }` or a bare array of names. */
const labelsBody = z.union([z.object({ labels: labelNames }), labelNames.transform((labels) => ({ labels }))]);

const createLabel = z.object({
  name: z.string().min(1),
  color: z
    .string()
    .regex(/^#?[0-9a-fA-F]{6}$/)
    .transform((c) => c.replace(/^#/, ""))
    .optional(),
  description: z.string().nullable().optional(),
});

export function labelRoutes(store: GithubStore, shapes: Shapes): Route[] {
  const list = (number: number) => store.labelsOn(number).map((l) => shapes.label(l));
  return [
    {
      method: "GET",
      template: `${repoPath}/labels`,
      handle: ({ query, url }) => {
        return pagedAnswer([...store.labels.values()], query, url, (l) => shapes.label(l));
      },
    },
    {
      method: "POST",
      template: `${repoPath}/labels`,
      handle: ({ body }) => {
        const input = parseBody(createLabel, body, "Label");
        return { status: 201, body: shapes.label(store.createLabel(input.name, input.color, input.description)) };
      },
    },
    {
      method: "GET",
      template: `${repoPath}/labels/{name}`,
      handle: ({ params }) => {
        const label = store.findLabel(params.name ?? "");
        if (label === undefined) throw notFound();
        return { status: 200, body: shapes.label(label) };
      },
    },
    {
      method: "GET",
      template: `${repoPath}/issues/{issue_number}/labels`,
      handle: ({ params }) => ({ status: 200, body: list(intParam(params, "issue_number")) }),
    },
    ...(["POST", "PUT"] as const).map(
      (method): Route => ({
        method,
        template: `${repoPath}/issues/{issue_number}/labels`,
        handle: ({ params, body }) => {
          const number = store.issue(intParam(params, "issue_number")).number;
          const { labels } = parseBody(labelsBody, body, "Label");
          // POST adds to the issue's labels, PUT replaces them.
          if (method === "POST") store.addLabels(number, labels);
          else store.setLabels(number, labels);
          return { status: 200, body: list(number) };
        },
      }),
    ),
    {
      method: "DELETE",
      template: `${repoPath}/issues/{issue_number}/labels/{name}`,
      handle: ({ params }) => {
        const number = intParam(params, "issue_number");
        store.removeLabel(number, params.name ?? "");
        return { status: 200, body: list(number) };
      },
    },
  ];
}
