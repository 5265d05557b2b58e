import { z } from "zod";
import { notFound, unprocessable } from "../errors.js";
import type { PathChange, Signature } from "../git-objects.js";
import type { Route } from "../router.js";
import type { Shapes } from "../shapes.js";
import type { GithubStore } from "../store.js";
import { parseBody, repoPath } from "./params.js";

const sha = z.string().regex(/^[0-9a-f]{40}$/);
const mode = z.enum(["100644", "100755", "040000", "160000", "120000"]);

const createRef = z.object({ ref: z.string(), sha });
const updateRef = z.object({ sha, force: z.boolean().default(false) });
const createBlob = z.object({ content: z.string(), encoding: z.enum(["utf-8", "base64"]).default("utf-8") });
const createTree = z.object({
  base_tree: sha.optional(),
  tree: z.array(
    z.object({
      path: z.string().min(1),
      mode,
      type: z.enum(["blob", "tree", "commit"]),
      sha: sha.nullable().optional(),
      content: z.string().optional(),
    }),
  ),
});
const signature = z.object({ name: z.string(), email: z.string(), date: z.string().optional() });
const createCommit = z.object({
  message: z.string(),
  tree: sha,
  parents: z.array(sha).default([]),
  author: signature.optional(),
  committer: signature.optional(),
});

export function gitRoutes(store: GithubStore, shapes: Shapes): Route[] {
  const { git } = store;
  const refAnswer = (name: string) => {
    const target = git.refs.get(name);
    if (target === undefined) throw notFound();
    return shapes.ref(name, target);
  };
  const commitOf = (commitSha: string) => {
    const commit = git.commits.get(commitSha);
    if (commit === undefined) throw notFound();
    return commit;
  };
  return [
    {
      method: "GET",
      template: `${repoPath}/git/ref/{ref*}`,
      handle: ({ params }) => ({ status: 200, body: refAnswer(`refs/${params.ref}`) }),
    },
    {
      method: "GET",
      template: `${repoPath}/git/matching-refs/{ref*}`,
      handle: ({ params }) => {
        const prefix = `refs/${params.ref}`;
        const names = [...git.refs.keys()].filter((name) => name.startsWith(prefix)).sort();
        return { status: 200, body: names.map(refAnswer) };
      },
    },
    {
      method: "POST",
      template: `${repoPath}/git/refs`,
      handle: ({ body }) => {
        const input = parseBody(createRef, body, "Reference");
        if (!/^refs\/[^/]+\/.+/.test(input.ref)) throw unprocessable("Reference name is not well formed");
        if (git.refs.has(input.ref)) throw unprocessable("Reference already exists");
        if (!git.commits.has(input.sha)) throw unprocessable("Object does not exist");
        git.refs.set(input.ref, input.sha);
        return { status: 201, body: refAnswer(input.ref) };
      },
    },
    {
      method: "PATCH",
      template: `${repoPath}/git/refs/{ref*}`,
      handle: ({ params, body }) => {
        const name = `refs/${params.ref}`;
        const current = git.refs.get(name);
        if (current === undefined) throw unprocessable("Reference does not exist");
        const input = parseBody(updateRef, body, "Reference");
        if (!git.commits.has(input.sha)) throw unprocessable("Object does not exist");
        if (!input.force && !git.ancestors(input.sha).has(current)) throw unprocessable("Update is not a fast forward");
        git.refs.set(name, input.sha);
        return { status: 200, body: refAnswer(name) };
      },
    },
    {
      method: "DELETE",
      template: `${repoPath}/git/refs/{ref*}`,
      handle: ({ params }) => {
        if (!git.refs.delete(`refs/${params.ref}`)) throw unprocessable("Reference does not exist");
        return { status: 204 };
      },
    },
    {
      method: "POST",
      template: `${repoPath}/git/blobs`,
      handle: ({ body }) => {
        const input = parseBody(createBlob, body, "Blob");
        const content = Buffer.from(input.content, input.encoding === "base64" ? "base64" : "utf8");
        return { status: 201, body: shapes.shortBlob(git.putBlob(content)) };
      },
    },
    {
      method: "GET",
      template: `${repoPath}/git/blobs/{file_sha}`,
      handle: ({ params }) => {
        const id = params.file_sha ?? "";
        const content = git.blobs.get(id);
        if (content === undefined) throw notFound();
        return { status: 200, body: shapes.blob(id, content) };
      },
    },
    {
      method: "POST",
      template: `${repoPath}/git/trees`,
      handle: ({ body }) => {
        const input = parseBody(createTree, body, "Tree");
        if (input.base_tree !== undefined && !git.trees.has(input.base_tree)) throw unprocessable("Invalid tree info");
        const changes = input.tree.map((entry): PathChange => {
          if (entry.content !== undefined) return { path: entry.path, mode: entry.mode, content: entry.content };
          if (entry.sha === null || entry.sha === undefined) return { path: entry.path, delete: true };
          if (entry.type === "blob" && !git.blobs.has(entry.sha)) throw unprocessable("Invalid tree info");
          return { path: entry.path, mode: entry.mode, sha: entry.sha };
        });
        const tree = git.applyChanges(input.base_tree, changes);
        return { status: 201, body: shapes.tree(tree, false) };
      },
    },
    {
      method: "GET",
      template: `${repoPath}/git/trees/{tree_sha}`,
      handle: ({ params, query }) => {
        const treeSha = params.tree_sha ?? "";
        const resolved = git.trees.has(treeSha) ? treeSha : store.treeAt(treeSha);
        if (resolved === undefined) throw notFound();
        const recursive = query.get("recursive");
        return { status: 200, body: shapes.tree(resolved, recursive !== null && recursive !== "false") };
      },
    },
    {
      method: "POST",
      template: `${repoPath}/git/commits`,
      handle: ({ body }) => {
        const input = parseBody(createCommit, body, "Commit");
        if (!git.trees.has(input.tree)) throw unprocessable("Tree SHA does not exist");
        for (const parent of input.parents)
          if (!git.commits.has(parent)) throw unprocessable("Parent SHA does not exist or is not a commit object");
        const fallback = store.signature();
        const sign = (given: z.infer<typeof signature> | undefined, base: Signature): Signature =>
          given === undefined ? base : { name: given.name, email: given.email, date: given.date ?? base.date };
        const author = sign(input.author, fallback);
        const commit = git.putCommit({
          tree: input.tree,
          parents: input.parents,
          message: input.message,
          author,
          committer: sign(input.committer, author),
        });
        return { status: 201, body: shapes.commit(commit) };
      },
    },
    {
      method: "GET",
      template: `${repoPath}/git/commits/{commit_sha}`,
      handle: ({ params }) => ({ status: 200, body: shapes.commit(commitOf(params.commit_sha ?? "")) }),
    },
  ];
}
