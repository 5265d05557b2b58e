import { z } from "zod";
import { GithubError, notFound, unprocessable } from "../errors.js";
import type { Route } from "../router.js";
import type { Shapes } from "../shapes.js";
import type { GithubStore } from "../store.js";
import { parseBody, repoPath } from "./params.js";

const putContents = z.object({
  message: z.string(),
  content: z.string().regex(/^[A-Za-z0-9+/=\s]*$/, "content must be base64"),
  sha: z.string().optional(),
  branch: z.string().optional(),
});

export function contentRoutes(store: GithubStore, shapes: Shapes): Route[] {
  return [
    {
      method: "GET",
      template: `${repoPath}/contents/{path*}`,
      handle: ({ params, query }) => {
        const path = params.path ?? "";
        const ref = query.get("ref") ?? store.defaultBranch;
        const entry = store.entryAt(path, ref);
        if (entry === undefined) throw notFound();
        if (entry.type !== "tree") return { status: 200, body: shapes.contentEntry(path, ref, entry, true) };
        const children = store.trees.get(entry.sha) ?? [];
        return {
          status: 200,
          body: children.map((child) => shapes.contentEntry(`${path}/${child.name}`, ref, child)),
        };
      },
    },
    {
      method: "PUT",
      template: `${repoPath}/contents/{path*}`,
      handle: ({ params, body }) => {
        const path = params.path ?? "";
        const input = parseBody(putContents, body, "Content");
        const branch = input.branch ?? store.defaultBranch;
        if (store.branchSha(branch) === undefined) throw notFound();
        const existing = store.entryAt(path, branch);
        if (existing?.type === "tree") throw unprocessable(`${path} is a directory`);
        // GitHub refuses to overwrite without the sha it holds, and refuses a sha that is no longer current.
        if (existing !== undefined && input.sha === undefined)
          throw unprocessable('Invalid request.\n\n"sha" wasn\'t supplied.');
        if (existing !== undefined && input.sha !== existing.sha) {
          throw new GithubError(409, `${path} does not match ${input.sha}`);
        }
        const content = Buffer.from(input.content, "base64").toString("utf8");
        const commit = store.commitChanges(branch, input.message, [{ path, content }]);
        const written = store.entryAt(path, commit.sha);
        if (written === undefined) throw notFound();
        return {
          status: existing === undefined ? 201 : 200,
          body: { content: shapes.contentEntry(path, branch, written), commit: shapes.commit(commit) },
        };
      },
    },
  ];
}
